// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "caseimportsettings.h"

#include "datepattern.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonValue>

namespace Yardstick {

namespace {

// Lower case without spaces, underscores, dashes or dots: "Case ID" and
// "case_id" are the same column to an analyst.
QString normalised(QStringView name)
{
    QString result;
    for (QChar c : name) {
        if (c.isLetterOrNumber())
            result.append(c.toLower());
    }
    return result;
}

QStringList synonyms(CaseField field)
{
    switch (field) {
    case CaseField::Service:
        return {QStringLiteral("service"), QStringLiteral("servicecode"), QStringLiteral("process"),
                QStringLiteral("product")};
    case CaseField::CaseId:
        return {QStringLiteral("caseid"),   QStringLiteral("case"),       QStringLiteral("id"),
                QStringLiteral("caseno"),   QStringLiteral("casenumber"), QStringLiteral("ticket"),
                QStringLiteral("ticketid"), QStringLiteral("reference"),  QStringLiteral("ref")};
    case CaseField::Received:
        return {QStringLiteral("received"),     QStringLiteral("receivedat"),
                QStringLiteral("receiveddate"), QStringLiteral("opened"),
                QStringLiteral("openedat"),     QStringLiteral("created"),
                QStringLiteral("start")};
    // Resolved before closed: a desk closes a resolved case days later, when
    // the customer can no longer reopen it; the service ended at resolution.
    case CaseField::Completed:
        return {QStringLiteral("completed"),     QStringLiteral("completedat"),
                QStringLiteral("completeddate"), QStringLiteral("resolved"),
                QStringLiteral("resolvedat"),    QStringLiteral("closed"),
                QStringLiteral("closedat"),      QStringLiteral("end")};
    case CaseField::RightFirstTime:
        return {QStringLiteral("rightfirsttime"), QStringLiteral("rft"),
                QStringLiteral("firsttimeright"), QStringLiteral("ftr")};
    case CaseField::Department:
        return {QStringLiteral("department"), QStringLiteral("dept"),
                QStringLiteral("departmentcode"), QStringLiteral("team"), QStringLiteral("unit")};
    // Not "priority": it rates the problem, not the customer.
    case CaseField::KeyCustomer:
        return {QStringLiteral("keycustomer"), QStringLiteral("key"), QStringLiteral("vip")};
    }
    return {};
}

} // namespace

QString caseIdentityKey(CaseIdentity identity)
{
    return identity == CaseIdentity::Global ? QStringLiteral("global")
                                            : QStringLiteral("per-service");
}

std::optional<CaseIdentity> caseIdentityFromKey(QStringView key)
{
    if (key == u"global")
        return CaseIdentity::Global;
    if (key == u"per-service")
        return CaseIdentity::PerService;
    return std::nullopt;
}

QList<CaseField> allCaseFields()
{
    return {CaseField::Service,    CaseField::CaseId,         CaseField::Received,
            CaseField::Completed,  CaseField::RightFirstTime, CaseField::Department,
            CaseField::KeyCustomer};
}

QString caseFieldKey(CaseField field)
{
    switch (field) {
    case CaseField::Service:
        return QStringLiteral("service");
    case CaseField::CaseId:
        return QStringLiteral("case_id");
    case CaseField::Received:
        return QStringLiteral("received");
    case CaseField::Completed:
        return QStringLiteral("completed");
    case CaseField::RightFirstTime:
        return QStringLiteral("right_first_time");
    case CaseField::Department:
        return QStringLiteral("department");
    case CaseField::KeyCustomer:
        return QStringLiteral("key_customer");
    }
    return {};
}

std::optional<CaseField> caseFieldFromKey(QStringView key)
{
    for (CaseField field : allCaseFields()) {
        if (caseFieldKey(field) == key)
            return field;
    }
    return std::nullopt;
}

QString caseFieldDisplayName(CaseField field)
{
    const char *context = "Yardstick::CaseField";
    switch (field) {
    case CaseField::Service:
        return QCoreApplication::translate(context, "Service");
    case CaseField::CaseId:
        return QCoreApplication::translate(context, "Case id");
    case CaseField::Received:
        return QCoreApplication::translate(context, "Received");
    case CaseField::Completed:
        return QCoreApplication::translate(context, "Completed");
    case CaseField::RightFirstTime:
        return QCoreApplication::translate(context, "Right first time");
    case CaseField::Department:
        return QCoreApplication::translate(context, "Department");
    case CaseField::KeyCustomer:
        return QCoreApplication::translate(context, "Key customer");
    }
    return {};
}

bool isRequiredCaseField(CaseField field)
{
    return field == CaseField::Service || field == CaseField::CaseId ||
           field == CaseField::Received;
}

bool canSetCaseField(CaseField field)
{
    return field == CaseField::Service || field == CaseField::Department ||
           field == CaseField::RightFirstTime || field == CaseField::KeyCustomer;
}

QString CaseImportSettings::columnFor(CaseField field) const
{
    return columns.value(field, caseFieldKey(field));
}

QString CaseImportSettings::dateFormatText() const
{
    return dateFormat == DateFormat::Pattern ? datePattern : dateFormatKey(dateFormat);
}

bool CaseImportSettings::setDateFormatText(QStringView text)
{
    if (const std::optional<DateFormat> format = dateFormatFromKey(text);
        format && *format != DateFormat::Pattern) {
        dateFormat = *format;
        datePattern.clear();
        return true;
    }
    if (!DatePattern::compile(text))
        return false;
    dateFormat = DateFormat::Pattern;
    datePattern = text.toString();
    return true;
}

const QString &CaseImportSettings::mappedValue(CaseField field, const QString &text) const
{
    const auto map = valueMaps.constFind(field);
    if (map == valueMaps.cend() || map->isEmpty())
        return text;
    const QString key = text.trimmed();
    for (auto it = map->cbegin(); it != map->cend(); ++it) {
        if (it.key().trimmed().compare(key, Qt::CaseInsensitive) == 0)
            return it.value();
    }
    return text;
}

QJsonObject CaseImportSettings::toJson() const
{
    QJsonObject mapped;
    for (auto it = columns.cbegin(); it != columns.cend(); ++it)
        mapped.insert(caseFieldKey(it.key()), it.value());
    QJsonObject json{{QStringLiteral("columns"), mapped},
                     {QStringLiteral("date_format"), dateFormatText()}};
    if (!missingTokens.isEmpty())
        json.insert(QStringLiteral("missing"), QJsonArray::fromStringList(missingTokens));
    if (!setValues.isEmpty()) {
        QJsonObject set;
        for (auto it = setValues.cbegin(); it != setValues.cend(); ++it)
            set.insert(caseFieldKey(it.key()), it.value());
        json.insert(QStringLiteral("set"), set);
    }
    QJsonObject maps;
    for (auto it = valueMaps.cbegin(); it != valueMaps.cend(); ++it) {
        if (it->isEmpty())
            continue;
        QJsonObject map;
        for (auto value = it->cbegin(); value != it->cend(); ++value)
            map.insert(value.key(), value.value());
        maps.insert(caseFieldKey(it.key()), map);
    }
    if (!maps.isEmpty())
        json.insert(QStringLiteral("value_maps"), maps);
    if (!latestBy.isEmpty())
        json.insert(QStringLiteral("latest_by"), latestBy);
    if (caseIds != CaseIdentity::PerService)
        json.insert(QStringLiteral("ids"), caseIdentityKey(caseIds));
    return json;
}

std::optional<CaseImportSettings> CaseImportSettings::fromJson(const QJsonObject &json)
{
    CaseImportSettings settings;
    const QJsonObject mapped = json.value(QStringLiteral("columns")).toObject();
    for (auto it = mapped.constBegin(); it != mapped.constEnd(); ++it) {
        const std::optional<CaseField> field = caseFieldFromKey(it.key());
        if (!field || !it.value().isString())
            return std::nullopt;
        settings.columns.insert(*field, it.value().toString());
    }
    const QJsonObject set = json.value(QStringLiteral("set")).toObject();
    for (auto it = set.constBegin(); it != set.constEnd(); ++it) {
        const std::optional<CaseField> field = caseFieldFromKey(it.key());
        if (!field || !canSetCaseField(*field) || !it.value().isString())
            return std::nullopt;
        settings.setValues.insert(*field, it.value().toString());
    }
    if (!settings.setDateFormatText(
            json.value(QStringLiteral("date_format")).toString(QStringLiteral("auto"))))
        return std::nullopt;
    for (const QJsonValue &token : json.value(QStringLiteral("missing")).toArray()) {
        if (!token.isString())
            return std::nullopt;
        settings.missingTokens.append(token.toString());
    }
    const QJsonObject maps = json.value(QStringLiteral("value_maps")).toObject();
    for (auto it = maps.constBegin(); it != maps.constEnd(); ++it) {
        const std::optional<CaseField> field = caseFieldFromKey(it.key());
        if (!field || !it.value().isObject())
            return std::nullopt;
        const QJsonObject map = it.value().toObject();
        for (auto value = map.constBegin(); value != map.constEnd(); ++value) {
            if (!value.value().isString())
                return std::nullopt;
            settings.valueMaps[*field].insert(value.key(), value.value().toString());
        }
    }
    settings.latestBy = json.value(QStringLiteral("latest_by")).toString();
    const std::optional<CaseIdentity> ids = caseIdentityFromKey(
        json.value(QStringLiteral("ids")).toString(QStringLiteral("per-service")));
    if (!ids)
        return std::nullopt;
    settings.caseIds = *ids;
    return settings;
}

CaseImportSettings CaseImportSettings::suggestFor(const QStringList &header)
{
    CaseImportSettings settings;
    QStringList taken;
    for (CaseField field : allCaseFields()) {
        for (const QString &synonym : synonyms(field)) {
            const auto match = std::find_if(header.cbegin(), header.cend(), [&](const QString &h) {
                return normalised(h) == synonym && !taken.contains(h);
            });
            if (match != header.cend()) {
                settings.columns.insert(field, match->trimmed());
                taken.append(*match);
                break;
            }
        }
    }
    return settings;
}

} // namespace Yardstick
