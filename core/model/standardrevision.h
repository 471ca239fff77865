// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace Yardstick {

// The target and threshold a standard had from one date on. A revised standard
// keeps its earlier revisions so past periods are judged by the rule that
// governed them.
struct StandardRevision
{
    QDate effectiveFrom;
    double target = 0;    // the goal
    double threshold = 0; // the least acceptable value
    QString reason;
    QDateTime recordedAt; // when the analyst recorded it (UTC); empty if not known

    friend bool operator==(const StandardRevision &, const StandardRevision &) = default;
};

} // namespace Yardstick
