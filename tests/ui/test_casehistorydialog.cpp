// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
// File › Case History… shows what next week's export changed in a case.
#include "catchqt.h"
#include "dialogs/casehistorydialog.h"
#include "mainwindow/importcontroller.h"
#include "mainwindow/mainwindow.h"
#include "usecases/caseimportservice.h"
#include "workbench/workbench.h"

#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Yardstick;

namespace {

const QByteArray kHeader =
    "service,case_id,received,completed,right_first_time,department,key_customer\n";

QString writeFile(const QTemporaryDir &dir, const char *name, const QByteArray &bytes)
{
    const QString path = dir.filePath(QString::fromLatin1(name));
    QFile out(path);
    REQUIRE(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
    out.write(bytes);
    return path;
}

QStringList rowOf(const QTableWidget *table, int row)
{
    QStringList cells;
    for (int column = 0; column < table->columnCount(); ++column)
        cells.append(table->item(row, column)->text());
    return cells;
}

} // namespace

TEST_CASE("the case history dialog shows a case's stored values and each change by re-import",
          "[ui][casehistory]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("weekly.yardstick"));
    {
        Workbench::OpenResult made = Workbench::create(path);
        REQUIRE(made.workbench);
        Service service{0, QStringLiteral("APP"), QStringLiteral("Application processing"), {}};
        REQUIRE(made.workbench->services().insert(service).ok());
        CaseImportService &imports = made.workbench->caseImports();
        // Open in the first week, resolved in the second.
        REQUIRE(
            imports
                .importCases(writeFile(dir, "week1.csv", kHeader + "APP,A-1,2026-11-02,,yes,,no\n"),
                             {}, {})
                .committed);
        const ImportSummary second = imports.importCases(
            writeFile(dir, "week2.csv", kHeader + "APP,A-1,2026-11-02,2026-11-09,no,,no\n"), {},
            {});
        REQUIRE(second.updated == 1);
    }
    QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    MainWindow window(settings);
    window.show();
    REQUIRE(window.openWorkbench(path));

    QAction *action = window.imports()->caseHistoryAction();
    REQUIRE(action->isEnabled());
    action->trigger();
    CaseHistoryDialog *dialog = nullptr;
    REQUIRE(QTest::qWaitFor([&] {
        dialog = window.findChild<CaseHistoryDialog *>();
        return dialog && dialog->isVisible();
    }));

    SECTION("a case that changed")
    {
        dialog->caseIdEdit()->setText(QStringLiteral("A-1"));
        QTest::keyClick(dialog->caseIdEdit(), Qt::Key_Return);
        REQUIRE(dialog->casesTable()->rowCount() == 1);
        const QStringList stored = rowOf(dialog->casesTable(), 0);
        CHECK(stored.at(0) == QStringLiteral("Application processing"));
        CHECK(stored.at(3) == QStringLiteral("no"));
        CHECK(stored.at(2) != QStringLiteral("open"));
        // Completed (open -> 9 November) and right first time (yes -> no).
        REQUIRE(dialog->changesTable()->rowCount() == 2);
        const QStringList completed = rowOf(dialog->changesTable(), 0);
        CHECK(completed.at(2) == QStringLiteral("week2.csv"));
        CHECK(completed.at(3) == QStringLiteral("Completed"));
        CHECK(completed.at(4) == QStringLiteral("(none)"));
        // As the import wizard shows dates: day, month spelled out, year.
        CHECK(completed.at(5) ==
              QLocale().toString(QDate(2026, 11, 9), QStringLiteral("d MMM yyyy")));
        const QStringList rightFirstTime = rowOf(dialog->changesTable(), 1);
        CHECK(rightFirstTime.at(3) == QStringLiteral("Right first time"));
        CHECK(rightFirstTime.at(4) == QStringLiteral("yes"));
        CHECK(rightFirstTime.at(5) == QStringLiteral("no"));
        CHECK(dialog->statusLabel()->text() == QStringLiteral("2 change(s) by re-imports."));
    }
    SECTION("a case id the workbench does not hold")
    {
        dialog->showCase(QStringLiteral("Z-9"));
        CHECK(dialog->casesTable()->rowCount() == 0);
        CHECK(dialog->statusLabel()->text() ==
              QStringLiteral("No case \"Z-9\" in this workbench."));
    }
    dialog->close();
}
