// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later

// yardstick_test_writer FILE HOLD_MS SQL...: a second process for the
// two-process tests. It takes the workbench's write lock (BEGIN IMMEDIATE),
// runs the statements, says "locked" on stdout, keeps the lock for HOLD_MS
// milliseconds and commits. It is deliberately not Yardstick code: another
// program writing the same file is exactly what the tests are about.

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

#include <cstdio>

namespace {

int fail(const QString &what, const QSqlError &error)
{
    std::fprintf(stderr, "%s: %s\n", qPrintable(what), qPrintable(error.text()));
    return 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 3) {
        std::fprintf(stderr, "usage: yardstick_test_writer FILE HOLD_MS SQL...\n");
        return 2;
    }
    int status = 0;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"));
        db.setDatabaseName(args.at(1));
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
        if (!db.open())
            return fail(QStringLiteral("open"), db.lastError());
        QSqlQuery query(db);
        if (!query.exec(QStringLiteral("BEGIN IMMEDIATE")))
            return fail(QStringLiteral("BEGIN IMMEDIATE"), query.lastError());
        for (qsizetype i = 3; i < args.size() && status == 0; ++i) {
            if (!query.exec(args.at(i)))
                status = fail(args.at(i), query.lastError());
        }
        std::printf("locked\n");
        std::fflush(stdout);
        QThread::msleep(args.at(2).toULong());
        if (status == 0 && !query.exec(QStringLiteral("COMMIT")))
            status = fail(QStringLiteral("COMMIT"), query.lastError());
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QLatin1String(QSqlDatabase::defaultConnection));
    if (status == 0) {
        std::printf("committed\n");
        std::fflush(stdout);
    }
    return status;
}
