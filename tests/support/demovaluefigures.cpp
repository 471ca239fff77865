// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "demovaluefigures.h"

#include "../catchqt.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace Yardstick::Testing {

namespace {

QSqlQuery run(const QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    QSqlQuery query(db);
    REQUIRE(query.prepare(sql));
    for (const QVariant &value : values)
        query.addBindValue(value);
    INFO(query.lastError().text().toStdString());
    REQUIRE(query.exec());
    return query;
}

struct ValueModelRow
{
    QString code;
    double valuePerDay = 0;
    double casesPerYear = 0;
};

QList<ValueModelRow> valueModels(const QSqlDatabase &db)
{
    QSqlQuery query = run(db,
                          QStringLiteral("SELECT s.code, v.value_per_day, v.cases_per_year "
                                         "FROM value_models v JOIN standards s ON s.id = "
                                         "v.standard_id WHERE s.direction = 'lower'"),
                          {});
    QList<ValueModelRow> rows;
    while (query.next())
        rows.append(
            {query.value(0).toString(), query.value(1).toDouble(), query.value(2).toDouble()});
    return rows;
}

} // namespace

double demoMeasuredValue(const QSqlDatabase &db, const QString &code, QDate from, QDate to)
{
    QSqlQuery query =
        run(db,
            QStringLiteral("SELECT SUM(m.value * m.sample_size) / SUM(m.sample_size), "
                           "COUNT(*), COUNT(m.sample_size) FROM measurements m "
                           "JOIN standards s ON s.id = m.standard_id "
                           "WHERE s.code = ? AND m.period_end BETWEEN ? AND ?"),
            {code, from.toString(Qt::ISODate), to.toString(Qt::ISODate)});
    REQUIRE(query.next());
    INFO(code.toStdString());
    REQUIRE(query.value(1).toInt() > 0);
    REQUIRE(query.value(1).toInt() == query.value(2).toInt()); // all sized
    return query.value(0).toDouble();
}

double demoTargetOn(const QSqlDatabase &db, const QString &code, QDate day)
{
    QSqlQuery query = run(db,
                          QStringLiteral("SELECT r.target FROM standard_revisions r "
                                         "JOIN standards s ON s.id = r.standard_id "
                                         "WHERE s.code = ? AND r.effective_from <= ? "
                                         "ORDER BY r.effective_from DESC LIMIT 1"),
                          {code, day.toString(Qt::ISODate)});
    INFO(code.toStdString());
    REQUIRE(query.next());
    return query.value(0).toDouble();
}

QList<DemoDollarsAtStake> demoDollarsAtStake(const QSqlDatabase &db, QDate from, QDate to)
{
    QList<DemoDollarsAtStake> result;
    for (const ValueModelRow &model : valueModels(db)) {
        const double value = demoMeasuredValue(db, model.code, from, to);
        const double target = demoTargetOn(db, model.code, to);
        if (value > target)
            result.append({model.code, (value - target) * model.valuePerDay * model.casesPerYear});
    }
    std::sort(result.begin(), result.end(),
              [](const DemoDollarsAtStake &a, const DemoDollarsAtStake &b) {
                  return a.dollars > b.dollars;
              });
    return result;
}

double demoBaselineValue(const QSqlDatabase &db, const QString &code)
{
    QSqlQuery start = run(db,
                          QStringLiteral("SELECT value FROM workbench_properties "
                                         "WHERE key = 'programme_start'"),
                          {});
    REQUIRE(start.next());
    QDate end = QDate::fromString(start.value(0).toString(), Qt::ISODate);
    QSqlQuery phase = run(db,
                          QStringLiteral("SELECT MIN(p.starts_on) FROM process_phases p "
                                         "WHERE p.standard_id IS NULL OR p.standard_id = "
                                         "(SELECT id FROM standards WHERE code = ?)"),
                          {code});
    if (phase.next() && !phase.value(0).isNull())
        end = std::min(end, QDate::fromString(phase.value(0).toString(), Qt::ISODate));
    REQUIRE(end.isValid());
    QSqlQuery first = run(db,
                          QStringLiteral("SELECT MIN(m.period_end) FROM measurements m "
                                         "JOIN standards s ON s.id = m.standard_id "
                                         "WHERE s.code = ?"),
                          {code});
    REQUIRE(first.next());
    const QDate firstEnd = QDate::fromString(first.value(0).toString(), Qt::ISODate);
    double sum = 0;
    int months = 0;
    for (QDate month(firstEnd.year(), firstEnd.month(), 1); month.addMonths(1) <= end;
         month = month.addMonths(1)) {
        const QDate last = month.addMonths(1).addDays(-1);
        QSqlQuery count = run(db,
                              QStringLiteral("SELECT COUNT(*) FROM measurements m "
                                             "JOIN standards s ON s.id = m.standard_id "
                                             "WHERE s.code = ? AND m.period_end BETWEEN ? AND ?"),
                              {code, month.toString(Qt::ISODate), last.toString(Qt::ISODate)});
        REQUIRE(count.next());
        if (count.value(0).toInt() == 0)
            continue;
        sum += demoMeasuredValue(db, code, month, last);
        ++months;
    }
    REQUIRE(months > 0);
    return sum / months;
}

double demoHeadlineValue(const QSqlDatabase &db, QDate afterFrom, QDate afterTo)
{
    QSqlQuery query = run(db,
                          QStringLiteral("SELECT value FROM workbench_properties "
                                         "WHERE key = 'headline_standards'"),
                          {});
    REQUIRE(query.next());
    const QStringList headlines = query.value(0).toString().split(QLatin1Char(';'));
    double total = 0;
    for (const ValueModelRow &model : valueModels(db)) {
        if (!headlines.contains(model.code))
            continue;
        const double before = demoBaselineValue(db, model.code);
        const double after = demoMeasuredValue(db, model.code, afterFrom, afterTo);
        total += (before - after) * model.valuePerDay * model.casesPerYear;
    }
    return total;
}

} // namespace Yardstick::Testing
