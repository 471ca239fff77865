// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "busyerror.h"

#include <QCoreApplication>
#include <QSqlError>

namespace Yardstick::BusyError {

bool isBusy(const QSqlError &error)
{
    // A server's codes are five-character SQLSTATEs ("42501" would read as
    // SQLITE_BUSY below); SQLite's are numbers of at most four digits.
    if (error.nativeErrorCode().size() == 5)
        return false;
    // Extended codes (SQLITE_BUSY_SNAPSHOT…) keep the primary code in the low byte.
    const int primary = error.nativeErrorCode().toInt() & 0xff;
    return primary == 5 /* SQLITE_BUSY */ || primary == 6 /* SQLITE_LOCKED */;
}

QString message()
{
    return QCoreApplication::translate(
        "Yardstick::BusyError",
        "The workbench is busy: another Yardstick window or yardstick-cli is writing to it. "
        "Nothing was changed. Try again when it has finished.");
}

QString serverText(const QSqlError &error)
{
    // Qt's PostgreSQL driver gives "ERROR:  permission denied for table
    // standards\n(42501)": the first line, without its severity word.
    QString text = error.databaseText().trimmed();
    if (text.isEmpty())
        return error.text().trimmed();
    text = text.section(QLatin1Char('\n'), 0, 0).trimmed();
    for (const QLatin1String severity : {QLatin1String("ERROR:"), QLatin1String("FATAL:")}) {
        if (text.startsWith(severity))
            text = text.mid(severity.size()).trimmed();
    }
    return text;
}

bool isPermissionDenied(const QSqlError &error)
{
    return error.nativeErrorCode() == QLatin1String("42501"); // insufficient_privilege
}

QString describe(const QSqlError &error)
{
    if (isPermissionDenied(error)) {
        // The server's own words name the table ("permission denied for
        // table standards"); the rest says what it means and what to do.
        return QCoreApplication::translate(
                   "Yardstick::BusyError",
                   "The team workbench's server refused this change (%1): your role does not "
                   "allow it. Nothing was changed. Ask the workbench's owner for a role that "
                   "does.")
            .arg(serverText(error));
    }
    return isBusy(error) ? message() : error.text();
}

} // namespace Yardstick::BusyError
