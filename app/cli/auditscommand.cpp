// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "auditscommand.h"

#include "audits/auditscore.h"
#include "console.h"
#include "exitcode.h"
#include "io/exporttable.h"
#include "io/texttable.h"
#include "usecases/auditservice.h"
#include "workbench/workbench.h"

#include <QCommandLineParser>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Yardstick {

namespace {

// What is printed for one checklist.
struct ChecklistReport
{
    AuditTemplate checklist;
    QList<AuditPeriodScore> scores; // pooled and per department, by period
    Period latest;
    QList<AuditItemResult> items; // of the latest period
};

ChecklistReport reportOf(Workbench &workbench, const AuditTemplate &checklist, PeriodKind kind)
{
    ChecklistReport report;
    report.checklist = checklist;
    const QList<Audit> audits = workbench.auditService().auditsOf(checklist.id);
    const QList<AuditPeriodScore> pooled = pooledAuditScores(checklist, audits, kind);
    const QList<AuditPeriodScore> byDepartment = auditScoresByDepartment(checklist, audits, kind);
    // Each period's pooled row first, then its departments.
    qsizetype d = 0;
    for (const AuditPeriodScore &all : pooled) {
        report.scores.append(all);
        while (d < byDepartment.size() && byDepartment[d].period.start <= all.period.start) {
            if (byDepartment[d].period == all.period)
                report.scores.append(byDepartment[d]);
            ++d;
        }
    }
    if (!pooled.isEmpty()) {
        report.latest = pooled.constLast().period;
        report.items = auditItemResults(checklist, audits, kind, report.latest);
    }
    return report;
}

QString oneDecimal(const std::optional<double> &value)
{
    return value ? QString::number(*value, 'f', 1) : QString();
}

QJsonValue jsonNumber(const std::optional<double> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

} // namespace

QString AuditsCommand::name() const
{
    return QStringLiteral("audits");
}

QString AuditsCommand::summary() const
{
    return tr("Show staff-audit scores per period and department and which behaviours slip.");
}

int AuditsCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Shows, for each audit checklist (or the one named), the mean audit score per period "
           "for all departments together and for each department, with the number of audits; "
           "then, for the latest period, each item's mean rating in percent of its scale, the "
           "previous period's and the item's own average elsewhere, and whether the behaviour "
           "slipped (fell %1 points or more against either). An audit's score is 100 × the "
           "weighted mean of rating / scale maximum over the items it rated.")
            .arg(kAuditSlipPoints));
    const QCommandLineOption templateOption(QStringLiteral("template"),
                                            tr("Only the checklist with this name."), tr("NAME"));
    const QCommandLineOption period(QStringLiteral("period"),
                                    tr("The period: week, month (the default) or quarter."),
                                    tr("PERIOD"), QStringLiteral("month"));
    const QCommandLineOption format = formatOption(
        tr("The output format: table (the default), csv, json or xlsx (an Excel workbook, with "
           "--out)."),
        OutputFormat::Table);
    const QCommandLineOption out = workbookOutOption();
    parser.addOptions({templateOption, period, format, out});
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The workbench file to read."),
                                 tr("FILE"));
    if (const std::optional<int> exitCode = parse(parser, arguments))
        return *exitCode;

    const std::optional<OutputFormat> chosen = chosenFormat(
        parser, format,
        {OutputFormat::Table, OutputFormat::Csv, OutputFormat::Json, OutputFormat::Xlsx});
    if (!chosen)
        return ExitCode::UsageError;
    if (const std::optional<int> exitCode = checkWorkbookOut(parser, out, *chosen))
        return *exitCode;
    const std::optional<PeriodKind> kind = periodKindFromKey(parser.value(period).trimmed());
    if (!kind)
        return usageError(tr("The period \"%1\" is not known; use week, month or quarter.")
                              .arg(parser.value(period)));
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1 || files.constFirst().isEmpty())
        return usageError(tr("Give one workbench file whose audits to show."));

    const std::unique_ptr<Workbench> opened = openWorkbench(files.constFirst());
    if (!opened)
        return ExitCode::BadInput;
    Workbench &workbench = *opened;
    QList<AuditTemplate> checklists = workbench.auditService().checklists();
    if (parser.isSet(templateOption)) {
        const std::optional<AuditTemplate> named =
            workbench.auditService().checklistByName(parser.value(templateOption));
        if (!named) {
            Console::printError(tr("The workbench has no audit checklist called \"%1\".")
                                    .arg(parser.value(templateOption)));
            return ExitCode::BadInput;
        }
        checklists = {*named};
    }
    QHash<qint64, QString> departments;
    for (const Department &d : workbench.departments().all())
        departments.insert(d.id, d.code);
    QList<ChecklistReport> reports;
    for (const AuditTemplate &checklist : std::as_const(checklists))
        reports.append(reportOf(workbench, checklist, *kind));
    const auto departmentText = [&](qint64 id) {
        return id == 0 ? tr("All") : departments.value(id);
    };

    if (*chosen == OutputFormat::Json) {
        QJsonArray array;
        for (const ChecklistReport &r : std::as_const(reports)) {
            QJsonArray scores;
            for (const AuditPeriodScore &s : r.scores)
                scores.append(QJsonObject{
                    {QStringLiteral("period"), periodLabel(*kind, s.period)},
                    {QStringLiteral("start"), s.period.start.toString(Qt::ISODate)},
                    {QStringLiteral("end"), s.period.end.toString(Qt::ISODate)},
                    {QStringLiteral("department"),
                     s.departmentId == 0 ? QJsonValue(QJsonValue::Null)
                                         : QJsonValue(departments.value(s.departmentId))},
                    {QStringLiteral("audits"), s.audits},
                    {QStringLiteral("score"), s.meanScore}});
            QJsonArray items;
            for (const AuditItemResult &i : r.items)
                items.append(
                    QJsonObject{{QStringLiteral("item"), i.item.code},
                                {QStringLiteral("text"), i.item.text},
                                {QStringLiteral("n"), i.ratings},
                                {QStringLiteral("percent"), jsonNumber(i.percent)},
                                {QStringLiteral("previous"), jsonNumber(i.previousPercent)},
                                {QStringLiteral("average"), jsonNumber(i.averagePercent)},
                                {QStringLiteral("drop"), jsonNumber(i.drop)},
                                {QStringLiteral("slipping"), i.slipping}});
            array.append(QJsonObject{{QStringLiteral("checklist"), r.checklist.name},
                                     {QStringLiteral("period_kind"), periodKindKey(*kind)},
                                     {QStringLiteral("scores"), scores},
                                     {QStringLiteral("latest_period"),
                                      r.latest.isValid() ? QJsonValue(periodLabel(*kind, r.latest))
                                                         : QJsonValue(QJsonValue::Null)},
                                     {QStringLiteral("items"), items}});
        }
        const QByteArray json =
            QJsonDocument(QJsonObject{{QStringLiteral("checklists"), array}}).toJson();
        return Console::writeData(json) ? ExitCode::Success : Console::outputFailed();
    }

    if (*chosen == OutputFormat::Csv || *chosen == OutputFormat::Xlsx) {
        // One table for both parts: a "score" row per period and department,
        // an "item" row per behaviour of the latest period. Scores and item
        // results are percentages; a drop is in percentage points.
        using C = ExportCell;
        const C none;
        ExportTable table{tr("Audits"),
                          {QStringLiteral("checklist"), QStringLiteral("section"),
                           QStringLiteral("period"), QStringLiteral("department"),
                           QStringLiteral("item"), QStringLiteral("n"), QStringLiteral("value"),
                           QStringLiteral("previous"), QStringLiteral("average"),
                           QStringLiteral("drop"), QStringLiteral("slipping")},
                          {}};
        for (const ChecklistReport &r : std::as_const(reports)) {
            for (const AuditPeriodScore &s : r.scores)
                table.rows.append({C::text(r.checklist.name), C::text(QStringLiteral("score")),
                                   C::text(periodLabel(*kind, s.period)),
                                   C::text(departments.value(s.departmentId)), none,
                                   C::integer(s.audits), C::percent(s.meanScore), none, none, none,
                                   none});
            for (const AuditItemResult &i : r.items)
                table.rows.append(
                    {C::text(r.checklist.name), C::text(QStringLiteral("item")),
                     C::text(periodLabel(*kind, r.latest)), none, C::text(i.item.code),
                     C::integer(i.ratings), C::percent(i.percent), C::percent(i.previousPercent),
                     C::percent(i.averagePercent), C::number(i.drop),
                     C::text(i.slipping ? QStringLiteral("yes") : QStringLiteral("no"))});
        }
        if (*chosen == OutputFormat::Xlsx)
            return writeWorkbook(parser.value(out), {table});
        return Console::writeData(table.toCsv()) ? ExitCode::Success : Console::outputFailed();
    }

    QString text;
    for (const ChecklistReport &r : std::as_const(reports)) {
        if (!text.isEmpty())
            text += QLatin1Char('\n');
        text += tr("Checklist \"%1\"").arg(r.checklist.name) + QLatin1Char('\n');
        if (r.scores.isEmpty()) {
            text += tr("No scored audits.") + QLatin1Char('\n');
            continue;
        }
        TextTable scores(
            {{tr("Period")}, {tr("Department")}, {tr("Audits"), true}, {tr("Score %"), true}});
        for (const AuditPeriodScore &s : r.scores)
            scores.addRow({periodLabel(*kind, s.period), departmentText(s.departmentId),
                           QString::number(s.audits), oneDecimal(s.meanScore)});
        text += scores.text() + QLatin1Char('\n');
        text += tr("Items in %1").arg(periodLabel(*kind, r.latest)) + QLatin1Char('\n');
        TextTable items({{tr("Item")},
                         {tr("Behaviour")},
                         {tr("Ratings"), true},
                         {tr("Mean %"), true},
                         {tr("Previous %"), true},
                         {tr("Average %"), true},
                         {tr("Drop"), true},
                         {tr("Slipping")}});
        for (const AuditItemResult &i : r.items)
            items.addRow({i.item.code, TextTable::elide(i.item.text, 32),
                          QString::number(i.ratings), oneDecimal(i.percent),
                          oneDecimal(i.previousPercent), oneDecimal(i.averagePercent),
                          oneDecimal(i.drop), i.slipping ? tr("yes") : QString()});
        text += items.text();
    }
    if (reports.isEmpty())
        text = tr("The workbench has no audit checklists.") + QLatin1Char('\n');
    return Console::writeText(text) ? ExitCode::Success : Console::outputFailed();
}

} // namespace Yardstick
