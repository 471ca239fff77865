// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later

// File → Connect to Team Workbench…: the address it makes from its fields,
// and its Test button against the PostgreSQL test server when there is one.
#include "catchqt.h"
#include "dialogs/connectdialog.h"
#include "support/pgtestdatabase.h"
#include "workbench/workbench.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QUrl>

using namespace Yardstick;

namespace {

void fill(ConnectDialog &dialog, const QString &host, int port, const QString &database,
          const QString &user, const QString &password = {})
{
    dialog.findChild<QLineEdit *>(QStringLiteral("host"))->setText(host);
    dialog.findChild<QSpinBox *>(QStringLiteral("port"))->setValue(port);
    dialog.findChild<QLineEdit *>(QStringLiteral("database"))->setText(database);
    dialog.findChild<QLineEdit *>(QStringLiteral("user"))->setText(user);
    dialog.findChild<QLineEdit *>(QStringLiteral("password"))->setText(password);
}

} // namespace

TEST_CASE("the connect dialog makes a postgresql:// address and needs a database and a user",
          "[ui][postgresql]")
{
    ConnectDialog dialog;
    QPushButton *test = dialog.findChild<QPushButton *>(QStringLiteral("test"));
    REQUIRE(test);
    fill(dialog, QStringLiteral("db.example"), 5433, QString(), QStringLiteral("ann"));
    CHECK_FALSE(test->isEnabled());
    fill(dialog, QStringLiteral("db.example"), 5433, QStringLiteral("qa_team"),
         QStringLiteral("ann"));
    CHECK(test->isEnabled());
    CHECK(dialog.address() == QStringLiteral("postgresql://ann@db.example:5433/qa_team"));
    // A password with characters a URI reserves is encoded, not cut.
    fill(dialog, QStringLiteral("db.example"), 5433, QStringLiteral("qa_team"),
         QStringLiteral("ann"), QStringLiteral("p@ss/word"));
    CHECK(dialog.address() ==
          QStringLiteral("postgresql://ann:p%40ss%2Fword@db.example:5433/qa_team"));
}

TEST_CASE("the connect dialog's Test says what it found on the server", "[ui][postgresql]")
{
    if (PgTestDatabase::clusterUri().isEmpty()) {
        WARN("Skipped: no PostgreSQL test server (YARDSTICK_TEST_PG_URI is unset; "
             "scripts/dev test starts one).");
        return;
    }
    PgTestDatabase server;
    REQUIRE(server.isValid());
    const QUrl cluster(PgTestDatabase::clusterUri());
    const QString database = QUrl(server.uri()).path().mid(1);
    ConnectDialog dialog;
    fill(dialog, cluster.host(), cluster.port(5432), database, cluster.userName());
    dialog.test();
    // An empty database is not a workbench yet: refused in words.
    CHECK_FALSE(dialog.testResult().startsWith(QStringLiteral("Connected")));
    REQUIRE(Workbench::create(server.uri()).workbench);
    dialog.test();
    CHECK(dialog.testResult() == QStringLiteral("Connected: a team workbench with 0 standard(s)."));
}
