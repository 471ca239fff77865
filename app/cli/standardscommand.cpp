// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "standardscommand.h"

#include "console.h"
#include "exitcode.h"
#include "io/standardcatalogueexporter.h"
#include "workbench/workbench.h"

#include <QCommandLineParser>

namespace Yardstick {

QString StandardsCommand::name() const
{
    return QStringLiteral("standards");
}

QString StandardsCommand::summary() const
{
    return tr("List the standards of a workbench as a table, CSV or JSON.");
}

int StandardsCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Lists the standards catalogue of a workbench, ordered by code. The table is for "
           "reading; CSV and JSON are for other programs and give each standard's current "
           "target and threshold, JSON with every earlier revision as well."));
    const QCommandLineOption format = formatOption(
        tr("The output format: table (the default), csv, json (CSV and JSON are UTF-8) or xlsx "
           "(an Excel workbook, with --out)."),
        OutputFormat::Table);
    const QCommandLineOption out = workbookOutOption();
    parser.addOptions({format, out});
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
    const QStringList files = parser.positionalArguments();
    // An empty argument ("") is as missing as no argument at all.
    if (files.isEmpty() || files.constFirst().isEmpty())
        return usageError(tr("Give the workbench file whose standards to list."));
    if (files.size() > 1)
        return usageError(
            tr("Give one workbench file only; \"%1\" is one too many.").arg(files.at(1)));

    const std::unique_ptr<Workbench> opened = openWorkbench(files.constFirst());
    if (!opened)
        return ExitCode::BadInput;
    Workbench &workbench = *opened;
    const QList<Standard> standards = workbench.catalogue().standards();
    const StandardCatalogueExporter exporter(workbench);

    if (*chosen == OutputFormat::Xlsx)
        return writeWorkbook(parser.value(out), {exporter.table(standards, tr("Standards"))});
    bool written = false;
    if (*chosen == OutputFormat::Csv)
        written = Console::writeData(exporter.toCsv(standards));
    else if (*chosen == OutputFormat::Json)
        written = Console::writeData(exporter.toJson(standards));
    else
        written = Console::writeText(exporter.toTable(standards));
    return written ? ExitCode::Success : Console::outputFailed();
}

} // namespace Yardstick
