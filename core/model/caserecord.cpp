// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "caserecord.h"

#include "analysis/turnaround.h"

namespace Yardstick {

std::optional<double> CaseRecord::turnaroundDays() const
{
    if (!completedAt || !receivedAt.isValid())
        return std::nullopt;
    return elapsedDays(receivedAt, *completedAt);
}

} // namespace Yardstick
