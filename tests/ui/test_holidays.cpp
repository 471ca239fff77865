// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "catchqt.h"
#include "dialogs/holidaysdialog.h"
#include "dialogs/workbenchpropertiesdialog.h"
#include "mainwindow/mainwindow.h"
#include "workbench/workbench.h"

#include <QAction>
#include <QApplication>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Yardstick;

namespace {

struct Fixture
{
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("holidays.yardstick"));
    QSettings settings{dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat};
    std::unique_ptr<MainWindow> window;

    Fixture()
    {
        REQUIRE(Workbench::create(path).workbench);
        window = std::make_unique<MainWindow>(settings);
        window->show();
        window->activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(window.get()));
        REQUIRE(window->openWorkbench(path));
    }

    HolidaysDialog *openDialog()
    {
        REQUIRE(window->holidaysAction()->isEnabled());
        window->holidaysAction()->trigger();
        HolidaysDialog *dialog = nullptr;
        REQUIRE(QTest::qWaitFor([&] {
            dialog = window->findChild<HolidaysDialog *>();
            return dialog != nullptr && dialog->isVisible();
        }));
        // A dialog counts as active while its parent is (QWindow::isActive),
        // so wait for the dialog itself to have the focus: no window manager
        // gives it offscreen.
        dialog->activateWindow();
        REQUIRE(QTest::qWaitFor([&] { return QApplication::activeWindow() == dialog; }));
        return dialog;
    }

    QList<Holiday> holidays() const { return window->workbench()->holidays().all(); }
};

// Picks the day, types the name as the analyst would, and presses Enter.
void addWithKeyboard(HolidaysDialog *dialog, QDate day, const QString &name)
{
    // The date edit's own keyboard handling is Qt's; set the day it shows.
    dialog->dayEdit()->setDate(day);
    QLineEdit *nameEdit = dialog->nameEdit();
    nameEdit->setFocus();
    QTest::keyClicks(nameEdit, name);
    QTest::keyClick(nameEdit, Qt::Key_Return);
}

void clickClose(HolidaysDialog *dialog)
{
    QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Close),
                      Qt::LeftButton);
}

QString writeFile(const QTemporaryDir &dir, const char *name, const QByteArray &text)
{
    const QString path = dir.filePath(QLatin1String(name));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(text);
    return path;
}

} // namespace

TEST_CASE("holidays are added, renamed and removed at once, and closing recomputes",
          "[ui][holidays]")
{
    Fixture f;
    QSignalSpy contentChanged(f.window.get(), &MainWindow::workbenchContentChanged);
    HolidaysDialog *dialog = f.openDialog();
    QTableWidget *table = dialog->table();
    CHECK(table->rowCount() == 0);
    CHECK_FALSE(dialog->addButton()->isEnabled()); // no name yet
    CHECK_FALSE(dialog->removeButton()->isEnabled());

    // Added out of order, listed by day, and in the file at once.
    addWithKeyboard(dialog, QDate(2025, 12, 26), QStringLiteral("Boxing Day"));
    addWithKeyboard(dialog, QDate(2025, 12, 25), QStringLiteral("Christmas"));
    const QList<Holiday> added = {{QDate(2025, 12, 25), QStringLiteral("Christmas")},
                                  {QDate(2025, 12, 26), QStringLiteral("Boxing Day")}};
    CHECK(f.holidays() == added);
    REQUIRE(table->rowCount() == 2);
    CHECK(table->item(0, 0)->data(Qt::UserRole).toDate() == QDate(2025, 12, 25));
    CHECK(table->item(0, 0)->text().startsWith(QStringLiteral("2025-12-25")));
    CHECK(table->item(1, 1)->text() == QStringLiteral("Boxing Day"));
    CHECK(dialog->changed());
    CHECK(contentChanged.isEmpty()); // recomputed once, when the dialog closes

    // A day already listed is renamed, and the button says so.
    dialog->dayEdit()->setDate(QDate(2025, 12, 25));
    CHECK(dialog->addButton()->text().contains(QStringLiteral("name")));
    dialog->nameEdit()->clear();
    addWithKeyboard(dialog, QDate(2025, 12, 25), QStringLiteral("Christmas Day"));
    CHECK(f.holidays().constFirst().name == QStringLiteral("Christmas Day"));
    CHECK(f.holidays().size() == 2);

    // Del removes the selected holiday.
    table->setFocus();
    table->selectRow(0);
    CHECK(dialog->removeButton()->isEnabled());
    QTest::keyClick(table, Qt::Key_Delete);
    const QList<Holiday> left = {{QDate(2025, 12, 26), QStringLiteral("Boxing Day")}};
    CHECK(f.holidays() == left);
    CHECK(table->rowCount() == 1);

    clickClose(dialog);
    REQUIRE(QTest::qWaitFor([&] { return contentChanged.size() == 1; }));
    CHECK(QTest::qWaitFor([&] { return f.window->findChild<HolidaysDialog *>() == nullptr; }));

    // Reopened from the file, the list is what was left.
    f.window.reset();
    Workbench::OpenResult reopened = Workbench::open(f.path);
    REQUIRE(reopened.workbench);
    CHECK(reopened.workbench->holidays().all() == left);
}

