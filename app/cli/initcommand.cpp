// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "initcommand.h"

#include "console.h"
#include "copycommand.h"
#include "demo/demoworkbenchgenerator.h"
#include "exitcode.h"
#include "storage/serveraddress.h"
#include "workbench/workbench.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QTemporaryDir>

namespace Yardstick {

QString InitCommand::name() const
{
    return QStringLiteral("init");
}

QString InitCommand::summary() const
{
    return tr("Create a new workbench file, ready for your own data or filled with the demo.");
}

int InitCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Creates a new workbench file. Without --demo the workbench holds only the reference "
           "dimensions (timeliness, accuracy and the five SERVQUAL dimensions with their "
           "weights), ready for your own catalogue, cases, letters and surveys; with --demo it "
           "holds the card-division demo: more than 180 standards, three years of weekly "
           "measurements, the case records behind them, a few hundred complaint letters, quarterly "
           "SERVQUAL follow-up surveys, monthly staff audits and the value of a day sooner. "
           "An existing file is never overwritten."));
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  tr("Fill the new workbench with the demo data."));
    parser.addOption(demo);
    parser.addPositionalArgument(
        QStringLiteral("FILE"),
        tr("The workbench file to create. It must not exist yet. A team workbench is created "
           "on a PostgreSQL server by giving the address of an empty database instead: "
           "postgresql://user@host:port/dbname (libpq's conventions; a password is asked of "
           ".pgpass, never stored)."),
        tr("FILE"));
    if (const std::optional<int> exitCode = parse(parser, arguments))
        return *exitCode;

    const QStringList files = parser.positionalArguments();
    // An empty argument ("") is as missing as no argument at all.
    if (files.isEmpty() || files.constFirst().isEmpty())
        return usageError(tr("Give the name of the workbench file to create."));
    if (files.size() > 1)
        return usageError(
            tr("Give one workbench file only; \"%1\" is one too many.").arg(files.at(1)));
    const QString path = files.constFirst();

    if (ServerAddress::isServerAddress(path)) {
        if (parser.isSet(demo))
            return writeServerDemo(path);
        Workbench::OpenResult created = Workbench::create(path, Workbench::Contents::ReferenceData);
        if (!created.workbench) {
            Console::printError(created.error.message);
            return ExitCode::BadInput;
        }
        return printSummary(ServerAddress::shown(path), *created.workbench);
    }

    // Checked here as well as by the storage layer so the demo is not built
    // only to be thrown away; a dangling symlink counts as existing because
    // creating the file would write through it.
    const QFileInfo info(path);
    if (info.exists() || info.isSymLink()) {
        Console::printError(tr("%1 already exists. %2 never overwrites a file: choose another "
                               "name, or move the existing file away first.")
                                .arg(QDir::toNativeSeparators(path), Console::programName()));
        return ExitCode::BadInput;
    }

    if (parser.isSet(demo))
        return writeDemo(path);

    Workbench::OpenResult created = Workbench::create(path, Workbench::Contents::ReferenceData);
    if (!created.workbench) {
        Console::printError(created.error.message);
        return ExitCode::BadInput;
    }
    return printSummary(path, *created.workbench);
}

int InitCommand::writeDemo(const QString &path)
{
    if (const int written = writeDemoFile(path); written != ExitCode::Success)
        return written;
    const std::unique_ptr<Workbench> opened = openWorkbench(path);
    if (!opened)
        return ExitCode::BadInput;
    return printSummary(path, *opened);
}

int InitCommand::writeDemoFile(const QString &path)
{
    // Progress is for a person watching; in a script's log or a test's
    // captured stderr the carriage returns would only be clutter.
    const bool showProgress = Console::stderrIsTerminal();
    int shownPercent = -1;
    DemoWorkbenchGenerator::Progress progress;
    if (showProgress) {
        progress = [&shownPercent](int percent) {
            if (percent != shownPercent) {
                shownPercent = percent;
                Console::writeErrorText(QLatin1Char('\r') +
                                        tr("Writing the demo workbench: %1%").arg(percent));
            }
            return true;
        };
    }
    // The demo speaks the tool's language (--lang or the locale, made the
    // default locale in main()).
    const StorageResult written =
        DemoWorkbenchGenerator(DemoWorkbenchGenerator::languageFor(QLocale()))
            .writeFile(path, progress);
    if (shownPercent >= 0)
        Console::writeErrorText(QStringLiteral("\n"));
    if (!written.ok()) {
        Console::printError(tr("Could not write the demo workbench %1: %2")
                                .arg(QDir::toNativeSeparators(path), written.error()));
        return ExitCode::BadInput;
    }
    return ExitCode::Success;
}

// The demo is written into a temporary file, where it takes seconds, then
// copied to the server in one transaction (COPY): row by row over the
// network it would take minutes, and a failure half-way would leave half a
// demo.
int InitCommand::writeServerDemo(const QString &uri)
{
    QTemporaryDir scratch;
    if (!scratch.isValid()) {
        Console::printError(
            tr("Could not make a temporary folder for the demo: %1").arg(scratch.errorString()));
        return ExitCode::BadInput;
    }
    const QString file = scratch.filePath(QStringLiteral("demo.yardstick"));
    if (const int written = writeDemoFile(file); written != ExitCode::Success)
        return written;
    const std::unique_ptr<Workbench> demo = openWorkbench(file);
    if (!demo || !CopyCommand::copyInto(*demo, uri))
        return ExitCode::BadInput;
    const std::unique_ptr<Workbench> opened = openWorkbench(uri);
    if (!opened)
        return ExitCode::BadInput;
    return printSummary(ServerAddress::shown(uri), *opened);
}

int InitCommand::printSummary(const QString &path, Workbench &workbench)
{
    // One sentence for the empty and the demo workbench alike, so a script
    // can read both the same way. One multi-argument arg() call, because
    // chained calls would also replace a "%2" inside the file name.
    const QString line =
        tr("Created %1: %2 standards, %3 measurements, %4 case records and %5 complaint letters.")
            .arg(ServerAddress::isServerAddress(path) ? path : QDir::toNativeSeparators(path),
                 QString::number(workbench.standardRepository().all().size()),
                 QString::number(workbench.measurements().count()),
                 QString::number(workbench.cases().count()),
                 QString::number(workbench.letters().count()));
    if (!Console::writeText(line + QLatin1Char('\n')))
        return Console::outputFailed();
    return ExitCode::Success;
}

} // namespace Yardstick
