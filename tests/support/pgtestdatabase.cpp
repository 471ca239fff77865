// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pgtestdatabase.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUuid>
#include <QVariant>

#include <functional>

namespace {

// Runs work on a connection to dbname on the cluster, then closes it.
QString onConnection(const QString &dbname, const std::function<QString(QSqlDatabase &)> &work)
{
    const QUrl cluster(PgTestDatabase::clusterUri());
    const QString name = QStringLiteral("pgtest-") + QUuid::createUuid().toString();
    QString result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(cluster.host());
        db.setPort(cluster.port(5432));
        db.setUserName(cluster.userName());
        db.setDatabaseName(dbname);
        result = db.open() ? work(db) : db.lastError().text();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

} // namespace

QString PgTestDatabase::clusterUri()
{
    return qEnvironmentVariable("YARDSTICK_TEST_PG_URI");
}

PgTestDatabase::PgTestDatabase()
    : PgTestDatabase(QString())
{}

PgTestDatabase::PgTestDatabase(const QString &templateName)
{
    if (clusterUri().isEmpty()) {
        m_error = QStringLiteral("YARDSTICK_TEST_PG_URI is not set");
        return;
    }
    const QString name =
        QStringLiteral("yardstick_test_") + QUuid::createUuid().toString(QUuid::Id128).left(16);
    m_error = onConnection(QStringLiteral("postgres"), [&name, &templateName](QSqlDatabase &db) {
        QSqlQuery create(db);
        // The names are made by the tests, from letters and hex digits:
        // nothing to quote.
        const QString sql =
            QStringLiteral("CREATE DATABASE ") + name +
            (templateName.isEmpty() ? QString() : QStringLiteral(" TEMPLATE ") + templateName);
        return create.exec(sql) ? QString() : create.lastError().text();
    });
    if (!m_error.isEmpty())
        return;
    m_name = name;
    QUrl url(clusterUri());
    url.setPath(QLatin1Char('/') + name);
    m_uri = url.toString();
}

PgTestDatabase::~PgTestDatabase()
{
    if (m_name.isEmpty())
        return;
    const QString name = m_name;
    const QStringList roles = m_roles;
    onConnection(QStringLiteral("postgres"), [&name, &roles](QSqlDatabase &db) {
        QSqlQuery drop(db);
        // FORCE: a connection a failed test left open does not keep it.
        drop.exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name));
        // The database held the roles' privileges; with it gone they go too.
        for (QString role : roles) {
            role.replace(QLatin1Char('"'), QStringLiteral("\"\""));
            drop.exec(QStringLiteral("DROP ROLE IF EXISTS \"%1\"").arg(role));
        }
        return QString();
    });
}

QString PgTestDatabase::uriAs(const QString &user) const
{
    QUrl url(m_uri);
    url.setUserName(user);
    return url.toString();
}

bool PgTestDatabase::dropIfUnused()
{
    if (m_name.isEmpty())
        return true;
    const QString name = m_name;
    const QString error = onConnection(QStringLiteral("postgres"), [&name](QSqlDatabase &db) {
        QSqlQuery drop(db);
        return drop.exec(QStringLiteral("DROP DATABASE IF EXISTS %1").arg(name))
                   ? QString()
                   : drop.lastError().text();
    });
    if (!error.isEmpty())
        return false;
    m_name.clear();
    return true;
}

bool PgTestDatabase::becomeTemplate(const QString &name)
{
    const QString from = m_name;
    const QString error =
        onConnection(QStringLiteral("postgres"), [&from, &name](QSqlDatabase &db) {
            QSqlQuery rename(db);
            return rename.exec(QStringLiteral("ALTER DATABASE %1 RENAME TO %2").arg(from, name))
                       ? QString()
                       : rename.lastError().text();
        });
    if (!error.isEmpty())
        return false;
    m_name.clear();
    return true;
}

bool PgTestDatabase::exists(const QString &name)
{
    bool found = false;
    onConnection(QStringLiteral("postgres"), [&name, &found](QSqlDatabase &db) {
        QSqlQuery query(db);
        query.prepare(QStringLiteral("SELECT 1 FROM pg_database WHERE datname = ?"));
        query.addBindValue(name);
        found = query.exec() && query.next();
        return QString();
    });
    return found;
}

QStringList PgTestDatabase::query(const QString &sql)
{
    QStringList rows;
    m_error = onConnection(m_name, [&sql, &rows](QSqlDatabase &db) {
        QSqlQuery query(db);
        if (!query.exec(sql))
            return query.lastError().text();
        while (query.isSelect() && query.next())
            rows.append(query.value(0).toString());
        return QString();
    });
    return rows;
}
