// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reporttemplaterepository.h"

#include "database.h"
#include "sqlvalues.h"

#include <QJsonDocument>

namespace Yardstick {

namespace {

std::optional<ReportTemplate> parse(const QString &definition)
{
    const QJsonDocument document = QJsonDocument::fromJson(definition.toUtf8());
    if (!document.isObject())
        return std::nullopt;
    return ReportTemplate::fromJson(document.object(), nullptr);
}

} // namespace

ReportTemplateRepository::ReportTemplateRepository(Database &database)
    : m_database(database)
{}

QList<ReportTemplate> ReportTemplateRepository::all() const
{
    QList<ReportTemplate> result;
    QSqlQuery query(m_database.connection());
    if (!query.exec(QStringLiteral("SELECT definition FROM report_templates ORDER BY name")))
        return result;
    while (query.next()) {
        if (auto parsed = parse(query.value(0).toString()))
            result.append(*parsed);
    }
    return result;
}

std::optional<ReportTemplate> ReportTemplateRepository::find(const QString &name) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT definition FROM report_templates WHERE name = ?"));
    query.addBindValue(name);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return parse(query.value(0).toString());
}

StorageResult ReportTemplateRepository::save(const ReportTemplate &reportTemplate)
{
    QSqlQuery query(m_database.connection());
    query.prepare(
        QStringLiteral("INSERT INTO report_templates (name, definition) VALUES (?, ?) "
                       "ON CONFLICT (name) DO UPDATE SET definition = excluded.definition"));
    query.addBindValue(reportTemplate.name);
    query.addBindValue(
        QString::fromUtf8(QJsonDocument(reportTemplate.toJson()).toJson(QJsonDocument::Compact)));
    if (QString error = SqlValues::exec(query); !error.isEmpty())
        return StorageResult::failure(error);
    return StorageResult::success();
}

StorageResult ReportTemplateRepository::remove(const QString &name)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("DELETE FROM report_templates WHERE name = ?"));
    query.addBindValue(name);
    if (QString error = SqlValues::exec(query); !error.isEmpty())
        return StorageResult::failure(error);
    return StorageResult::success();
}

} // namespace Yardstick
