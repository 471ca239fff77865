// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "database.h"

#include "busyerror.h"
#include "changenotices.h"
#include "migrations.h"
#include "postgresqldialect.h"
#include "serveraddress.h"
#include "transaction.h"

#if defined(Q_OS_UNIX)
#include <pwd.h>
#include <unistd.h>
#endif

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

#include <sqlite3.h>

namespace Yardstick {

namespace {

// Files up to this size get a full page-by-page integrity check on open.
constexpr qint64 kFullCheckBytes = 32 * 1024 * 1024;

// Asks SQLite, not a QFile: closing any other descriptor of the file drops
// every POSIX lock this process holds on it, so a window's connection would
// lose its shared lock whenever a worker opened the file, and another
// process could then reset the write-ahead log under it (pages lost; found
// by tests/ui/test_twowindows.cpp). SQLite shares one descriptor per file
// within a process and closes none while a lock is held.
bool hasSqliteHeader(const QString &path)
{
    sqlite3 *handle = nullptr;
    const QByteArray file = QFile::encodeName(path);
    bool database = false;
    if (sqlite3_open_v2(file.constData(), &handle, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
        sqlite3_stmt *statement = nullptr;
        int rc = sqlite3_prepare_v2(handle, "PRAGMA schema_version", -1, &statement, nullptr);
        if (rc == SQLITE_OK)
            rc = sqlite3_step(statement);
        sqlite3_finalize(statement);
        const int primary = rc & 0xff;
        // Busy or locked: a database another program is using; open() says so.
        database = rc == SQLITE_ROW || primary == SQLITE_BUSY || primary == SQLITE_LOCKED;
    }
    sqlite3_close(handle);
    return database;
}

QString nativePath(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

} // namespace

Database::Database(const QString &path, const QString &connectionName)
    : m_path(path)
    , m_connectionName(connectionName)
{}

bool Database::needsUpgrade(const QString &path)
{
    // A server workbench is upgraded when it is opened, in one transaction.
    if (ServerAddress::isServerAddress(path))
        return false;
    sqlite3 *handle = nullptr;
    const QByteArray file = QFile::encodeName(path);
    bool older = false;
    if (sqlite3_open_v2(file.constData(), &handle, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
        const auto pragma = [handle](const char *sql) {
            sqlite3_stmt *statement = nullptr;
            int value = -1;
            if (sqlite3_prepare_v2(handle, sql, -1, &statement, nullptr) == SQLITE_OK &&
                sqlite3_step(statement) == SQLITE_ROW)
                value = sqlite3_column_int(statement, 0);
            sqlite3_finalize(statement);
            return value;
        };
        const int version = pragma("PRAGMA user_version");
        older = pragma("PRAGMA application_id") == kApplicationId && version >= 1 &&
                version < Migrations::latestVersion();
    }
    sqlite3_close(handle);
    return older;
}

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

bool Database::isServer() const
{
    return connection().driverName() == QLatin1String("QPSQL");
}

int Database::schemaVersion() const
{
    return SqlDialect::of(connection()).schemaVersion(connection());
}

QString Database::userName() const
{
    if (!m_userName.isEmpty())
        return m_userName;
    if (isServer()) {
        QSqlQuery query(connection());
        if (query.exec(QStringLiteral("SELECT session_user")) && query.next())
            m_userName = query.value(0).toString();
    } else {
        m_userName = qEnvironmentVariable("USER");
        if (m_userName.isEmpty())
            m_userName = qEnvironmentVariable("USERNAME");
#if defined(Q_OS_UNIX)
        // A service or a container may run without USER set.
        if (m_userName.isEmpty()) {
            if (const passwd *entry = getpwuid(geteuid()))
                m_userName = QString::fromLocal8Bit(entry->pw_name);
        }
#endif
    }
    return m_userName;
}

std::optional<qint64> Database::dataVersion() const
{
    // On a server, a count of the other clients' commits the server has
    // announced (see ChangeNotices): listening starts at the first call, so
    // a command that never asks never listens.
    if (isServer()) {
        if (!m_listening) {
            m_listening = ChangeNotices::listen(connection());
            if (!m_listening)
                return std::nullopt;
        }
        m_othersCommits += ChangeNotices::takeOthers(connection());
        return m_othersCommits;
    }
    QSqlQuery query(connection());
    if (query.exec(QStringLiteral("PRAGMA data_version")) && query.next())
        return query.value(0).toLongLong();
    return std::nullopt;
}

Database::OpenResult Database::open(const QString &path, const Options &options)
{
    if (ServerAddress::isServerAddress(path))
        return openServer(path, false);
    const QFileInfo info(path);
    const QString shown = nativePath(path);
    if (!info.exists()) {
        return {nullptr, {OpenError::Kind::NotFound, tr("%1 does not exist.").arg(shown)}};
    }
    if (!info.isFile() || info.size() == 0 || !hasSqliteHeader(path)) {
        return {nullptr,
                {OpenError::Kind::NotAWorkbench,
                 tr("%1 is not a Yardstick workbench (it is not a SQLite database).").arg(shown)}};
    }
    // Every edit is saved at once, so a workbench we cannot write is one whose
    // edits would be lost: refuse it up front rather than fail at the first edit.
    // A file with every write bit cleared is read-only by the user's choice,
    // even to root, who could write it anyway.
    const auto writeBits = QFile::WriteOwner | QFile::WriteGroup | QFile::WriteOther;
    if (!info.isWritable() || !(info.permissions() & writeBits)) {
        return {nullptr,
                {OpenError::Kind::ReadOnly,
                 tr("%1 is read-only. Yardstick saves every edit as you make it, so it needs "
                    "permission to write the file. Copy it somewhere writable and open the copy.")
                     .arg(shown)}};
    }
    if (!QFileInfo(info.absolutePath()).isWritable()) {
        return {nullptr,
                {OpenError::Kind::ReadOnly,
                 tr("The folder of %1 is read-only. Yardstick keeps a journal beside the "
                    "workbench, so it needs to write in that folder. Copy the file somewhere "
                    "writable and open the copy.")
                     .arg(shown)}};
    }
    return openConnection(path, options, false);
}

Database::OpenResult Database::create(const QString &path)
{
    if (ServerAddress::isServerAddress(path))
        return openServer(path, true);
    const QString shown = nativePath(path);
    if (QFileInfo::exists(path)) {
        return {nullptr, {OpenError::Kind::AlreadyExists, tr("%1 already exists.").arg(shown)}};
    }
    QFile probe(path);
    if (!probe.open(QIODevice::WriteOnly)) {
        return {nullptr,
                {OpenError::Kind::CannotWrite,
                 tr("Cannot create %1: %2").arg(shown, probe.errorString())}};
    }
    probe.close();
    OpenResult result = openConnection(path, Options(), true);
    if (!result.database)
        QFile::remove(path);
    return result;
}

Database::OpenResult Database::createInMemory()
{
    return openConnection(QStringLiteral(":memory:"), Options(), true);
}

Database::OpenResult Database::openConnection(const QString &path, const Options &options,
                                              bool creating)
{
    const QString shown = nativePath(path);
    const QString connectionName = QStringLiteral("yardstick-") + QUuid::createUuid().toString();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(options.busyTimeoutMs));
    }
    std::unique_ptr<Database> database(new Database(path, connectionName));
    QSqlDatabase db = database->connection();
    auto fail = [&](OpenError::Kind kind, const QString &message) -> OpenResult {
        return {nullptr, {kind, message}};
    };
    auto lockedOr = [&](const QSqlError &error, OpenError::Kind kind,
                        const QString &message) -> OpenResult {
        if (BusyError::isBusy(error)) {
            return fail(OpenError::Kind::Locked,
                        tr("%1 is locked by another program. Close it there, or wait until it "
                           "has finished, and try again.")
                            .arg(shown));
        }
        return fail(kind, message);
    };

    if (!db.open()) {
        return fail(OpenError::Kind::CannotWrite,
                    tr("Cannot open %1: %2").arg(shown, db.lastError().text()));
    }

    QSqlQuery query(db);
    if (!creating) {
        if (!query.exec(QStringLiteral("PRAGMA application_id")) || !query.next()) {
            return lockedOr(
                query.lastError(), OpenError::Kind::NotAWorkbench,
                tr("%1 is not a Yardstick workbench (%2).").arg(shown, query.lastError().text()));
        }
        if (query.value(0).toInt() != kApplicationId) {
            return fail(OpenError::Kind::NotAWorkbench,
                        tr("%1 is a SQLite database, but not a Yardstick workbench.").arg(shown));
        }
        const int version = database->schemaVersion();
        if (version > Migrations::latestVersion()) {
            return fail(OpenError::Kind::NewerSchema,
                        tr("%1 was saved by a newer version of Yardstick (workbench format %2; "
                           "this version reads up to %3). Update Yardstick to open it.")
                            .arg(shown)
                            .arg(version)
                            .arg(Migrations::latestVersion()));
        }
        // quick_check reads every page: cheap for a catalogue-sized file, a
        // second or more for a million cases. Large files get the schema
        // check only (done above); SQLite still reports a damaged page as an
        // error whenever one is read, it never returns wrong data silently.
        const bool checkEveryPage = QFileInfo(path).size() <= kFullCheckBytes;
        if (checkEveryPage && (!query.exec(QStringLiteral("PRAGMA quick_check")) || !query.next() ||
                               query.value(0).toString() != QLatin1String("ok"))) {
            return lockedOr(query.lastError(), OpenError::Kind::Corrupt,
                            tr("%1 is damaged and cannot be opened safely (integrity check "
                               "failed).")
                                .arg(shown));
        }
        // Take and drop the write lock now: a file another program is writing
        // is reported here, before the user starts editing.
        if (!query.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
            return lockedOr(query.lastError(), OpenError::Kind::CannotWrite,
                            tr("Cannot write to %1: %2").arg(shown, query.lastError().text()));
        }
        query.exec(QStringLiteral("ROLLBACK"));
    }

    if (!query.exec(QStringLiteral("PRAGMA foreign_keys = ON"))) {
        return fail(OpenError::Kind::CannotWrite, query.lastError().text());
    }
    if (creating) {
        // 32 KiB pages instead of SQLite's 4 KiB: fewer b-tree splits and
        // page writes make a million-case import a third faster (measured
        // with tests/benchmarks/importbench.cpp: 16 KiB gave most of it,
        // 64 KiB nothing more), and reading is no slower; a small workbench
        // grows by a few per cent. Only an empty file can take it, and only
        // before WAL is on; existing workbenches keep theirs.
        query.exec(QStringLiteral("PRAGMA page_size = 32768"));
    }
    if (path != QLatin1String(":memory:")) {
        if (!query.exec(QStringLiteral("PRAGMA journal_mode = WAL"))) {
            return lockedOr(query.lastError(), OpenError::Kind::CannotWrite,
                            tr("Cannot write to %1: %2").arg(shown, query.lastError().text()));
        }
        query.finish();
        // WAL with NORMAL sync is durable across application crashes; only a
        // power cut can lose the very last commit.
        query.exec(QStringLiteral("PRAGMA synchronous = NORMAL"));
    }
    if (creating) {
        // The value is this program's constant, not input; PRAGMA binds nothing.
        if (!query.exec(QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId))) {
            return fail(OpenError::Kind::CannotWrite, query.lastError().text());
        }
    }
    const QString upgradeError = Migrations::upgrade(db);
    if (!upgradeError.isEmpty()) {
        return fail(OpenError::Kind::CannotWrite,
                    tr("Cannot prepare %1: %2").arg(shown, upgradeError));
    }
    return {std::move(database), {}};
}

QString Database::copyTo(const QString &path) const
{
    if (isServer())
        return tr("Copying a server workbench is not yet supported.");
    QSqlQuery query(connection());
    query.prepare(QStringLiteral("VACUUM INTO ?"));
    query.addBindValue(path);
    if (!query.exec())
        return query.lastError().text();
    return {};
}

Database::OpenResult Database::openServer(const QString &uri, bool creating)
{
    const QString shown = ServerAddress::shown(uri);
    auto fail = [](OpenError::Kind kind, const QString &message) -> OpenResult {
        return {nullptr, {kind, message}};
    };
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL"))) {
        return fail(OpenError::Kind::CannotWrite,
                    tr("Cannot open %1: Qt's PostgreSQL driver is not installed (on Debian: "
                       "libqt6sql6-psql).")
                        .arg(shown));
    }
    const QString connectionName = QStringLiteral("yardstick-") + QUuid::createUuid().toString();
    QString addressError;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
        addressError = ServerAddress::configure(db, uri);
    }
    std::unique_ptr<Database> database(new Database(uri, connectionName));
    if (!addressError.isEmpty())
        return fail(OpenError::Kind::NotFound, addressError);
    QSqlDatabase db = database->connection();
    if (!db.open()) {
        const QString reason = db.lastError().text().trimmed();
        // libpq's words when the server wants a password it did not get or
        // refused the one given (its messages are not translated here).
        const bool password = reason.contains(QLatin1String("no password supplied")) ||
                              reason.contains(QLatin1String("password authentication failed"));
        return fail(password ? OpenError::Kind::PasswordNeeded : OpenError::Kind::NotFound,
                    tr("Cannot connect to %1: %2").arg(shown, reason));
    }

    // The check, the mark and every migration in one transaction: another
    // client creating a workbench in the same database at the same moment
    // makes one of the two fail, never a mixture.
    Transaction transaction(db);
    if (!transaction.isActive())
        return fail(OpenError::Kind::CannotWrite, transaction.beginError());
    QSqlQuery query(db);
    const QString mark = QLatin1String(PostgresqlDialect::kMarkTable);
    query.prepare(QStringLiteral(
        "SELECT count(*), count(*) FILTER (WHERE table_name = ?) FROM information_schema.tables "
        "WHERE table_schema NOT IN ('pg_catalog', 'information_schema')"));
    query.addBindValue(mark);
    if (!query.exec() || !query.next()) {
        return fail(OpenError::Kind::CannotWrite,
                    tr("Cannot read %1: %2").arg(shown, query.lastError().text()));
    }
    const int tables = query.value(0).toInt();
    const bool marked = query.value(1).toInt() > 0;
    query.finish();
    if (creating) {
        if (marked) {
            return fail(OpenError::Kind::AlreadyExists,
                        tr("%1 already holds a Yardstick workbench.").arg(shown));
        }
        if (tables > 0) {
            return fail(OpenError::Kind::AlreadyExists,
                        tr("%1 already holds %2 other tables. A team workbench is created only in "
                           "an empty database: create one for it (createdb) and give its address.")
                            .arg(shown)
                            .arg(tables));
        }
        if (!query.exec(QStringLiteral("CREATE TABLE %1 (application_id INTEGER NOT NULL, "
                                       "schema_version INTEGER NOT NULL)")
                            .arg(mark)) ||
            !query.exec(
                QStringLiteral("INSERT INTO %1 VALUES (%2, 0)").arg(mark).arg(kApplicationId))) {
            return fail(
                OpenError::Kind::CannotWrite,
                tr("Cannot create a workbench in %1: %2").arg(shown, query.lastError().text()));
        }
    } else {
        if (!marked) {
            return fail(
                OpenError::Kind::NotAWorkbench,
                tr("%1 is a PostgreSQL database, but not a Yardstick workbench.").arg(shown));
        }
        const int version = database->schemaVersion();
        if (version > Migrations::latestVersion()) {
            return fail(OpenError::Kind::NewerSchema,
                        tr("%1 was saved by a newer version of Yardstick (workbench format %2; "
                           "this version reads up to %3). Update Yardstick to open it.")
                            .arg(shown)
                            .arg(version)
                            .arg(Migrations::latestVersion()));
        }
    }
    if (const QString error = Migrations::upgrade(db); !error.isEmpty())
        return fail(OpenError::Kind::CannotWrite, tr("Cannot prepare %1: %2").arg(shown, error));
    if (const QString error = transaction.commit(); !error.isEmpty())
        return fail(OpenError::Kind::CannotWrite, tr("Cannot prepare %1: %2").arg(shown, error));
    return {std::move(database), {}};
}

} // namespace Yardstick
