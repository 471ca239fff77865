// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "caserecord.h"

namespace Yardstick {

std::optional<double> CaseRecord::turnaroundDays() const
{
    if (!completedAt || !receivedAt.isValid())
        return std::nullopt;
    constexpr double kMsPerDay = 24.0 * 60 * 60 * 1000;
    return double(receivedAt.msecsTo(*completedAt)) / kMsPerDay;
}

} // namespace Yardstick
