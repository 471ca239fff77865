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

double demoHeadlineValue(const QSqlDatabase &db, QDate beforeFrom, QDate beforeTo, QDate afterFrom,
                         QDate afterTo)
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
        const double before = demoMeasuredValue(db, model.code, beforeFrom, beforeTo);
        const double after = demoMeasuredValue(db, model.code, afterFrom, afterTo);
        total += (before - after) * model.valuePerDay * model.casesPerYear;
    }
    return total;
}

} // namespace Yardstick::Testing
