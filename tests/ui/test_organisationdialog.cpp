// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "catchqt.h"
#include "dialogs/organisationdialog.h"
#include "dialogs/orgunitdialog.h"
#include "dialogs/orgunitmergedialog.h"
#include "dialogs/standarddialog.h"
#include "mainwindow/mainwindow.h"
#include "usecases/organisationservice.h"
#include "views/standardsview.h"
#include "workbench/workbench.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

using namespace Yardstick;

namespace {

struct NewWorkbench
{
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("fresh.yardstick"));
    QSettings settings{dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat};
    std::unique_ptr<MainWindow> window;

    // What File › New makes: the reference dimensions, no service, no department.
    NewWorkbench()
    {
        window = std::make_unique<MainWindow>(settings);
        window->show();
        REQUIRE(window->createWorkbench(path));
        REQUIRE(window->workbench());
        REQUIRE(window->workbench()->services().all().isEmpty());
        REQUIRE(window->workbench()->departments().all().isEmpty());
    }

    Workbench &wb() { return *window->workbench(); }
};

template<typename Dialog>
Dialog *waitForDialog(QWidget *parent)
{
    Dialog *dialog = nullptr;
    REQUIRE(QTest::qWaitFor([&] {
        const QList<Dialog *> all = parent->findChildren<Dialog *>();
        for (Dialog *d : all) {
            if (d->isVisible())
                dialog = d;
        }
        return dialog != nullptr;
    }));
    return dialog;
}

void typeInto(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClicks(edit, text);
}

QPushButton *okOf(QDialog *dialog)
{
    return dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
}

void clickOk(QDialog *dialog)
{
    QPushButton *ok = okOf(dialog);
    REQUIRE(ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);
}

// Names a new unit in its dialog: the code follows the name.
void nameUnit(OrgUnitDialog *dialog, const QString &name, const QString &expectedCode)
{
    typeInto(dialog->nameEdit(), name);
    CHECK(dialog->codeEdit()->text() == expectedCode);
    clickOk(dialog);
}

QStringList column(QTreeWidget *tree, int column)
{
    QStringList texts;
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        texts.append(tree->topLevelItem(i)->text(column));
    return texts;
}

} // namespace

TEST_CASE("on a new workbench a first standard is made through New service and New department",
          "[ui][organisation]")
{
    NewWorkbench f;
    f.window->showSection(MainWindow::Section::Standards);
    f.window->standardsView()->newAction()->trigger();
    auto *dialog = waitForDialog<StandardDialog>(f.window.get());
    auto *services = dialog->findChild<QComboBox *>(QStringLiteral("serviceCombo"));
    auto *departments = dialog->findChild<QComboBox *>(QStringLiteral("departmentCombo"));
    CHECK(services->count() == 0);
    CHECK(departments->count() == 0);
    REQUIRE(dialog->newServiceButton()->isVisible());

    QTest::mouseClick(dialog->newServiceButton(), Qt::LeftButton);
    // "Card replacement" -> C(ard) R(eplacement).
    nameUnit(waitForDialog<OrgUnitDialog>(dialog), QStringLiteral("Card replacement"),
             QStringLiteral("CR"));
    QTest::mouseClick(dialog->newDepartmentButton(), Qt::LeftButton);
    nameUnit(waitForDialog<OrgUnitDialog>(dialog), QStringLiteral("Card Services"),
             QStringLiteral("CS"));
    // A dimension of the analyst's own beside the reference ones: its key is
    // the name in lower case.
    QTest::mouseClick(dialog->newDimensionButton(), Qt::LeftButton);
    nameUnit(waitForDialog<OrgUnitDialog>(dialog), QStringLiteral("Card delivery"),
             QStringLiteral("card_delivery"));
    CHECK(services->currentText() == QStringLiteral("Card replacement"));
    CHECK(departments->currentText() == QStringLiteral("Card Services"));
    auto *dimensions = dialog->findChild<QComboBox *>(QStringLiteral("dimensionCombo"));
    CHECK(dimensions->currentText() == QStringLiteral("Card delivery"));

    typeInto(dialog->findChild<QLineEdit *>(QStringLiteral("codeEdit")), QStringLiteral("CR-T-01"));
    typeInto(dialog->findChild<QLineEdit *>(QStringLiteral("titleEdit")),
             QStringLiteral("Mean card replacement time"));
    auto *target = dialog->findChild<QDoubleSpinBox *>(QStringLiteral("targetSpin"));
    auto *threshold = dialog->findChild<QDoubleSpinBox *>(QStringLiteral("thresholdSpin"));
    target->setValue(5);
    threshold->setValue(7);
    INFO(dialog->problems().join(QLatin1Char('\n')).toStdString());
    clickOk(dialog);

    Workbench &wb = f.wb();
    const QList<Standard> standards = wb.catalogue().standards();
    REQUIRE(standards.size() == 1);
    const std::optional<Service> service = wb.services().byCode(QStringLiteral("CR"));
    REQUIRE(service);
    CHECK(standards.constFirst().serviceId == service->id);
    CHECK(wb.departments().all().constFirst().code == QStringLiteral("CS"));
    CHECK(standards.constFirst().departmentId == wb.departments().all().constFirst().id);
    CHECK(wb.dimensions().byId(standards.constFirst().dimensionId)->key ==
          QStringLiteral("card_delivery"));

    // Four steps, undone newest first: the standard, the dimension, the
    // department, the service.
    QUndoStack *undo = f.window->undoStack();
    REQUIRE(undo->count() == 4);
    const int referenceDimensions = int(wb.dimensions().all().size()) - 1;
    undo->undo();
    CHECK(wb.catalogue().standards().isEmpty());
    undo->undo();
    CHECK(wb.dimensions().all().size() == referenceDimensions);
    undo->undo();
    CHECK(wb.departments().all().isEmpty());
    undo->undo();
    CHECK(wb.services().all().isEmpty());
    undo->redo();
    CHECK(wb.services().byCode(QStringLiteral("CR"))->id == service->id);
}

