// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/periodvaluebuilder.h"
#include "analysis/storedperiodvalues.h"
#include "storageresult.h"

#include <QList>
#include <QSqlDatabase>

namespace Yardstick {

class Database;

// The period values kept per standard (schema version 12) and which
// services' values are stale. Every write path that changes what a service's
// values are computed from marks the service stale in the same transaction
// (the case writers, service and department merges, the holiday list, a
// standard's metric, statistic, day basis or service); readers then compute
// that service from its cases until PeriodValueRefresher replaces its rows.
class PeriodValueRepository final
{
public:
    explicit PeriodValueRepository(Database &database);

    QList<qint64> staleServices() const;
    bool anyStale() const;
    // The kept values of every service that is not stale.
    StoredPeriodValues load() const;
    // Replaces a service's rows (those of the standards listed, which are
    // the service's standards now, and of standards that no longer exist)
    // and clears its stale mark.
    StorageResult replace(const ServicePeriodValues &values, const QList<qint64> &standardIds);

    // Drops everything kept for a service that no longer exists.
    StorageResult forget(qint64 serviceId);

    static StorageResult markStale(QSqlDatabase db, const QList<qint64> &serviceIds);
    static StorageResult markAllStale(QSqlDatabase db);

private:
    Database &m_database;
};

} // namespace Yardstick
