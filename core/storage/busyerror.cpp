// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "busyerror.h"

#include <QCoreApplication>
#include <QSqlError>

namespace Yardstick::BusyError {

bool isBusy(const QSqlError &error)
{
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

QString describe(const QSqlError &error)
{
    return isBusy(error) ? message() : error.text();
}

} // namespace Yardstick::BusyError
