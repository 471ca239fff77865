// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Yardstick {

// One reason a value cannot be accepted, tied to the field it concerns so an
// editor can point at it. Field keys: "code", "title", "service",
// "dimension", "department", "statistic", "unit", "target", "threshold",
// "effective_from", "retired_on"; empty for the record as a whole.
struct ValidationIssue
{
    QString field;
    QString message;

    friend bool operator==(const ValidationIssue &, const ValidationIssue &) = default;
};

using ValidationIssues = QList<ValidationIssue>;

// The messages alone, in order, for showing a list of problems to the user.
inline QStringList messagesOf(const ValidationIssues &issues)
{
    QStringList messages;
    for (const ValidationIssue &issue : issues)
        messages.append(issue.message);
    return messages;
}

} // namespace Yardstick
