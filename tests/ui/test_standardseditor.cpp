// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "catchqt.h"
#include "dialogs/standarddialog.h"
#include "itemmodels/rolefilterproxymodel.h"
#include "mainwindow/mainwindow.h"
#include "views/standardsview.h"
#include "workbench/workbench.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QUndoStack>

using namespace Yardstick;

namespace {

// A workbench file with the reference data a standard needs.
void makeWorkbench(const QString &path)
{
    Workbench::OpenResult made = Workbench::create(path);
    REQUIRE(made.workbench);
    Service service{0, QStringLiteral("APP"), QStringLiteral("Application processing"), {}};
    REQUIRE(made.workbench->services().insert(service).ok());
    Department department{0, QStringLiteral("NA"), QStringLiteral("New Accounts")};
    REQUIRE(made.workbench->departments().insert(department).ok());
    Dimension dimension{0, QStringLiteral("timeliness"), QStringLiteral("Timeliness"), true, {}};
    REQUIRE(made.workbench->dimensions().insert(dimension).ok());
}

struct Fixture
{
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("catalogue.yardstick"));
    QSettings settings{dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat};
    std::unique_ptr<MainWindow> window;

    Fixture()
    {
        makeWorkbench(path);
        window = std::make_unique<MainWindow>(settings);
        window->show();
        window->activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(window.get()));
        REQUIRE(window->openWorkbench(path));
        window->showSection(MainWindow::Section::Standards);
    }

    StandardDialog *openDialog()
    {
        StandardDialog *dialog = nullptr;
        REQUIRE(QTest::qWaitFor([&] {
            dialog = window->findChild<StandardDialog *>();
            return dialog != nullptr && dialog->isVisible();
        }));
        return dialog;
    }

    // Keys go where the analyst works: the standards table has the focus (a
    // text field would take Ctrl+Z for its own text, as it should).
    void shortcut(int key, Qt::KeyboardModifiers modifiers)
    {
        // The offscreen platform has no window manager to give the focus back
        // to the main window when a dialog closes; do what one would.
        window->activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(window.get()));
        QTableView *table = window->standardsView()->table();
        table->setFocus();
        QTest::keyClick(table, Qt::Key(key), modifiers);
    }

    QMessageBox *message() const { return window->findChild<QMessageBox *>(); }
};

void typeInto(QWidget *widget, const QString &text)
{
    widget->setFocus();
    QTest::keyClick(widget, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(widget, text);
}

void typeValue(QDoubleSpinBox *spin, const QString &text)
{
    spin->setFocus();
    spin->selectAll();
    QTest::keyClicks(spin, text);
    QTest::keyClick(spin, Qt::Key_Tab);
}

void clickOk(StandardDialog *dialog)
{
    QPushButton *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    INFO(dialog->problems().join(QLatin1Char('\n')).toStdString());
    REQUIRE(ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);
}

QString catalogueTitle(Workbench &workbench)
{
    const QList<Standard> all = workbench.catalogue().standards();
    return all.size() == 1 ? all.constFirst().title : QString();
}

} // namespace

