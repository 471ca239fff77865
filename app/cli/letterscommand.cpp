// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "letterscommand.h"

#include "console.h"
#include "exitcode.h"
#include "io/letterexporter.h"
#include "workbench/referencedata.h"
#include "workbench/workbench.h"

#include <QCommandLineParser>

namespace Yardstick {

namespace {
// The keys typed on the command line: part of the tool's contract.
constexpr QLatin1String kCsv("csv");
constexpr QLatin1String kJson("json");
} // namespace

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
    const QCommandLineOption format({QStringLiteral("f"), QStringLiteral("format")},
                                    tr("The output format: csv (the default) or json. Both are "
                                       "UTF-8."),
                                    tr("FORMAT"), QString(kCsv));
    parser.addOption(format);
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The workbench file to read."),
                                 tr("FILE"));
    if (const std::optional<int> exitCode = parse(parser, arguments))
        return *exitCode;

    const QString formatKey = parser.value(format).trimmed().toLower();
    if (formatKey != kCsv && formatKey != kJson)
        return usageError(
            tr("The format \"%1\" is not known; use csv or json.").arg(parser.value(format)));
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
    const QList<ComplaintLetter> letters = LetterExporter::inListOrder(workbench.letters().all());
    const bool written =
        Console::writeData(formatKey == kJson ? exporter.toJson(letters) : exporter.toCsv(letters));
    return written ? ExitCode::Success : Console::outputFailed();
}

} // namespace Yardstick
