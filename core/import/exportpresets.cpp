// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportpresets.h"

#include <QCoreApplication>

#include <algorithm>
#include <utility>

namespace Yardstick {

using namespace Qt::StringLiterals;

namespace {

constexpr char kContext[] = "Yardstick::ExportPresets";

// Lower case, letters and digits only: "Date/Time Opened", "date_time_opened"
// and "DateTime Opened" are one column, whatever the export's settings.
QString normalised(QStringView name)
{
    QString result;
    for (QChar c : name) {
        if (c.isLetterOrNumber())
            result.append(c.toLower());
    }
    return result;
}

// One known export. Each entry of required lists alternatives, one of which
// the header must have; the field candidates are in order of preference (a
// ServiceNow incident is completed when resolved, closed_at being only the
// end of the resolution's grace period).
struct Preset
{
    const char *name;  // QT_TRANSLATE_NOOP
    const char *dates; // QT_TRANSLATE_NOOP
    QString datePattern;
    QList<QStringList> required;
    QList<std::pair<CaseField, QStringList>> fields;
    QStringList latestBy;
    CaseIdentity caseIds = CaseIdentity::Global;
};

// What tells ServiceNow's tables from another system's: its system columns
// or its assignment group.
QStringList serviceNowSignature()
{
    return {u"sysupdatedon"_s, u"sysmodcount"_s, u"sysid"_s, u"assignmentgroup"_s};
}

// The ids of all of these systems are unique across the whole system, never
// per category, so each proposes global case ids. Priority is never the key
// customer: it rates the problem, not the customer.
QList<Preset> presets()
{
    return {
        // Requests first: their items also carry ServiceNow's system columns.
        {QT_TRANSLATE_NOOP("Yardstick::ExportPresets", "ServiceNow request export"),
         QT_TRANSLATE_NOOP("Yardstick::ExportPresets",
                           "ServiceNow writes yyyy-MM-dd HH:mm:ss unless the exporting user chose "
                           "another format; the whole file decides (Auto)."),
         {},
         {{u"number"_s},
          {u"openedat"_s, u"opened"_s},
          {u"catitem"_s, u"requestedfor"_s, u"request"_s, u"stage"_s},
          serviceNowSignature()},
         {{CaseField::CaseId, {u"number"_s}},
          {CaseField::Received, {u"openedat"_s, u"opened"_s}},
          {CaseField::Completed, {u"resolvedat"_s, u"resolved"_s, u"closedat"_s, u"closed"_s}},
          {CaseField::Service, {u"catitem"_s, u"item"_s, u"category"_s}},
          {CaseField::Department, {u"assignmentgroup"_s}},
          {CaseField::KeyCustomer, {u"requestedforvip"_s}}},
         {u"sysmodcount"_s, u"sysupdatedon"_s, u"updates"_s, u"updated"_s}},
        {QT_TRANSLATE_NOOP("Yardstick::ExportPresets", "ServiceNow incident export"),
         QT_TRANSLATE_NOOP("Yardstick::ExportPresets",
                           "ServiceNow writes yyyy-MM-dd HH:mm:ss unless the exporting user chose "
                           "another format; the whole file decides (Auto)."),
         {},
         {{u"number"_s}, {u"openedat"_s, u"opened"_s}, serviceNowSignature()},
         {{CaseField::CaseId, {u"number"_s}},
          {CaseField::Received, {u"openedat"_s, u"opened"_s}},
          {CaseField::Completed, {u"resolvedat"_s, u"resolved"_s, u"closedat"_s, u"closed"_s}},
          {CaseField::Service, {u"category"_s}},
          {CaseField::Department, {u"assignmentgroup"_s}},
          {CaseField::KeyCustomer, {u"calleridvip"_s}}},
         {u"sysmodcount"_s, u"sysupdatedon"_s, u"updates"_s, u"updated"_s}},
        {QT_TRANSLATE_NOOP("Yardstick::ExportPresets", "Zendesk ticket export"),
         QT_TRANSLATE_NOOP(
             "Yardstick::ExportPresets",
             "Zendesk writes dates as the exporting account is set up; the whole file "
             "decides (Auto)."),
         {},
         {{u"id"_s}, {u"createdat"_s}, {u"solvedat"_s}},
         {{CaseField::CaseId, {u"id"_s}},
          {CaseField::Received, {u"createdat"_s}},
          {CaseField::Completed, {u"solvedat"_s}},
          // Zendesk has no category of its own: a form or a custom field
          // ("Category [list]") holds it where the desk keeps one.
          {CaseField::Service,
           {u"ticketform"_s, u"form"_s, u"categorylist"_s, u"category"_s, u"productlist"_s,
            u"product"_s}},
          {CaseField::Department, {u"group"_s}}},
         {u"updatedat"_s}},
        {QT_TRANSLATE_NOOP("Yardstick::ExportPresets", "Jira Service Management export"),
         QT_TRANSLATE_NOOP("Yardstick::ExportPresets",
                           "Jira writes its default d/MMM/yy h:mm AM/PM (13/Feb/25 9:30 AM); "
                           "read with that pattern."),
         u"d/MMM/yy h:mm AP"_s,
         {{u"issuekey"_s}, {u"created"_s}, {u"issueid"_s, u"issuetype"_s, u"projectkey"_s}},
         {{CaseField::CaseId, {u"issuekey"_s}},
          {CaseField::Received, {u"created"_s}},
          {CaseField::Completed, {u"resolved"_s}},
          {CaseField::Service,
           {u"customfieldrequesttype"_s, u"requesttype"_s, u"customfieldcustomerrequesttype"_s,
            u"issuetype"_s}},
          {CaseField::Department,
           {u"customfieldteam"_s, u"team"_s, u"customfieldassignedgroup"_s, u"assignedgroup"_s}}},
         {u"updated"_s}},
        {QT_TRANSLATE_NOOP("Yardstick::ExportPresets", "Salesforce Service Cloud case export"),
         QT_TRANSLATE_NOOP("Yardstick::ExportPresets",
                           "Salesforce writes dates in the exporting user's locale (such as "
                           "13/02/2025 9:30 AM); the whole file decides (Auto)."),
         {},
         {{u"casenumber"_s}, {u"datetimeopened"_s}},
         {{CaseField::CaseId, {u"casenumber"_s}},
          {CaseField::Received, {u"datetimeopened"_s}},
          {CaseField::Completed, {u"datetimeclosed"_s}},
          {CaseField::Service, {u"type"_s, u"casetype"_s, u"casereason"_s}},
          {CaseField::Department, {u"ownerrole"_s, u"queue"_s}}},
         {u"lastmodifieddate"_s}},
        {QT_TRANSLATE_NOOP("Yardstick::ExportPresets", "Freshdesk ticket export"),
         QT_TRANSLATE_NOOP(
             "Yardstick::ExportPresets",
             "Freshdesk writes dates as the exporting account is set up; the whole file "
             "decides (Auto)."),
         {},
         {{u"ticketid"_s}, {u"createdtime"_s}},
         {{CaseField::CaseId, {u"ticketid"_s}},
          {CaseField::Received, {u"createdtime"_s}},
          {CaseField::Completed, {u"resolvedtime"_s, u"closedtime"_s}},
          {CaseField::Service, {u"type"_s, u"product"_s}},
          {CaseField::Department, {u"group"_s}}},
         {u"lastupdatedtime"_s}},
        // A consumer-finance regulator's register (the CFPB's layout): the
        // company's handling ends when the complaint is sent on to it.
        {QT_TRANSLATE_NOOP("Yardstick::ExportPresets", "regulator-style complaint register"),
         QT_TRANSLATE_NOOP("Yardstick::ExportPresets",
                           "Registers write yyyy-MM-dd or MM/DD/YYYY; the whole file decides "
                           "(Auto)."),
         {},
         {{u"complaintid"_s}, {u"datereceived"_s}, {u"datesenttocompany"_s}, {u"product"_s}},
         {{CaseField::CaseId, {u"complaintid"_s}},
          {CaseField::Received, {u"datereceived"_s}},
          {CaseField::Completed, {u"datesenttocompany"_s}},
          {CaseField::Service, {u"product"_s}}},
         {}},
    };
}

// The header's column (as written) for the first candidate it has.
QString firstPresent(const QList<std::pair<QString, QString>> &columns,
                     const QStringList &candidates)
{
    for (const QString &candidate : candidates) {
        for (const auto &[key, column] : columns) {
            if (key == candidate)
                return column;
        }
    }
    return {};
}

} // namespace

std::optional<RecognisedExport> recogniseExport(const QStringList &header)
{
    QList<std::pair<QString, QString>> columns; // normalised, as written
    for (const QString &column : header)
        columns.append({normalised(column), column.trimmed()});
    const auto has = [&](const QStringList &alternatives) {
        return !firstPresent(columns, alternatives).isEmpty();
    };
    for (const Preset &preset : presets()) {
        if (!std::all_of(preset.required.cbegin(), preset.required.cend(), has))
            continue;
        RecognisedExport recognised;
        recognised.name = QCoreApplication::translate(kContext, preset.name);
        recognised.dates = QCoreApplication::translate(kContext, preset.dates);
        QStringList taken;
        for (const auto &[field, candidates] : preset.fields) {
            const QString column = firstPresent(columns, candidates);
            // Freshdesk's Type cannot be both the service and something else.
            if (!column.isEmpty() && !taken.contains(column)) {
                recognised.settings.columns.insert(field, column);
                taken.append(column);
            }
        }
        recognised.settings.latestBy = firstPresent(columns, preset.latestBy);
        recognised.settings.caseIds = preset.caseIds;
        if (!preset.datePattern.isEmpty())
            recognised.settings.setDateFormatText(preset.datePattern);
        return recognised;
    }
    return std::nullopt;
}

QString describeRecognisedExport(const QString &name, const CaseImportSettings &settings)
{
    QStringList mapped;
    for (CaseField field :
         {CaseField::CaseId, CaseField::Received, CaseField::Completed, CaseField::Service,
          CaseField::Department, CaseField::RightFirstTime, CaseField::KeyCustomer}) {
        if (settings.columns.contains(field))
            mapped.append(caseFieldKey(field) + u'=' + settings.columns.value(field));
    }
    const QString list = mapped.join(u", "_s);
    const bool global = settings.caseIds == CaseIdentity::Global;
    QString text;
    if (!settings.latestBy.isEmpty() && global)
        text = QCoreApplication::translate(
                   kContext, "Recognised a %1: %2; latest row by %3; case ids are global.")
                   .arg(name, list, settings.latestBy);
    else if (!settings.latestBy.isEmpty())
        text = QCoreApplication::translate(kContext, "Recognised a %1: %2; latest row by %3.")
                   .arg(name, list, settings.latestBy);
    else if (global)
        text = QCoreApplication::translate(kContext, "Recognised a %1: %2; case ids are global.")
                   .arg(name, list);
    else
        text = QCoreApplication::translate(kContext, "Recognised a %1: %2.").arg(name, list);
    if (settings.dateFormat == DateFormat::Pattern)
        text += u' ' + QCoreApplication::translate(kContext, "Dates read as \"%1\".")
                           .arg(settings.datePattern);
    return text;
}

} // namespace Yardstick
