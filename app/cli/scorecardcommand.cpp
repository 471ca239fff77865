// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "scorecardcommand.h"

#include "console.h"
#include "exitcode.h"
#include "io/exporttable.h"
#include "io/scorecardexporter.h"
#include "workbench/compliancedataloader.h"
#include "workbench/workbench.h"

#include <QCommandLineParser>

namespace Yardstick {

namespace {

QCommandLineOption periodOption()
{
    return QCommandLineOption(QStringLiteral("period"),
                              Command::tr("week (ISO), month (the default) or quarter."),
                              Command::tr("PERIOD"), QStringLiteral("month"));
}

// The scorecard's sheets: every row, then (when asked) one sheet per
// department that owns a standard, named after it, in the departments' order.
QList<ExportTable> scorecardSheets(const ScorecardExporter &exporter, const ReferenceData &names,
                                   const QList<ScorecardRow> &rows, bool perDepartment)
{
    QList<ExportTable> sheets{exporter.table(rows, Command::tr("Scorecard"))};
    if (!perDepartment)
        return sheets;
    for (const Department &d : names.departments) {
        QList<ScorecardRow> owned;
        for (const ScorecardRow &row : rows) {
            if (row.standard.departmentId == d.id)
                owned.append(row);
        }
        if (!owned.isEmpty())
            sheets.append(exporter.table(owned, d.name.isEmpty() ? d.code : d.name));
    }
    return sheets;
}

int write(const ScorecardExporter &exporter, OutputFormat format, const QList<ScorecardRow> &rows)
{
    bool written = false;
    if (format == OutputFormat::Csv)
        written = Console::writeData(exporter.toCsv(rows));
    else if (format == OutputFormat::Json)
        written = Console::writeData(exporter.toJson(rows));
    else
        written = Console::writeText(exporter.toTable(rows));
    return written ? ExitCode::Success : Console::outputFailed();
}

// The department named by code or name, or nullopt after saying so.
std::optional<qint64> findDepartment(const ReferenceData &names, const QString &text)
{
    const QString wanted = text.trimmed();
    for (const Department &d : names.departments) {
        if (d.code.compare(wanted, Qt::CaseInsensitive) == 0 ||
            d.name.compare(wanted, Qt::CaseInsensitive) == 0)
            return d.id;
    }
    Console::printError(Command::tr("The workbench has no department \"%1\".").arg(wanted));
    return std::nullopt;
}

} // namespace

QString ScorecardCommand::name() const
{
    return QStringLiteral("scorecard");
}

QString ScorecardCommand::summary() const
{
    return tr("Show every standard's status (met, at risk, breached) for one period.");
}

int ScorecardCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Judges every standard in force against its target for one period: the value (from "
           "the standard's measurements, or else computed from the completed cases of its "
           "service), the target and threshold then in force, the status (met, at_risk, "
           "breached, no_data), the trend over the last 6 periods and how many of the last 12 "
           "periods met the target. Without --at, the period is the latest complete one: the one "
           "holding the latest day with data if that day reaches the period's last week (for "
           "weeks, its Sunday), otherwise the one before."));
    const QCommandLineOption period = periodOption();
    const QCommandLineOption at(QStringLiteral("at"),
                                tr("A day (YYYY-MM-DD) in the period to show."), tr("DATE"));
    const QCommandLineOption department(
        QStringLiteral("department"), tr("Only the standards this department owns (code or name)."),
        tr("D"));
    const QCommandLineOption format = formatOption(
        tr("table (the default), csv, json (UTF-8) or xlsx (an Excel workbook, with --out)."),
        OutputFormat::Table);
    const QCommandLineOption out = workbookOutOption();
    const QCommandLineOption sheetPerDepartment(
        QStringLiteral("sheet-per-department"),
        tr("With --format xlsx: after the whole scorecard, one sheet per department holding "
           "the standards it owns."));
    parser.addOptions({period, at, department, format, out, sheetPerDepartment});
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The workbench file to read."),
                                 tr("FILE"));
    if (const std::optional<int> exitCode = parse(parser, arguments))
        return *exitCode;

    ScorecardRequest request;
    const std::optional<PeriodKind> kind = periodKindFromKey(parser.value(period));
    if (!kind)
        return usageError(tr("The period \"%1\" is not known; use week, month or quarter.")
                              .arg(parser.value(period)));
    request.kind = *kind;
    if (parser.isSet(at)) {
        request.at = QDate::fromString(parser.value(at), Qt::ISODate);
        if (!request.at.isValid())
            return usageError(tr("--at %1 is not a date; write YYYY-MM-DD.").arg(parser.value(at)));
    }
    const std::optional<OutputFormat> chosen = chosenFormat(
        parser, format,
        {OutputFormat::Table, OutputFormat::Csv, OutputFormat::Json, OutputFormat::Xlsx});
    if (!chosen)
        return ExitCode::UsageError;
    if (const std::optional<int> exitCode = checkWorkbookOut(parser, out, *chosen))
        return *exitCode;
    if (parser.isSet(sheetPerDepartment) && *chosen != OutputFormat::Xlsx)
        return usageError(tr("--sheet-per-department is for --format xlsx."));
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1 || files.constFirst().isEmpty())
        return usageError(tr("Give one workbench file."));

    const std::unique_ptr<Workbench> opened = openWorkbench(files.constFirst());
    if (!opened)
        return ExitCode::BadInput;
    Workbench &workbench = *opened;
    ReferenceData names = ReferenceData::load(workbench);
    if (parser.isSet(department)) {
        request.departmentId = findDepartment(names, parser.value(department));
        if (!request.departmentId)
            return ExitCode::BadInput;
    }
    const Scorecard scorecard = computeScorecard(ComplianceDataLoader::load(workbench), request);
    const ScorecardExporter exporter(names, request.kind);
    if (*chosen == OutputFormat::Xlsx)
        return writeWorkbook(parser.value(out), scorecardSheets(exporter, names, scorecard.rows,
                                                                parser.isSet(sheetPerDepartment)));
    return write(exporter, *chosen, scorecard.rows);
}

