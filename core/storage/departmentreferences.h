// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPair>
#include <QString>

namespace Yardstick {

// Every row that points at one department, by key: what merging it into
// another moves, kept so the merge can be undone row for row.
struct DepartmentReferences
{
    QList<qint64> standards;
    QList<QPair<qint64, QString>> cases; // (service id, case id)
    QList<qint64> audits;
    QList<qint64> historyOldValues; // case_history "department" changes away from it
    QList<qint64> historyNewValues; // case_history "department" changes to it
};

} // namespace Yardstick
