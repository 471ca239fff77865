// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "letterscommand.h"

#include "console.h"
#include "exitcode.h"
#include "io/letterexporter.h"
#include "usecases/letterservice.h"
#include "workbench/referencedata.h"
#include "workbench/workbench.h"

#include <QCommandLineParser>

namespace Yardstick {

QString LettersCommand::name() const
{
    return QStringLiteral("letters");
}

QString LettersCommand::summary() const
{
    return tr("List the complaint letters of a workbench with their labels as CSV or JSON.");
}

int LettersCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Lists the complaint letters stored in a workbench, key customers' first, then by "
           "received time: reference, received time and where it came from, channel, customer, "
           "language, the service and dimensions with their confidences, severity, label "
           "status, handling status and times, and the text with card numbers masked."));
    const QCommandLineOption format = formatOption(
        tr("The output format: csv (the default), json (both UTF-8) or xlsx (an Excel workbook, "
           "with --out)."),
        OutputFormat::Csv);
    const QCommandLineOption out = workbookOutOption();
    parser.addOptions({format, out});
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The workbench file to read."),
                                 tr("FILE"));
    if (const std::optional<int> exitCode = parse(parser, arguments))
        return *exitCode;

    const std::optional<OutputFormat> chosen =
        chosenFormat(parser, format, {OutputFormat::Csv, OutputFormat::Json, OutputFormat::Xlsx});
    if (!chosen)
        return ExitCode::UsageError;
    if (const std::optional<int> exitCode = checkWorkbookOut(parser, out, *chosen))
        return *exitCode;
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty() || files.constFirst().isEmpty())
        return usageError(tr("Give the workbench file whose letters to list."));
    if (files.size() > 1)
        return usageError(
            tr("Give one workbench file only; \"%1\" is one too many.").arg(files.at(1)));

    const std::unique_ptr<Workbench> opened = openWorkbench(files.constFirst());
    if (!opened)
        return ExitCode::BadInput;
    Workbench &workbench = *opened;
    const LetterExporter exporter(ReferenceData::load(workbench));
    const QList<ComplaintLetter> letters =
        LetterExporter::inListOrder(workbench.letterService().letters());
    if (*chosen == OutputFormat::Xlsx)
        return writeWorkbook(parser.value(out), {exporter.table(letters, tr("Letters"))});
    const bool written = Console::writeData(
        *chosen == OutputFormat::Json ? exporter.toJson(letters) : exporter.toCsv(letters));
    return written ? ExitCode::Success : Console::outputFailed();
}

} // namespace Yardstick
