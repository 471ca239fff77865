// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "holidayrepository.h"

#include "changelogrepository.h"
#include "database.h"
#include "periodvaluerepository.h"
#include "sqlvalues.h"
#include "transaction.h"

namespace Yardstick {

HolidayRepository::HolidayRepository(Database &database)
    : m_database(database)
{}

QList<Holiday> HolidayRepository::all() const
{
    QList<Holiday> result;
    QSqlQuery query(m_database.connection());
    if (!query.exec(QStringLiteral("SELECT day, name FROM holidays ORDER BY day")))
        return result;
    while (query.next())
        result.append({SqlValues::toDate(query.value(0)), query.value(1).toString()});
    return result;
}

QList<QDate> HolidayRepository::days() const
{
    QList<QDate> result;
    for (const Holiday &holiday : all())
        result.append(holiday.day);
    return result;
}

StorageResult HolidayRepository::put(const Holiday &holiday)
{
    // Business days change: every kept value is redone (see
    // PeriodValueRepository), in the caller's transaction when there is one.
    return Transaction::run(m_database.connection(), [&] { return write(holiday); });
}

StorageResult HolidayRepository::write(const Holiday &holiday)
{
    if (StorageResult marked = PeriodValueRepository::markAllStale(m_database.connection());
        !marked.ok())
        return marked;
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("INSERT INTO holidays (day, name) VALUES (?, ?) "
                                 "ON CONFLICT (day) DO UPDATE SET name = excluded.name"));
    query.addBindValue(SqlValues::date(holiday.day));
    query.addBindValue(SqlValues::text(holiday.name));
    if (QString error = SqlValues::exec(query); !error.isEmpty())
        return StorageResult::failure(error);
    return ChangeLogRepository(m_database)
        .record(ChangeSubject::Holiday, holiday.day.toJulianDay(),
                holiday.day.toString(Qt::ISODate), QStringLiteral("changed"), holiday.name);
}

StorageResult HolidayRepository::remove(QDate day)
{
    return Transaction::run(m_database.connection(), [&] { return erase(day); });
}

StorageResult HolidayRepository::erase(QDate day)
{
    if (StorageResult marked = PeriodValueRepository::markAllStale(m_database.connection());
        !marked.ok())
        return marked;
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("DELETE FROM holidays WHERE day = ?"));
    query.addBindValue(SqlValues::date(day));
    if (QString error = SqlValues::exec(query); !error.isEmpty())
        return StorageResult::failure(error);
    return ChangeLogRepository(m_database)
        .record(ChangeSubject::Holiday, day.toJulianDay(), day.toString(Qt::ISODate),
                QStringLiteral("removed"), QString());
}

} // namespace Yardstick
