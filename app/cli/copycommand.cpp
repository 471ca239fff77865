// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "copycommand.h"

#include "console.h"
#include "exitcode.h"
#include "storage/serveraddress.h"
#include "storage/workbenchcopier.h"
#include "workbench/workbench.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>

namespace Yardstick {

namespace {

QString shown(const QString &workbench)
{
    return ServerAddress::isServerAddress(workbench) ? ServerAddress::shown(workbench)
                                                     : QDir::toNativeSeparators(workbench);
}

} // namespace

QString CopyCommand::name() const
{
    return QStringLiteral("copy");
}

QString CopyCommand::summary() const
{
    return tr("Copy a whole workbench: a file to a team workbench on a server, or back.");
}

bool CopyCommand::copyInto(Workbench &source, const QString &destination)
{
    Workbench::OpenResult created = Workbench::create(destination);
    if (!created.workbench) {
        Console::printError(created.error.message);
        return false;
    }
    const QString error = WorkbenchCopier::copy(source.database(), created.workbench->database());
    if (error.isEmpty())
        return true;
    created.workbench.reset();
    // A new file half-filled is worse than none; a server database keeps
    // the empty workbench the copy began with (its one transaction failed).
    if (!ServerAddress::isServerAddress(destination)) {
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(destination + suffix);
    }
    Console::printError(tr("Could not copy into %1: %2").arg(shown(destination), error));
    return false;
}

int CopyCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Copies every standard, measurement, case, letter, survey, audit and setting of a "
           "workbench into a new one, exactly: a workbench file to a team workbench on a "
           "PostgreSQL server, a team workbench to a file, or a file to a file. The copy is "
           "made in one transaction: it is whole or not there."));
    parser.addPositionalArgument(QStringLiteral("SOURCE"),
                                 tr("The workbench to copy: a file or a postgresql:// address."),
                                 tr("SOURCE"));
    parser.addPositionalArgument(
        QStringLiteral("DEST"),
        tr("The new workbench: a file that does not exist yet, or the postgresql:// address of "
           "an empty database."),
        tr("DEST"));
    if (const std::optional<int> exitCode = parse(parser, arguments))
        return *exitCode;
    const QStringList workbenches = parser.positionalArguments();
    if (workbenches.size() != 2 || workbenches.at(0).isEmpty() || workbenches.at(1).isEmpty())
        return usageError(tr("Give the workbench to copy and the new workbench to copy it to."));
    const std::unique_ptr<Workbench> source = openWorkbench(workbenches.at(0));
    if (!source)
        return ExitCode::BadInput;
    if (!copyInto(*source, workbenches.at(1)))
        return ExitCode::BadInput;
    const std::unique_ptr<Workbench> copy = openWorkbench(workbenches.at(1));
    if (!copy)
        return ExitCode::BadInput;
    const QString line =
        tr("Copied %1 to %2: %3 standards, %4 measurements, %5 case records and %6 complaint "
           "letters.")
            .arg(shown(workbenches.at(0)), shown(workbenches.at(1)),
                 QString::number(copy->standardRepository().all().size()),
                 QString::number(copy->measurements().count()),
                 QString::number(copy->cases().count()), QString::number(copy->letters().count()));
    if (!Console::writeText(line + QLatin1Char('\n')))
        return Console::outputFailed();
    return ExitCode::Success;
}

} // namespace Yardstick
