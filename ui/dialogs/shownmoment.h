// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/moment.h"

#include <QString>

namespace Yardstick {

// "1 Feb 2025 09:30": a case's date as the import dialogs show it, the month
// spelled out so that a day/month mix-up shows, the time only when there is
// one.
QString shownMoment(const Moment &moment);

} // namespace Yardstick
