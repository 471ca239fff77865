// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "audits/auditmeasurements.h"
#include "catchqt.h"
#include "demoworkbench.h"
#include "dialogs/auditdialog.h"
#include "dialogs/audittemplatedialog.h"
#include "views/auditsview.h"
#include "workbench/workbench.h"

#include <QBrush>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Yardstick;

namespace {

// A workbench with one department, one audit-score standard and one
// checklist: GREET (0..5, weight 1) and PROMPT (0..5, weight 3), feeding the
// standard monthly.
struct AuditBench
{
    QTemporaryDir dir;
    std::unique_ptr<Workbench> workbench;
    AuditTemplate checklist;
    Standard standard;
    qint64 departmentId = 0;
};

std::unique_ptr<AuditBench> auditBench()
{
    auto b = std::make_unique<AuditBench>();
    b->workbench = std::move(Workbench::createInMemory().workbench);
    REQUIRE(b->workbench);
    Workbench &w = *b->workbench;
    Service service{0, QStringLiteral("INQ"), QStringLiteral("Bill inquiries"), {}};
    REQUIRE(w.services().insert(service).ok());
    Department department{0, QStringLiteral("CSV"), QStringLiteral("Customer Service")};
    REQUIRE(w.departments().insert(department).ok());
    b->departmentId = department.id;
    b->checklist.name = QStringLiteral("Telephone service behaviour");
    b->checklist.items = {
        {0, 0, QStringLiteral("GREET"), QStringLiteral("Greets the customer"), 5, 1, 0},
        {0, 0, QStringLiteral("PROMPT"), QStringLiteral("Answers promptly"), 5, 3, 1}};
    REQUIRE(w.audits().insertTemplate(b->checklist).ok());
    Standard &s = b->standard;
    s.code = QStringLiteral("INQ-R-01");
    s.title = QStringLiteral("Telephone behaviour score");
    s.serviceId = service.id;
    Dimension dimension{
        0, QStringLiteral("responsiveness"), QStringLiteral("Responsiveness"), true, {}};
    REQUIRE(w.dimensions().insert(dimension).ok());
    s.dimensionId = dimension.id;
    s.departmentId = department.id;
    s.metric = Metric::AuditScore;
    s.statistic = Statistic::mean();
    s.direction = Direction::HigherIsBetter;
    s.unit = QStringLiteral("%");
    s.revisions = {{QDate(2024, 1, 1), 90, 85, QStringLiteral("Review"), {}, {}, {}}};
    REQUIRE(w.standardRepository().insert(s).ok());
    REQUIRE(w.audits().setFeed({s.id, b->checklist.id, PeriodKind::Month}).ok());
    return b;
}

// The tables are views on core models now; these read them as the
// QTableWidget getters did.
int rows(const QTableView *table)
{
    return table->model()->rowCount();
}

int columns(const QTableView *table)
{
    return table->model()->columnCount();
}

QString text(const QTableView *table, int row, int column)
{
    return table->model()->index(row, column).data().toString();
}

QColor background(const QTableView *table, int row, int column)
{
    return table->model()->index(row, column).data(Qt::BackgroundRole).value<QBrush>().color();
}

void setCurrentCell(QTableView *table, int row, int column)
{
    table->setCurrentIndex(table->model()->index(row, column));
}

} // namespace