TEST_CASE("the services editor adds, renames, retires and merges, and each step undoes",
          "[ui][organisation]")
{
    NewWorkbench f;
    f.window->showSection(MainWindow::Section::Standards);
    REQUIRE(f.window->organisationAction()->isEnabled());
    f.window->organisationAction()->trigger();
    OrganisationDialog *editor = f.window->organisationDialog();
    REQUIRE(editor);
    REQUIRE(editor->isVisible());
    QTreeWidget *list = editor->list(OrgUnitKind::Service);
    Workbench &wb = f.wb();

    editor->addUnit();
    nameUnit(waitForDialog<OrgUnitDialog>(editor), QStringLiteral("Application processing"),
             QStringLiteral("AP"));
    editor->addUnit();
    OrgUnitDialog *second = waitForDialog<OrgUnitDialog>(editor);
    typeInto(second->nameEdit(), QStringLiteral("Card replacement"));
    // A code the analyst writes wins over the initials; a taken one is refused.
    typeInto(second->codeEdit(), QStringLiteral("ap"));
    CHECK_FALSE(okOf(second)->isEnabled());
    CHECK(second->findChild<QLabel *>(QStringLiteral("unitProblemsLabel"))
              ->text()
              .contains(QStringLiteral("already has the code AP")));
    typeInto(second->codeEdit(), QStringLiteral("REP"));
    clickOk(second);
    CHECK(column(list, 0) == QStringList{QStringLiteral("Application processing"),
                                         QStringLiteral("Card replacement")});
    CHECK(column(list, 1) == QStringList{QStringLiteral("AP"), QStringLiteral("REP")});
    // The standards page's filter follows at once.
    auto *filter =
        f.window->standardsView()->findChild<QComboBox *>(QStringLiteral("serviceFilter"));
    REQUIRE(filter);
    CHECK(filter->findText(QStringLiteral("Card replacement")) >= 0);

    // A standard on AP, so the merge has something to move.
    const qint64 ap = wb.services().byCode(QStringLiteral("AP"))->id;
    const qint64 rep = wb.services().byCode(QStringLiteral("REP"))->id;
    OrgUnit department{OrgUnitKind::Department, 0, {}, QStringLiteral("New Accounts"), {}, false};
    REQUIRE(wb.organisation().add(department).ok());
    Standard standard;
    standard.code = QStringLiteral("AP-T-01");
    standard.title = QStringLiteral("Mean application processing time");
    standard.serviceId = ap;
    standard.departmentId = department.id;
    standard.dimensionId = wb.dimensions().all().constFirst().id;
    standard.metric = Metric::TurnaroundDays;
    standard.statistic = Statistic::mean();
    standard.direction = Direction::LowerIsBetter;
    standard.unit = QStringLiteral("days");
    standard.revisions = {{QDate(2024, 1, 1), 15, 20, {}, {}, {}, {}}};
    REQUIRE(wb.catalogue().add(standard).isEmpty());

    // Rename AP.
    editor->select(OrgUnitKind::Service, ap);
    editor->renameSelected();
    OrgUnitDialog *rename = waitForDialog<OrgUnitDialog>(editor);
    CHECK(rename->codeEdit()->text() == QStringLiteral("AP")); // kept while the name changes
    typeInto(rename->nameEdit(), QStringLiteral("Account opening"));
    CHECK(rename->codeEdit()->text() == QStringLiteral("AP"));
    typeInto(rename->codeEdit(), QStringLiteral("AO"));
    clickOk(rename);
    CHECK(wb.services().byId(ap)->name == QStringLiteral("Account opening"));
    CHECK(wb.services().byId(ap)->code == QStringLiteral("AO"));

    // Retire REP: still listed, marked, and left out of a new standard's list.
    editor->select(OrgUnitKind::Service, rep);
    editor->toggleRetired();
    CHECK(wb.services().byId(rep)->retired);
    CHECK(list->currentItem()->text(3) == QStringLiteral("Retired"));
    f.window->standardsView()->newAction()->trigger();
    auto *standardDialog = waitForDialog<StandardDialog>(f.window.get());
    auto *serviceCombo = standardDialog->findChild<QComboBox *>(QStringLiteral("serviceCombo"));
    CHECK(serviceCombo->findData(rep) < 0);
    CHECK(serviceCombo->findData(ap) >= 0);
    standardDialog->reject();

    // Merge Account opening into Card replacement.
    editor->select(OrgUnitKind::Service, ap);
    editor->mergeSelected();
    OrgUnitMergeDialog *merge = waitForDialog<OrgUnitMergeDialog>(editor);
    CHECK(merge->explanation().contains(QStringLiteral("1 standard(s)")));
    merge->targets()->setCurrentIndex(merge->targets()->findData(rep));
    clickOk(merge);
    CHECK_FALSE(wb.services().byId(ap));
    CHECK(wb.catalogue().standards().constFirst().serviceId == rep);
    CHECK(column(list, 0) == QStringList{QStringLiteral("Card replacement")});

    // Undo the merge, the retirement and the rename.
    QUndoStack *undo = f.window->undoStack();
    undo->undo();
    CHECK(wb.catalogue().standards().constFirst().serviceId == ap);
    CHECK(wb.services().byId(ap)->code == QStringLiteral("AO"));
    CHECK(column(list, 0).size() == 2);
    undo->undo();
    CHECK_FALSE(wb.services().byId(rep)->retired);
    undo->undo();
    CHECK(wb.services().byId(ap)->name == QStringLiteral("Application processing"));
    CHECK(column(list, 0).contains(QStringLiteral("Application processing")));
}