TEST_CASE("the holidays entry needs a workbench, and closing without a change recomputes nothing",
          "[ui][holidays]")
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    {
        MainWindow empty(settings);
        CHECK_FALSE(empty.holidaysAction()->isEnabled());
    }

    Fixture f;
    QSignalSpy contentChanged(f.window.get(), &MainWindow::workbenchContentChanged);
    HolidaysDialog *dialog = f.openDialog();
    QTest::keyClick(dialog, Qt::Key_Escape);
    REQUIRE(QTest::qWaitFor([&] { return f.window->findChild<HolidaysDialog *>() == nullptr; }));
    CHECK(contentChanged.isEmpty());

    // Opened again from the window and closed with the button: still nothing.
    f.window->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(f.window.get()));
    dialog = f.openDialog();
    clickClose(dialog);
    CHECK(contentChanged.isEmpty());
}

TEST_CASE("holidays import from a day,name CSV file, all or nothing", "[ui][holidays]")
{
    Fixture f;
    HolidaysDialog *dialog = f.openDialog();

    const QString bad =
        writeFile(f.dir, "bad.csv", "day,name\n2025-01-01,New Year's Day\nsoon,Founders' Day\n");
    const QString error = dialog->importCsv(bad);
    CHECK(error.contains(QStringLiteral("line 3")));
    CHECK(error.contains(QStringLiteral("soon")));
    CHECK(f.holidays().isEmpty());
    CHECK_FALSE(dialog->changed());

    const QString good = writeFile(f.dir, "good.csv",
                                   "Name,Day\r\nChristmas Day,2025-12-25\r\n"
                                   "\"New Year's Day\",2025-01-01\r\n");
    CHECK(dialog->importCsv(good).isEmpty());
    const QList<Holiday> imported = {{QDate(2025, 1, 1), QStringLiteral("New Year's Day")},
                                     {QDate(2025, 12, 25), QStringLiteral("Christmas Day")}};
    CHECK(f.holidays() == imported);
    CHECK(dialog->table()->rowCount() == 2);
    CHECK(dialog->table()->selectionModel()->selectedRows().size() == 2);
    CHECK(dialog->message().contains(QStringLiteral("Imported 2 holiday")));
    CHECK(dialog->changed());

    const QString noColumns = writeFile(f.dir, "plain.csv", "date,holiday\n2025-01-01,X\n");
    CHECK(dialog->importCsv(noColumns).contains(QStringLiteral("day and name")));
}

TEST_CASE("the workbench's title and organisation are edited in its properties", "[ui][properties]")
{
    Fixture f;
    QSignalSpy changed(f.window.get(), &MainWindow::workbenchContentChanged);
    REQUIRE(f.window->propertiesAction()->isEnabled());
    f.window->propertiesAction()->trigger();
    WorkbenchPropertiesDialog *dialog = nullptr;
    REQUIRE(QTest::qWaitFor([&] {
        dialog = f.window->findChild<WorkbenchPropertiesDialog *>();
        return dialog != nullptr && dialog->isVisible();
    }));
    dialog->titleEdit()->selectAll();
    QTest::keyClicks(dialog->titleEdit(), QStringLiteral("Card division 2026"));
    QTest::keyClicks(dialog->organisationEdit(), QStringLiteral("  Card Division QA "));
    // Commas or semicolons, spaces: kept as the codes alone.
    QTest::keyClicks(dialog->headlinesEdit(), QStringLiteral("APP-T-01, CR-T-03 ;"));
    dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();

    PropertyRepository &properties = f.window->workbench()->properties();
    CHECK(properties.value(QLatin1String(PropertyRepository::kTitle)) ==
          QStringLiteral("Card division 2026"));
    // Trimmed: what a footer prints.
    CHECK(properties.value(QLatin1String(PropertyRepository::kOrganisation)) ==
          QStringLiteral("Card Division QA"));
    CHECK(properties.value(QLatin1String(PropertyRepository::kHeadlineStandards)) ==
          QStringLiteral("APP-T-01;CR-T-03"));
    CHECK(f.window->windowTitle().startsWith(QStringLiteral("Card division 2026")));
    CHECK(changed.count() == 1);
}

TEST_CASE("a property another window changed since the dialog opened is not saved over",
          "[ui][properties]")
{
    Fixture f;
    f.window->propertiesAction()->trigger();
    WorkbenchPropertiesDialog *dialog = nullptr;
    REQUIRE(QTest::qWaitFor([&] {
        dialog = f.window->findChild<WorkbenchPropertiesDialog *>();
        return dialog != nullptr && dialog->isVisible();
    }));
    // Another program renames the workbench while the dialog is open.
    {
        Workbench::OpenResult other = Workbench::open(f.path);
        REQUIRE(other.workbench);
        REQUIRE(other.workbench->properties()
                    .setValue(QLatin1String(PropertyRepository::kTitle),
                              QStringLiteral("Renamed elsewhere"))
                    .ok());
    }
    dialog->titleEdit()->setText(QStringLiteral("Mine"));
    dialog->organisationEdit()->setText(QStringLiteral("Card Division QA"));
    dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    // Refused: the dialog stays, says why and shows theirs; nothing written.
    CHECK(dialog->isVisible());
    CHECK(dialog->titleEdit()->text() == QStringLiteral("Renamed elsewhere"));
    PropertyRepository &properties = f.window->workbench()->properties();
    CHECK(properties.value(QLatin1String(PropertyRepository::kTitle)) ==
          QStringLiteral("Renamed elsewhere"));
    CHECK(properties.value(QLatin1String(PropertyRepository::kOrganisation)).isEmpty());
    // OK again writes the field the analyst changed and no other.
    dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    CHECK(properties.value(QLatin1String(PropertyRepository::kTitle)) ==
          QStringLiteral("Renamed elsewhere"));
    CHECK(properties.value(QLatin1String(PropertyRepository::kOrganisation)) ==
          QStringLiteral("Card Division QA"));
}