TEST_CASE("the standards editor adds, edits, undoes and redoes, and the file keeps the edit",
          "[ui][standards]")
{
    Fixture f;
    StandardsView *view = f.window->standardsView();
    QTableView *table = view->table();
    REQUIRE(table->model()->rowCount() == 0);

    // Add with the keyboard shortcut and the form.
    f.shortcut(Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
    StandardDialog *dialog = f.openDialog();
    typeInto(dialog->findChild<QLineEdit *>(QStringLiteral("codeEdit")),
             QStringLiteral("APP-T-09"));
    typeInto(dialog->findChild<QLineEdit *>(QStringLiteral("titleEdit")),
             QStringLiteral("Mean time to decide an application"));
    typeValue(dialog->findChild<QDoubleSpinBox *>(QStringLiteral("targetSpin")),
              QStringLiteral("15"));
    typeValue(dialog->findChild<QDoubleSpinBox *>(QStringLiteral("thresholdSpin")),
              QStringLiteral("20"));
    clickOk(dialog);

    REQUIRE(table->model()->rowCount() == 1);
    const QList<Standard> afterAdd = f.window->workbench()->catalogue().standards();
    REQUIRE(afterAdd.size() == 1);
    CHECK(afterAdd.constFirst().code == QStringLiteral("APP-T-09"));
    CHECK(afterAdd.constFirst().target() == 15);
    CHECK(afterAdd.constFirst().threshold() == 20);
    CHECK(afterAdd.constFirst().unit == QStringLiteral("days"));

    // Edit the selected standard's title.
    view->selectStandard(afterAdd.constFirst().id);
    f.shortcut(Qt::Key_E, Qt::ControlModifier);
    dialog = f.openDialog();
    typeInto(dialog->findChild<QLineEdit *>(QStringLiteral("titleEdit")),
             QStringLiteral("Mean application processing time"));
    clickOk(dialog);
    Workbench &wb = *f.window->workbench();
    CHECK(catalogueTitle(wb) == QStringLiteral("Mean application processing time"));
    CHECK(table->model()->index(0, 1).data() == QStringLiteral("Mean application processing time"));

    // Undo the edit, then the add; redo both.
    REQUIRE(f.window->undoStack()->count() == 2);
    f.shortcut(Qt::Key_Z, Qt::ControlModifier);
    CHECK(catalogueTitle(wb) == QStringLiteral("Mean time to decide an application"));
    CHECK(table->model()->index(0, 1).data() ==
          QStringLiteral("Mean time to decide an application"));
    f.shortcut(Qt::Key_Z, Qt::ControlModifier);
    CHECK(wb.catalogue().standards().isEmpty());
    CHECK(table->model()->rowCount() == 0);
    f.shortcut(Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(catalogueTitle(wb) == QStringLiteral("Mean time to decide an application"));
    f.shortcut(Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(catalogueTitle(wb) == QStringLiteral("Mean application processing time"));
    CHECK(table->model()->rowCount() == 1);

    // Close the window (as the user quits) and read the file afresh.
    f.window->close();
    f.window.reset();
    Workbench::OpenResult reopened = Workbench::open(f.path);
    REQUIRE(reopened.workbench);
    CHECK(catalogueTitle(*reopened.workbench) ==
          QStringLiteral("Mean application processing time"));
}

TEST_CASE("the editor keeps OK disabled and says why while the standard is invalid",
          "[ui][standards]")
{
    Fixture f;
    f.window->standardsView()->newAction()->trigger();
    StandardDialog *dialog = f.openDialog();
    QPushButton *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    auto *problems = dialog->findChild<QLabel *>(QStringLiteral("problemsLabel"));
    CHECK_FALSE(ok->isEnabled()); // no code, no title yet
    typeInto(dialog->findChild<QLineEdit *>(QStringLiteral("codeEdit")), QStringLiteral("A-1"));
    typeInto(dialog->findChild<QLineEdit *>(QStringLiteral("titleEdit")), QStringLiteral("T"));
    typeValue(dialog->findChild<QDoubleSpinBox *>(QStringLiteral("targetSpin")),
              QStringLiteral("20"));
    typeValue(dialog->findChild<QDoubleSpinBox *>(QStringLiteral("thresholdSpin")),
              QStringLiteral("15"));
    // Lower is better (the default for turnaround), so threshold 15 < target 20 is wrong.
    CHECK_FALSE(ok->isEnabled());
    CHECK(problems->text().contains(QStringLiteral("threshold")));
    typeValue(dialog->findChild<QDoubleSpinBox *>(QStringLiteral("thresholdSpin")),
              QStringLiteral("25"));
    CHECK(ok->isEnabled());
    dialog->reject();
    CHECK(f.window->workbench()->catalogue().standards().isEmpty());
}

TEST_CASE("a standard with measurements is retired, not deleted, and retiring undoes",
          "[ui][standards]")
{
    Fixture f;
    Workbench &wb = *f.window->workbench();
    Standard s;
    s.code = QStringLiteral("APP-T-01");
    s.title = QStringLiteral("Mean application processing time");
    s.serviceId = wb.services().all().constFirst().id;
    s.dimensionId = wb.dimensions().all().constFirst().id;
    s.departmentId = wb.departments().all().constFirst().id;
    s.unit = QStringLiteral("days");
    s.revisions = {{QDate(2024, 1, 1), 15, 20, {}, {}, {}, {}}};
    REQUIRE(wb.catalogue().add(s).isEmpty());
    QList<Measurement> m = {{0, s.id, QDate(2024, 1, 1), QDate(2024, 1, 7), 18, 50, {}}};
    REQUIRE(wb.measurements().insertMany(m).ok());

    StandardsView *view = f.window->standardsView();
    view->selectStandard(s.id);
    view->deleteAction()->trigger();
    REQUIRE(f.message());
    CHECK(f.message()->text().contains(QStringLiteral("Retire")));
    CHECK(wb.catalogue().standard(s.id));

    view->retireAction()->trigger();
    CHECK(wb.catalogue().standard(s.id)->status == StandardStatus::Retired);
    CHECK(view->retireAction()->text().contains(QStringLiteral("Reinstate")));
    f.window->undoStack()->undo();
    CHECK(wb.catalogue().standard(s.id)->status == StandardStatus::Active);
}

TEST_CASE("the status filter narrows the standards table", "[ui][standards]")
{
    Fixture f;
    Workbench &wb = *f.window->workbench();
    for (const char *code : {"A-1", "A-2"}) {
        Standard s;
        s.code = QLatin1String(code);
        s.title = QStringLiteral("Turnaround");
        s.serviceId = wb.services().all().constFirst().id;
        s.dimensionId = wb.dimensions().all().constFirst().id;
        s.departmentId = wb.departments().all().constFirst().id;
        s.unit = QStringLiteral("days");
        s.revisions = {{QDate(2024, 1, 1), 15, 20, {}, {}, {}, {}}};
        if (s.code == QLatin1String("A-2")) {
            s.status = StandardStatus::Retired;
            s.retiredOn = QDate(2024, 6, 1);
        }
        REQUIRE(wb.catalogue().add(s).isEmpty());
    }
    QTableView *table = f.window->standardsView()->table();
    auto *status =
        f.window->standardsView()->findChild<QComboBox *>(QStringLiteral("statusFilter"));
    CHECK(table->model()->rowCount() == 2);
    status->setCurrentIndex(status->findData(int(StandardStatus::Retired)));
    REQUIRE(table->model()->rowCount() == 1);
    CHECK(table->model()->index(0, 0).data() == QStringLiteral("A-2"));
    auto *search =
        f.window->standardsView()->findChild<QLineEdit *>(QStringLiteral("standardsSearch"));
    status->setCurrentIndex(0);
    QTest::keyClicks(search, QStringLiteral("a-1"));
    REQUIRE(table->model()->rowCount() == 1);
    CHECK(table->model()->index(0, 0).data() == QStringLiteral("A-1"));
}

TEST_CASE("turnaround standards count calendar or business days, and the choice undoes",
          "[ui][standards]")
{
    Fixture f;
    Workbench &wb = *f.window->workbench();
    auto *details =
        f.window->standardsView()->findChild<QTextBrowser *>(QStringLiteral("standardDetails"));
    REQUIRE(details);

    // A new standard starts in calendar days; the analyst picks business days.
    f.shortcut(Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
    StandardDialog *dialog = f.openDialog();
    auto *basis = dialog->findChild<QComboBox *>(QStringLiteral("dayBasisCombo"));
    REQUIRE(basis);
    CHECK(basis->isEnabled()); // turnaround is the default metric
    CHECK(basis->currentData() == int(DayBasis::Calendar));
    typeInto(dialog->findChild<QLineEdit *>(QStringLiteral("codeEdit")),
             QStringLiteral("APP-T-02"));
    typeInto(dialog->findChild<QLineEdit *>(QStringLiteral("titleEdit")),
             QStringLiteral("Mean business days to decide an application"));
    typeValue(dialog->findChild<QDoubleSpinBox *>(QStringLiteral("targetSpin")),
              QStringLiteral("5"));
    typeValue(dialog->findChild<QDoubleSpinBox *>(QStringLiteral("thresholdSpin")),
              QStringLiteral("8"));
    basis->setFocus();
    QTest::keyClick(basis, Qt::Key_Down);
    CHECK(basis->currentData() == int(DayBasis::Business));
    clickOk(dialog);
    REQUIRE(wb.catalogue().standards().size() == 1);
    const qint64 id = wb.catalogue().standards().constFirst().id;
    CHECK(wb.catalogue().standard(id)->dayBasis == DayBasis::Business);
    CHECK(details->toPlainText().contains(QStringLiteral("business days")));

    // The editor shows the stored basis; a percentage metric counts no days.
    f.window->standardsView()->selectStandard(id);
    f.shortcut(Qt::Key_E, Qt::ControlModifier);
    dialog = f.openDialog();
    basis = dialog->findChild<QComboBox *>(QStringLiteral("dayBasisCombo"));
    CHECK(basis->currentData() == int(DayBasis::Business));
    auto *metric = dialog->findChild<QComboBox *>(QStringLiteral("metricCombo"));
    metric->setCurrentIndex(metric->findData(int(Metric::RightFirstTimePct)));
    CHECK_FALSE(basis->isEnabled());
    CHECK(basis->toolTip().contains(QStringLiteral("turnaround")));
    metric->setCurrentIndex(metric->findData(int(Metric::TurnaroundHours)));
    CHECK(basis->isEnabled());
    CHECK(basis->currentData() == int(DayBasis::Business)); // kept while it did not apply
    metric->setCurrentIndex(metric->findData(int(Metric::TurnaroundDays)));

    // Back to calendar days, through the undo stack like any other edit.
    basis->setFocus();
    QTest::keyClick(basis, Qt::Key_Up);
    CHECK(basis->currentData() == int(DayBasis::Calendar));
    clickOk(dialog);
    CHECK(wb.catalogue().standard(id)->dayBasis == DayBasis::Calendar);
    CHECK(details->toPlainText().contains(QStringLiteral("calendar days")));
    REQUIRE(f.window->undoStack()->count() == 2);
    f.shortcut(Qt::Key_Z, Qt::ControlModifier);
    CHECK(wb.catalogue().standard(id)->dayBasis == DayBasis::Business);
    f.shortcut(Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(wb.catalogue().standard(id)->dayBasis == DayBasis::Calendar);
}

TEST_CASE("a standard that is not turnaround opens with the day basis disabled", "[ui][standards]")
{
    Fixture f;
    Workbench &wb = *f.window->workbench();
    Standard s;
    s.code = QStringLiteral("APP-A-01");
    s.title = QStringLiteral("Applications right first time");
    s.serviceId = wb.services().all().constFirst().id;
    s.dimensionId = wb.dimensions().all().constFirst().id;
    s.departmentId = wb.departments().all().constFirst().id;
    s.metric = Metric::RightFirstTimePct;
    s.direction = Direction::HigherIsBetter;
    s.unit = QStringLiteral("%");
    s.revisions = {{QDate(2024, 1, 1), 98, 95, {}, {}, {}, {}}};
    REQUIRE(wb.catalogue().add(s).isEmpty());

    f.window->standardsView()->selectStandard(s.id);
    auto *details =
        f.window->standardsView()->findChild<QTextBrowser *>(QStringLiteral("standardDetails"));
    CHECK_FALSE(details->toPlainText().contains(QStringLiteral("counted in")));
    f.window->standardsView()->editAction()->trigger();
    StandardDialog *dialog = f.openDialog();
    auto *basis = dialog->findChild<QComboBox *>(QStringLiteral("dayBasisCombo"));
    CHECK_FALSE(basis->isEnabled());
    CHECK_FALSE(basis->toolTip().isEmpty());
    CHECK(dialog->standard().dayBasis == DayBasis::Calendar);
    dialog->reject();
}

TEST_CASE("Ctrl+T, Ctrl+G and Ctrl+Shift+V open the planner, goal review and value model of "
          "the selected standard, on the Standards page only",
          "[ui][standards][planner]")
{
    Fixture f;
    const QString path = f.dir.filePath(QStringLiteral("planned.yardstick"));
    makeWorkbench(path);
    {
        Workbench::OpenResult opened = Workbench::open(path);
        REQUIRE(opened.workbench);
        Workbench &w = *opened.workbench;
        Standard s;
        s.code = QStringLiteral("APP-T-01");
        s.title = QStringLiteral("Mean application processing time");
        s.serviceId = w.services().all().constFirst().id;
        s.departmentId = w.departments().all().constFirst().id;
        s.dimensionId = w.dimensions().all().constFirst().id;
        s.unit = QStringLiteral("days");
        s.revisions = {{QDate(2024, 1, 1), 15, 20, QStringLiteral("Programme"), {}, {}, {}}};
        REQUIRE(w.catalogue().add(s).isEmpty());
    }
    REQUIRE(f.window->openWorkbench(path));
    f.window->showSection(MainWindow::Section::Standards);
    StandardsView *view = f.window->standardsView();
    view->selectStandard(f.window->workbench()->catalogue().standards().constFirst().id);

    const auto opens = [&](const char *className, int key, Qt::KeyboardModifiers modifiers) {
        f.shortcut(key, modifiers);
        QDialog *shown = nullptr;
        const bool found = QTest::qWaitFor(
            [&] {
                for (QDialog *dialog : f.window->findChildren<QDialog *>())
                    if (dialog->isVisible() && dialog->inherits(className))
                        shown = dialog;
                return shown != nullptr;
            },
            2000);
        if (shown)
            shown->close();
        return found;
    };
    CHECK(opens("Yardstick::TargetPlannerDialog", Qt::Key_T, Qt::ControlModifier));
    CHECK(opens("Yardstick::GoalReviewDialog", Qt::Key_G, Qt::ControlModifier));
    CHECK(opens("Yardstick::ValueModelDialog", Qt::Key_V, Qt::ControlModifier | Qt::ShiftModifier));

    // On another page the keys do not act on a standard the analyst cannot see.
    f.window->showSection(MainWindow::Section::Dashboard);
    CHECK(view->goalReviewAction()->shortcutContext() == Qt::WidgetShortcut);
    CHECK(view->planTargetAction()->shortcutContext() == Qt::WidgetShortcut);
}