TEST_CASE("an audit recorded through the dialog shows its score in the table and feeds the "
          "standard",
          "[ui][audits]")
{
    auto b = auditBench();
    QSettings settings(b->dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    QUndoStack undo;
    AuditsView view(*b->workbench, settings, undo);
    view.resize(1000, 700);
    QSignalSpy changed(&view, &AuditsView::measurementsChanged);
    REQUIRE(view.templateBox()->currentText() == QLatin1String("Telephone service behaviour"));
    CHECK(rows(view.scoresTable()) == 0);

    QTest::mouseClick(view.recordButton(), Qt::LeftButton);
    auto *dialog = view.findChild<AuditDialog *>();
    REQUIRE(dialog);
    dialog->dateEdit()->setDate(QDate(2025, 3, 12));
    REQUIRE(dialog->ratingBoxes().size() == 2);
    // GREET 4 of 5, PROMPT 3 of 5: (1·0.8 + 3·0.6) / 4 = 2.6 / 4 = 65%.
    dialog->ratingBoxes()[0]->setValue(4);
    dialog->ratingBoxes()[1]->setValue(3);
    dialog->buttons()->button(QDialogButtonBox::Ok)->click();

    REQUIRE(changed.count() == 1);
    const QTableView *scores = view.scoresTable();
    REQUIRE(rows(scores) == 1);
    CHECK(text(scores, 0, 0) == QLatin1String("2025-03"));
    CHECK(text(scores, 0, 1).startsWith(QLocale().toString(65.0, 'f', 1)));
    CHECK(text(scores, 0, 1).endsWith(QLatin1String("(1)")));
    CHECK(scores->model()->headerData(2, Qt::Horizontal).toString() ==
          QLatin1String("Customer Service"));

    const QList<Measurement> measurements =
        b->workbench->measurements().forStandard(b->standard.id);
    REQUIRE(measurements.size() == 1);
    CHECK(measurements[0].value == Approx(65.0));
    CHECK(measurements[0].source == auditMeasurementSource());

    // Undo takes the audit and its measurement away again; redo brings both back.
    undo.undo();
    CHECK(rows(view.scoresTable()) == 0);
    CHECK(b->workbench->measurements().forStandard(b->standard.id).isEmpty());
    undo.redo();
    CHECK(rows(view.scoresTable()) == 1);
    CHECK(b->workbench->measurements().forStandard(b->standard.id).size() == 1);

    // Deleting the audit from the list takes its month and measurement away;
    // undo brings them back.
    setCurrentCell(view.scoresTable(), 0, 1);
    REQUIRE(rows(view.auditsTable()) == 1);
    view.auditsTable()->selectRow(0);
    REQUIRE(view.deleteButton()->isEnabled());
    QTest::mouseClick(view.deleteButton(), Qt::LeftButton);
    CHECK(rows(view.scoresTable()) == 0);
    CHECK(b->workbench->measurements().forStandard(b->standard.id).isEmpty());
    undo.undo();
    CHECK(rows(view.scoresTable()) == 1);
    CHECK(b->workbench->measurements().forStandard(b->standard.id).size() == 1);
}

TEST_CASE("an unrated item is left out of the recorded audit", "[ui][audits]")
{
    auto b = auditBench();
    QSettings settings(b->dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    QUndoStack undo;
    AuditsView view(*b->workbench, settings, undo);
    view.recordAudit();
    auto *dialog = view.findChild<AuditDialog *>();
    REQUIRE(dialog);
    dialog->dateEdit()->setDate(QDate(2025, 3, 12));
    dialog->ratedBoxes()[1]->setChecked(false); // PROMPT not observed
    dialog->ratingBoxes()[0]->setValue(4);      // GREET 4/5 alone: 80%
    dialog->buttons()->button(QDialogButtonBox::Ok)->click();
    const QList<Audit> audits = b->workbench->audits().audits();
    REQUIRE(audits.size() == 1);
    CHECK(audits[0].ratings.size() == 1);
    CHECK(text(view.scoresTable(), 0, 1).startsWith(QLocale().toString(80.0, 'f', 1)));
}

TEST_CASE("a slipping behaviour is marked with a symbol and a colour", "[ui][audits]")
{
    auto b = auditBench();
    const qint64 greet = b->checklist.items[0].id;
    const qint64 prompt = b->checklist.items[1].id;
    // February: both 5/5. March: GREET 5/5, PROMPT 3/5 → PROMPT drops 40 points.
    QList<Audit> audits = {{0,
                            b->checklist.id,
                            b->departmentId,
                            QDate(2025, 2, 3),
                            {},
                            {},
                            {},
                            {{greet, 5}, {prompt, 5}}},
                           {0,
                            b->checklist.id,
                            b->departmentId,
                            QDate(2025, 3, 3),
                            {},
                            {},
                            {},
                            {{greet, 5}, {prompt, 3}}}};
    REQUIRE(b->workbench->audits().insertAudits(audits).ok());
    QSettings settings(b->dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    QUndoStack undo;
    AuditsView view(*b->workbench, settings, undo);
    // The newest month is selected first.
    const QTableView *items = view.itemsTable();
    REQUIRE(rows(items) == 2);
    CHECK(text(items, 1, 0) == QLatin1String("Answers promptly"));
    CHECK(text(items, 1, 6).contains(QChar(0x25bc)));
    CHECK(background(items, 1, 0) != background(items, 0, 0));
    CHECK_FALSE(text(items, 0, 6).contains(QChar(0x25bc)));

    // Deleting March's audit (undoably) leaves February alone in the table.
    REQUIRE(rows(view.auditsTable()) == 1);
    view.auditsTable()->selectRow(0);
    QTest::mouseClick(view.deleteButton(), Qt::LeftButton);
    CHECK(rows(view.scoresTable()) == 1);
    CHECK(b->workbench->audits().audits().size() == 1);
    undo.undo();
    CHECK(rows(view.scoresTable()) == 2);
}

TEST_CASE("editing the checklist through its dialog keeps the recorded ratings", "[ui][audits]")
{
    auto b = auditBench();
    Audit a{0,
            b->checklist.id,
            b->departmentId,
            QDate(2025, 3, 3),
            {},
            {},
            {},
            {{b->checklist.items[0].id, 4}, {b->checklist.items[1].id, 2}}};
    REQUIRE(b->workbench->audits().insertAudit(a).ok());
    QSettings settings(b->dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    QUndoStack undo;
    AuditsView view(*b->workbench, settings, undo);
    // (1·0.8 + 3·0.4) / 4 = 2.0 / 4 = 50%.
    CHECK(text(view.scoresTable(), 0, 1).startsWith(QLocale().toString(50.0, 'f', 1)));
    view.editChecklist();
    auto *dialog = view.findChild<AuditTemplateDialog *>();
    REQUIRE(dialog);
    // PROMPT's weight 3 → 1: (0.8 + 0.4) / 2 = 60%.
    dialog->itemsTable()->item(1, 3)->setText(QStringLiteral("1"));
    REQUIRE(dialog->problems().isEmpty());
    dialog->buttons()->button(QDialogButtonBox::Ok)->click();
    CHECK(b->workbench->audits().findAudit(a.id)->ratings.size() == 2);
    CHECK(text(view.scoresTable(), 0, 1).startsWith(QLocale().toString(60.0, 'f', 1)));
    CHECK(b->workbench->measurements().forStandard(b->standard.id).first().value == Approx(60.0));
}

TEST_CASE("the audits view shows the demo's checklists", "[ui][audits]")
{
    QTemporaryDir dir;
    const QString path = YardstickTests::copyOfDemoWorkbench(dir.path());
    Workbench::OpenResult opened = Workbench::open(path);
    REQUIRE(opened.workbench);
    QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    QUndoStack undo;
    AuditsView view(*opened.workbench, settings, undo);
    view.resize(1300, 820);
    CHECK(view.templateBox()->count() == 2);
    view.templateBox()->setCurrentIndex(
        view.templateBox()->findText(QStringLiteral("Telephone service behaviour")));
    CHECK(rows(view.scoresTable()) == 36);
    // Customer Service, Card Security, Customer Relations and "All".
    CHECK(columns(view.scoresTable()) == 5);
    if (qEnvironmentVariableIsSet("YARDSTICK_AUDITS_SHOT")) {
        view.show();
        QTest::qWait(50);
        view.grab().save(qEnvironmentVariable("YARDSTICK_AUDITS_SHOT"));
    }
}