TEST_CASE("the services editor adds, renames and merges dimensions but does not retire them",
          "[ui][organisation]")
{
    NewWorkbench f;
    f.window->organisationAction()->trigger();
    OrganisationDialog *editor = f.window->organisationDialog();
    REQUIRE(editor);
    editor->showKind(OrgUnitKind::Dimension);
    QTreeWidget *list = editor->list(OrgUnitKind::Dimension);
    // A new workbench's reference dimensions: the card case's three and
    // SERVQUAL's five, responsiveness in both, so seven.
    CHECK(list->topLevelItemCount() == 7);
    auto *mergeButton = editor->findChild<QPushButton *>(QStringLiteral("mergeButton"));
    auto *retireButton = editor->findChild<QPushButton *>(QStringLiteral("retireButton"));
    CHECK_FALSE(retireButton->isEnabled());

    editor->addUnit();
    nameUnit(waitForDialog<OrgUnitDialog>(editor), QStringLiteral("Courtesy"),
             QStringLiteral("courtesy"));
    CHECK(list->topLevelItemCount() == 8);
    const qint64 id = editor->selected()->id;
    CHECK(mergeButton->isEnabled());
    CHECK_FALSE(retireButton->isEnabled());
    editor->renameSelected();
    OrgUnitDialog *rename = waitForDialog<OrgUnitDialog>(editor);
    CHECK(rename->codeEdit()->isReadOnly()); // the key stays
    typeInto(rename->nameEdit(), QStringLiteral("Politeness"));
    clickOk(rename);
    CHECK(f.wb().dimensions().byId(id)->name == QStringLiteral("Politeness"));
    CHECK(f.wb().dimensions().byId(id)->key == QStringLiteral("courtesy"));
    f.window->undoStack()->undo();
    CHECK(f.wb().dimensions().byId(id)->name == QStringLiteral("Courtesy"));

    // Courtesy is SERVQUAL's empathy by another name: merged into it.
    qint64 empathy = 0;
    for (const Dimension &d : f.wb().dimensions().all()) {
        if (d.key == QStringLiteral("empathy"))
            empathy = d.id;
    }
    REQUIRE(empathy > 0);
    editor->select(OrgUnitKind::Dimension, id);
    OrgUnitMergeDialog *merge = editor->mergeSelected();
    REQUIRE(merge);
    CHECK(merge->windowTitle() == QStringLiteral("Merge Dimension Courtesy"));
    auto *targets = merge->findChild<QComboBox *>(QStringLiteral("mergeTargetCombo"));
    CHECK(targets->count() == 7);
    targets->setCurrentIndex(targets->findData(empathy));
    CHECK(merge->explanation().contains(QStringLiteral("Nothing names Courtesy yet")));
    clickOk(merge);
    CHECK_FALSE(f.wb().dimensions().byId(id));
    CHECK(list->topLevelItemCount() == 7);
    CHECK(f.window->undoStack()->undoText() ==
          QStringLiteral("merge dimension Courtesy into Empathy"));
    f.window->undoStack()->undo();
    REQUIRE(f.wb().dimensions().byId(id));
    CHECK(f.wb().dimensions().byId(id)->key == QStringLiteral("courtesy"));
    CHECK(list->topLevelItemCount() == 8);
}

