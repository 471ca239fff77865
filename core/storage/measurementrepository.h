// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/measurement.h"
#include "storageresult.h"

#include <QList>

#include <optional>

namespace Yardstick {

class Database;

// Reads and writes measurements (one value of a standard for one period).
class MeasurementRepository final
{
public:
    explicit MeasurementRepository(Database &database);

    QList<Measurement> all() const; // by standard, then period
    QList<Measurement> forStandard(qint64 standardId) const;
    int count() const;
    // First period start and last period end; invalid dates when empty.
    std::pair<QDate, QDate> dateRange() const;
    // All or nothing, in one transaction; assigns the ids.
    StorageResult insertMany(QList<Measurement> &measurements);
    // The one write of every derived feed (survey waves, staff audits,
    // complaint handling): in one transaction, drops every measurement of
    // the standard whose source is `source` and stores these (ids assigned),
    // so a recomputation never leaves yesterday's values beside today's.
    StorageResult replaceDerived(qint64 standardId, const QString &source,
                                 QList<Measurement> &measurements);
    // The measurement of a standard for exactly that period, if any.
    std::optional<Measurement> find(qint64 standardId, QDate periodStart, QDate periodEnd) const;
    // The highest id in use (0 when empty): rows above it are newer.
    qint64 maxId() const;

private:
    QList<Measurement> select(qint64 standardId) const;

    Database &m_database;
};

} // namespace Yardstick
