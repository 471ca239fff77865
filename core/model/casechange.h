// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace Yardstick {

// One field of a stored case changed by a re-import: the import it came from
// (its file and moment) and the old and new value as stored text (a moment
// in canonical ISO form, yes/no, a service or department by its id).
struct CaseChange
{
    qint64 serviceId = 0; // the case's service after the change
    QString caseId;
    qint64 importBatch = 0;
    QString importFile;
    QDateTime importedAt; // UTC
    QString field; // service, received, completed, right_first_time, department, key_customer
    std::optional<QString> oldValue;
    std::optional<QString> newValue;

    friend bool operator==(const CaseChange &, const CaseChange &) = default;
};

} // namespace Yardstick