TEST_CASE("the services editor refuses to retire a service another window renamed meanwhile",
          "[ui][organisation][concurrency]")
{
    NewWorkbench f;
    OrgUnit cards{
        OrgUnitKind::Service, 0, QStringLiteral("CI"), QStringLiteral("Card issuance"), {}, false};
    REQUIRE(f.wb().organisation().add(cards).ok());
    f.window->organisationAction()->trigger();
    OrganisationDialog *editor = f.window->organisationDialog();
    REQUIRE(editor);
    QTreeWidget *list = editor->list(OrgUnitKind::Service);
    editor->select(OrgUnitKind::Service, cards.id);
    REQUIRE(list->currentItem()->text(0) == QStringLiteral("Card issuance"));

    // Another window (its own connection to the file) renames it before this
    // one has read the file again.
    Workbench::OpenResult other = Workbench::open(f.path);
    REQUIRE(other.workbench);
    OrgUnit renamed = cards;
    renamed.name = QStringLiteral("Card services");
    REQUIRE(other.workbench->organisation().update(renamed, cards).ok());

    const int steps = f.window->undoStack()->count();
    editor->toggleRetired();
    CHECK(editor->messageLabel()->text().contains(
        QStringLiteral(" changed the service Card issuance at ")));
    CHECK(editor->messageLabel()->text().contains(QStringLiteral("Nothing was saved")));
    // Not retired, no undo step, and the list now shows the other's name.
    CHECK_FALSE(f.wb().services().byId(cards.id)->retired);
    CHECK(f.window->undoStack()->count() == steps);
    CHECK(column(list, 0) == QStringList{QStringLiteral("Card services")});

    // Retired again from what the list shows now, it goes through.
    editor->select(OrgUnitKind::Service, cards.id);
    editor->toggleRetired();
    CHECK(f.wb().services().byId(cards.id)->retired);
    CHECK(f.wb().services().byId(cards.id)->name == QStringLiteral("Card services"));
}