QString SeriesCommand::name() const
{
    return QStringLiteral("series");
}

QString SeriesCommand::summary() const
{
    return tr("Show one standard period by period, as the scorecard judges it.");
}

int SeriesCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Prints one standard period by period from the first to the last period with data "
           "in the workbench, with the same columns as the scorecard."));
    const QCommandLineOption standard(QStringLiteral("standard"), tr("The standard's code."),
                                      tr("CODE"));
    const QCommandLineOption period = periodOption();
    const QCommandLineOption format = formatOption(
        tr("table (the default), csv, json (UTF-8) or xlsx (an Excel workbook, with --out)."),
        OutputFormat::Table);
    const QCommandLineOption out = workbookOutOption();
    const QCommandLineOption department(
        QStringLiteral("department"),
        tr("Compute from this department's cases only (code or name): its own service record. "
           "Standards valued from measurements have no per-department figures."),
        tr("D"));
    parser.addOptions({standard, period, format, out, department});
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The workbench file to read."),
                                 tr("FILE"));
    if (const std::optional<int> exitCode = parse(parser, arguments))
        return *exitCode;
    const std::optional<PeriodKind> kind = periodKindFromKey(parser.value(period));
    if (!kind)
        return usageError(tr("The period \"%1\" is not known; use week, month or quarter.")
                              .arg(parser.value(period)));
    const std::optional<OutputFormat> chosen = chosenFormat(
        parser, format,
        {OutputFormat::Table, OutputFormat::Csv, OutputFormat::Json, OutputFormat::Xlsx});
    if (!chosen)
        return ExitCode::UsageError;
    if (const std::optional<int> exitCode = checkWorkbookOut(parser, out, *chosen))
        return *exitCode;
    if (!parser.isSet(standard) || parser.value(standard).trimmed().isEmpty())
        return usageError(tr("Name the standard with --standard CODE."));
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1 || files.constFirst().isEmpty())
        return usageError(tr("Give one workbench file."));

    const std::unique_ptr<Workbench> opened = openWorkbench(files.constFirst());
    if (!opened)
        return ExitCode::BadInput;
    Workbench &workbench = *opened;
    const ComplianceData data = ComplianceDataLoader::load(workbench);
    const QString code = parser.value(standard).trimmed();
    const auto found =
        std::find_if(data.standards.cbegin(), data.standards.cend(), [&code](const Standard &s) {
            return s.code.compare(code, Qt::CaseInsensitive) == 0;
        });
    if (found == data.standards.cend()) {
        Console::printError(tr("The workbench has no standard \"%1\".").arg(code));
        return ExitCode::BadInput;
    }
    ReferenceData names = ReferenceData::load(workbench);
    std::optional<qint64> departmentId;
    if (parser.isSet(department)) {
        departmentId = findDepartment(names, parser.value(department));
        if (!departmentId)
            return ExitCode::BadInput;
    }
    const ScorecardExporter exporter(std::move(names), *kind);
    const QList<ScorecardRow> rows = scorecardHistory(*found, data, *kind, departmentId);
    if (*chosen == OutputFormat::Xlsx)
        return writeWorkbook(parser.value(out), {exporter.table(rows, found->code)});
    return write(exporter, *chosen, rows);
}

} // namespace Yardstick
