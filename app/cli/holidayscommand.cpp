// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "holidayscommand.h"

#include "console.h"
#include "exitcode.h"
#include "io/csvwriter.h"
#include "workbench/periodvaluerefresher.h"
#include "workbench/workbench.h"

#include <QCommandLineParser>

namespace Yardstick {

QString HolidaysCommand::name() const
{
    return QStringLiteral("holidays");
}

QString HolidaysCommand::summary() const
{
    return tr("List, add or remove the holidays business-day standards skip.");
}

int HolidaysCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Standards that count business days skip weekends and the workbench's holidays. "
           "Without options, lists the holidays as CSV (day,name). --add and --remove may be "
           "repeated; all changes are made together, then the list is printed."));
    const QCommandLineOption add(QStringLiteral("add"),
                                 tr("Add (or rename) a holiday, e.g. --add 2025-12-25=Christmas."),
                                 tr("DATE[=NAME]"));
    const QCommandLineOption remove(QStringLiteral("remove"), tr("Remove the holiday on DATE."),
                                    tr("DATE"));
    parser.addOptions({add, remove});
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The workbench file."), tr("FILE"));
    if (const std::optional<int> exitCode = parse(parser, arguments))
        return *exitCode;
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1 || files.constFirst().isEmpty())
        return usageError(tr("Give one workbench file."));

    QList<Holiday> added;
    for (const QString &entry : parser.values(add)) {
        const qsizetype equals = entry.indexOf(QLatin1Char('='));
        const QDate day = QDate::fromString(entry.left(equals).trimmed(), Qt::ISODate);
        if (!day.isValid())
            return usageError(tr("--add %1: the date must be written YYYY-MM-DD.").arg(entry));
        added.append({day, equals < 0 ? QString() : entry.mid(equals + 1).trimmed()});
    }
    QList<QDate> removed;
    for (const QString &entry : parser.values(remove)) {
        const QDate day = QDate::fromString(entry.trimmed(), Qt::ISODate);
        if (!day.isValid())
            return usageError(tr("--remove %1: the date must be written YYYY-MM-DD.").arg(entry));
        removed.append(day);
    }

    const std::unique_ptr<Workbench> opened = openWorkbench(files.constFirst());
    if (!opened)
        return ExitCode::BadInput;
    HolidayRepository &holidays = opened->holidays();
    for (const Holiday &holiday : std::as_const(added)) {
        if (StorageResult r = holidays.put(holiday); !r.ok()) {
            Console::printError(r.error());
            return ExitCode::BadInput;
        }
    }
    for (const QDate &day : std::as_const(removed)) {
        if (StorageResult r = holidays.remove(day); !r.ok()) {
            Console::printError(r.error());
            return ExitCode::BadInput;
        }
    }
    // Business days changed: the kept period values follow now, not at the
    // next window that opens the file.
    if (!added.isEmpty() || !removed.isEmpty()) {
        if (StorageResult r = PeriodValueRefresher(*opened).refreshStale(); !r.ok())
            Console::printError(r.error());
    }
    CsvWriter csv;
    csv.writeRecord({QStringLiteral("day"), QStringLiteral("name")});
    for (const Holiday &holiday : holidays.all())
        csv.writeRecord({holiday.day.toString(Qt::ISODate), holiday.name});
    return Console::writeData(csv.data()) ? ExitCode::Success : Console::outputFailed();
}

} // namespace Yardstick
