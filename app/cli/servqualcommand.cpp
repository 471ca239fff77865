// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "servqualcommand.h"

#include "console.h"
#include "exitcode.h"
#include "io/servqualexport.h"
#include "usecases/surveyservice.h"
#include "workbench/workbench.h"

#include <QCommandLineParser>

namespace Yardstick {

QString ServqualCommand::name() const
{
    return QStringLiteral("servqual");
}

QString ServqualCommand::summary() const
{
    return tr("Show a survey wave's SERVQUAL gaps, importance-performance quadrants and silent "
              "dissatisfied customers.");
}

int ServqualCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Analyses one wave of survey answers: per dimension the gap (perception minus "
           "expectation, averaged per respondent, then over respondents) with n, standard "
           "deviation and a 95% Student-t interval, and its normalised weight; the weighted "
           "SERVQUAL gap; per item the gap, importance, performance and importance-performance "
           "quadrant; the dissatisfied respondents who never wrote a complaint letter; and the "
           "change from the survey's previous wave with Welch's t-test on the respondents' "
           "weighted gaps. Without --wave, the latest wave."));
    const QCommandLineOption wave(QStringLiteral("wave"), tr("The wave to analyse, by name."),
                                  tr("NAME"));
    const QCommandLineOption format = formatOption(
        tr("table (the default), csv, json (UTF-8) or xlsx (an Excel workbook, with --out)."),
        OutputFormat::Table);
    const QCommandLineOption out = workbookOutOption();
    parser.addOptions({wave, format, out});
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
    if (parser.isSet(wave) && parser.value(wave).trimmed().isEmpty())
        return usageError(tr("--wave needs the name of a wave."));
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1 || files.constFirst().isEmpty())
        return usageError(tr("Give one workbench file."));

    const std::unique_ptr<Workbench> opened = openWorkbench(files.constFirst());
    if (!opened)
        return ExitCode::BadInput;
    Workbench &workbench = *opened;
    const QStringList waves = workbench.surveyService().answeredWaves();
    if (waves.isEmpty()) {
        Console::printError(tr("The workbench has no survey answers to analyse."));
        return ExitCode::BadInput;
    }
    const QString waveName = parser.value(wave).trimmed();
    if (!waveName.isEmpty() && !waves.contains(waveName)) {
        Console::printError(tr("The workbench has no answers for the wave \"%1\"; its waves are: "
                               "%2.")
                                .arg(waveName, waves.join(QLatin1String(", "))));
        return ExitCode::BadInput;
    }

    const ServqualResult result = workbench.surveyService().analyseWave(waveName).result;
    if (*chosen == OutputFormat::Xlsx)
        return writeWorkbook(parser.value(out),
                             {servqualTable(result, tr("SERVQUAL %1").arg(result.wave))});
    bool written = false;
    if (*chosen == OutputFormat::Csv)
        written = Console::writeData(servqualToCsv(result));
    else if (*chosen == OutputFormat::Json)
        written = Console::writeData(servqualToJsonBytes(result));
    else
        written = Console::writeText(servqualToTable(result));
    return written ? ExitCode::Success : Console::outputFailed();
}

} // namespace Yardstick
