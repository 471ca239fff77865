// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "moment.h"

#include <QString>

#include <optional>

namespace Yardstick {

enum class RightFirstTime
{
    Unknown,
    Yes,
    No,
};

// One unit of work as operations logged it: an application, a card
// replacement, an inquiry. Later analyses aggregate cases into measurements.
struct CaseRecord
{
    qint64 serviceId = 0;
    QString caseId; // unique per service: the two identify a case
    Moment receivedAt;
    std::optional<Moment> completedAt; // empty while the case is open
    RightFirstTime rightFirstTime = RightFirstTime::Unknown;
    std::optional<qint64> departmentId;
    bool keyCustomer = false;

    // Calendar turnaround in days, if completed (see elapsedDays).
    std::optional<double> turnaroundDays() const;

    friend bool operator==(const CaseRecord &, const CaseRecord &) = default;
};

} // namespace Yardstick
