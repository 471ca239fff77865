// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/complaintletter.h"
#include "model/standard.h"

#include <QList>

namespace Yardstick {

// The standards a complaint most likely shows were broken: active standards
// of the letter's service in its primary dimension first, then those in its
// other dimensions, then the rest of the service's standards. Empty when the
// letter has no service.
QList<qint64> suggestedStandardIds(const ComplaintLetter &letter, const QList<Standard> &standards);

} // namespace Yardstick
