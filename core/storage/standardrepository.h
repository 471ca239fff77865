// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/standard.h"
#include "storageresult.h"

#include <QList>

#include <optional>

namespace Yardstick {

class Database;

// Reads and writes the standards catalogue with each standard's revisions.
// Every write is one transaction: a standard is never half-stored.
class StandardRepository final
{
public:
    explicit StandardRepository(Database &database);

    QList<Standard> all() const; // ordered by code
    std::optional<Standard> byId(qint64 id) const;
    std::optional<Standard> byCode(const QString &code) const;
    bool codeInUse(const QString &code, qint64 exceptId = 0) const;
    int measurementCount(qint64 standardId) const;

    // Stores a new standard. A zero id is assigned; a non-zero id is kept
    // (undoing a deletion puts the standard back under its old id).
    StorageResult insert(Standard &standard);
    StorageResult insertMany(QList<Standard> &standards);
    StorageResult update(const Standard &standard);
    // Inside a transaction: the standard as stored, kept from other
    // writers until the transaction ends, so a check of "still as I read
    // it" and the write after it cannot be split by another analyst's edit.
    std::optional<Standard> byIdForUpdate(qint64 id) const;
    // Refuses a standard that has measurements: retire it instead.
    StorageResult remove(qint64 id);

private:
    QList<Standard> select(const QString &where, const QVariant &value) const;
    QString write(Standard &standard, bool isNew);
    QList<qint64> servicesWhoseValuesChange(const Standard &standard, bool isNew) const;

    Database &m_database;
};

} // namespace Yardstick
