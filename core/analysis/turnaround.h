// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/moment.h"

namespace Yardstick {

// Calendar turnaround in days from receipt to completion. When either value is
// a date without a time: completed date - received date in whole days, the
// dates as written (same day = 0). Otherwise elapsed seconds / 86400
// (fractional days), offsets honoured; a value without offset counts as UTC.
// Negative when completion is before receipt.
double elapsedDays(const Moment &received, const Moment &completed);

} // namespace Yardstick
