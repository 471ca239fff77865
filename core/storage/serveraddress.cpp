// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "serveraddress.h"

#include <QStringList>
#include <QUrl>

#include <libpq-fe.h>

namespace Yardstick {

bool ServerAddress::isServerAddress(const QString &text)
{
    return text.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive) ||
           text.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

QString ServerAddress::shown(const QString &uri)
{
    const QUrl url(uri);
    if (!url.isValid())
        return uri;
    return url.toString(QUrl::RemovePassword);
}

QString ServerAddress::withPassword(const QString &uri, const QString &password)
{
    QUrl url(uri);
    if (!url.isValid())
        return uri;
    url.setPassword(password);
    return url.toString();
}

bool ServerAddress::hasPassword(const QString &uri)
{
    const QUrl url(uri);
    return url.isValid() && !url.password().isEmpty();
}

QString ServerAddress::configure(QSqlDatabase &db, const QString &uri)
{
    // libpq itself reads the URI, so every form it accepts works here.
    char *error = nullptr;
    PQconninfoOption *options = PQconninfoParse(uri.toUtf8().constData(), &error);
    if (!options) {
        const QString reason = error ? QString::fromUtf8(error).trimmed() : QString();
        PQfreemem(error);
        return tr("%1 is not a PostgreSQL connection address: %2").arg(shown(uri), reason);
    }
    QStringList rest;
    QString problem;
    for (const PQconninfoOption *option = options; option->keyword; ++option) {
        if (!option->val)
            continue;
        const QString key = QString::fromUtf8(option->keyword);
        const QString value = QString::fromUtf8(option->val);
        if (key == QLatin1String("host") || key == QLatin1String("hostaddr")) {
            db.setHostName(value);
        } else if (key == QLatin1String("port")) {
            bool ok = false;
            const int port = value.toInt(&ok);
            if (!ok)
                problem = tr("the port \"%1\" is not a number").arg(value);
            db.setPort(port);
        } else if (key == QLatin1String("dbname")) {
            db.setDatabaseName(value);
        } else if (key == QLatin1String("user")) {
            db.setUserName(value);
        } else if (key == QLatin1String("password")) {
            db.setPassword(value);
        } else if (value.contains(QLatin1Char(';'))) {
            // Qt's driver turns every ';' of its options into a separator.
            problem = tr("the option %1 contains a semicolon").arg(key);
        } else {
            QString quoted = value;
            quoted.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
                .replace(QLatin1Char('\''), QLatin1String("\\'"));
            rest.append(key + QLatin1String("='") + quoted + QLatin1Char('\''));
        }
    }
    PQconninfoFree(options);
    if (!problem.isEmpty())
        return tr("%1 cannot be used: %2.").arg(shown(uri), problem);
    db.setConnectOptions(rest.join(QLatin1Char(';')));
    return {};
}

} // namespace Yardstick
