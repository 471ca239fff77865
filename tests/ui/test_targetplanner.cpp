// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "catchqt.h"
#include "charts/qcustomplotshim.h"
#include "demoworkbench.h"
#include "dialogs/goalreviewdialog.h"
#include "dialogs/targetplannerdialog.h"
#include "export/chartexportdialog.h"
#include "storage/propertyrepository.h"
#include "workbench/compliancedataloader.h"
#include "workbench/workbench.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Yardstick;

namespace {

// APP-T-01, mean turnaround <= 15 days (threshold 20) since 2024, with ten
// cases in three months:
//   January 2025  2, 4, 6      (mean 4)
//   February      3, 5, 7, 9   (mean 6)
//   March         1, 8, 10     (mean 6.33)
// and a value model of US$0.33 a day on 1,000 cases a year, costing US$100.
struct PlannerFixture
{
    QTemporaryDir dir;
    QSettings settings{dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat};
    std::unique_ptr<Workbench> workbench;
    Standard standard;
    QUndoStack undoStack;

    PlannerFixture()
    {
        Workbench::OpenResult made = Workbench::createInMemory();
        REQUIRE(made.workbench);
        workbench = std::move(made.workbench);
        Workbench &wb = *workbench;
        Service app{0, QStringLiteral("APP"), QStringLiteral("Application processing"), {}};
        REQUIRE(wb.services().insert(app).ok());
        Department accounts{0, QStringLiteral("NA"), QStringLiteral("New Accounts")};
        REQUIRE(wb.departments().insert(accounts).ok());
        Dimension time{0, QStringLiteral("timeliness"), QStringLiteral("Timeliness"), true, {}};
        REQUIRE(wb.dimensions().insert(time).ok());
        standard.code = QStringLiteral("APP-T-01");
        standard.title = QStringLiteral("Mean application processing time");
        standard.serviceId = app.id;
        standard.departmentId = accounts.id;
        standard.dimensionId = time.id;
        standard.unit = QStringLiteral("days");
        standard.revisions = {{QDate(2024, 1, 1), 15, 20, QStringLiteral("Programme"), {}, {}, {}}};
        REQUIRE(wb.catalogue().add(standard).isEmpty());

        QList<CaseRecord> cases;
        const auto add = [&](int month, int day, int days) {
            CaseRecord c;
            c.serviceId = app.id;
            c.caseId = QStringLiteral("C%1").arg(cases.size());
            const QDate completed(2025, month, day);
            c.receivedAt = Moment::fromDate(completed.addDays(-days));
            c.completedAt = Moment::fromDate(completed);
            cases.append(c);
        };
        for (int days : {2, 4, 6})
            add(1, 20, days);
        for (int days : {3, 5, 7, 9})
            add(2, 20, days);
        for (int days : {1, 8, 10})
            add(3, 20, days);
        REQUIRE(wb.cases().insertMany(cases).ok());

        ValueModel model;
        model.standardId = standard.id;
        model.valuePerDay = 0.33;
        model.casesPerYear = 1000;
        model.costPerYear = 100;
        REQUIRE(wb.valueModels().set(model).ok());
    }
};

QCPAbstractItem *itemNamed(QCustomPlot *plot, const QString &name)
{
    for (int i = 0; i < plot->itemCount(); ++i) {
        if (plot->item(i)->objectName() == name)
            return plot->item(i);
    }
    return nullptr;
}

} // namespace

TEST_CASE("the target planner predicts a proposed target and records it as an undoable revision",
          "[ui][planner]")
{
    PlannerFixture f;
    TargetPlannerDialog dialog(*f.workbench, f.undoStack, f.settings, f.standard,
                               QStringLiteral("ana"));
    dialog.show();
    dialog.periodCountBox()->setValue(3);
    dialog.targetBox()->setValue(5);
    dialog.thresholdBox()->setValue(6);

    // Cases <= 5 days: 2, 4 | 3, 5 | 1 -> 5 of 10. Months: 4 met, 6 at risk
    // (equal to the threshold), 6.33 breached -> 1 of 3 met, 1 breached.
    CHECK(dialog.caseShareLabel()->text() == QStringLiteral("50.0% (5 of 10)"));
    CHECK(dialog.periodShareLabel()->text() == QStringLiteral("33.3% (1 of 3; 1 breached)"));
    // Mean of the ten 5.5; (5.5 - 5) x US$0.33 x 1,000 = US$165, less US$100 = US$65.
    // Money by the one rule: whole dollars from US$100, cents below.
    CHECK(dialog.valueLabel()->text() ==
          QStringLiteral("US$165 (0.5 days sooner per case × US$0.33 × 1,000 cases)"));
    CHECK(dialog.netLabel()->text() == QStringLiteral("US$65.00"));
    // A target only 0.1 day better is worth less than it costs:
    // 0.1 x US$0.33 x 1,000 = US$33, less US$100 = a loss of US$67.
    dialog.targetBox()->setValue(5.4);
    CHECK(dialog.netLabel()->text() == QStringLiteral("−US$67.00"));
    dialog.targetBox()->setValue(5);

    // The curve: ten distinct values, the current target 15 and the proposed 5 marked.
    QCustomPlot *plot = dialog.plot();
    REQUIRE(plot->graphCount() == 1);
    CHECK(plot->graph(0)->data()->size() == 10);
    auto *current = qobject_cast<QCPItemLine *>(itemNamed(plot, QStringLiteral("currentTarget")));
    auto *proposed = qobject_cast<QCPItemLine *>(itemNamed(plot, QStringLiteral("proposedTarget")));
    REQUIRE(current);
    REQUIRE(proposed);
    CHECK(current->start->coords().x() == Approx(15.0));
    CHECK(proposed->start->coords().x() == Approx(5.0));
    CHECK(plot->xAxis->range().contains(15.0));

    dialog.effectiveFromEdit()->setDate(QDate(2025, 4, 1));
    dialog.reasonEdit()->setText(QStringLiteral("Half the cases already make it"));
    QTest::mouseClick(dialog.recordButton(), Qt::LeftButton);

    // Stored in the file, with who and what was predicted.
    const std::optional<Standard> stored = f.workbench->standardRepository().byId(f.standard.id);
    REQUIRE(stored);
    REQUIRE(stored->revisions.size() == 2);
    const StandardRevision &revision = stored->current();
    CHECK(revision.effectiveFrom == QDate(2025, 4, 1));
    CHECK(revision.target == 5);
    CHECK(revision.threshold == 6);
    CHECK(revision.recordedBy == QStringLiteral("ana"));
    CHECK(revision.recordedAt.isValid());
    REQUIRE(revision.prediction.caseShare);
    CHECK(*revision.prediction.caseShare == Approx(50.0));
    CHECK(*revision.prediction.periodShare == Approx(100.0 / 3.0));
    CHECK(*revision.prediction.annualValue == Approx(165.0));
    CHECK(revision.prediction.basis == QStringLiteral("last 3 months, 10 cases"));
    CHECK(f.undoStack.count() == 1);

    f.undoStack.undo();
    CHECK(f.workbench->standardRepository().byId(f.standard.id)->revisions.size() == 1);
    f.undoStack.redo();
    CHECK(f.workbench->standardRepository().byId(f.standard.id)->revisions.size() == 2);
}

TEST_CASE("the target planner's shares follow the window and say when there are no cases",
          "[ui][planner]")
{
    PlannerFixture f;
    TargetPlannerDialog dialog(*f.workbench, f.undoStack, f.settings, f.standard,
                               QStringLiteral("ana"));
    dialog.targetBox()->setValue(5);
    // The last month only: March's 1, 8, 10 -> 1 of 3 cases.
    dialog.periodCountBox()->setValue(1);
    CHECK(dialog.caseShareLabel()->text() == QStringLiteral("33.3% (1 of 3)"));
    // Twelve ISO weeks ending with the week of 20 March 2025 start on 30 December
    // 2024, so all ten cases count again.
    dialog.periodKindBox()->setCurrentIndex(
        dialog.periodKindBox()->findData(int(PeriodKind::Week)));
    dialog.periodCountBox()->setValue(12);
    CHECK(dialog.input().caseCount() == 10);
    CHECK(dialog.caseShareLabel()->text() == QStringLiteral("50.0% (5 of 10)"));

    // A standard of a service without cases: nothing to predict, nothing to record.
    Standard other = f.standard;
    other.serviceId = 999;
    TargetPlannerDialog empty(*f.workbench, f.undoStack, f.settings, other, QStringLiteral("ana"));
    CHECK(empty.caseShareLabel()->text() == QStringLiteral("no completed cases"));
    CHECK_FALSE(empty.recordButton()->isEnabled());
}

TEST_CASE("the planner's chart is exported through the chart export dialog, organisation and all",
          "[ui][planner][export]")
{
    PlannerFixture f;
    REQUIRE(f.workbench->properties()
                .setValue(QLatin1String(PropertyRepository::kOrganisation),
                          QStringLiteral("Card Division Quality Assurance"))
                .ok());
    TargetPlannerDialog dialog(*f.workbench, f.undoStack, f.settings, f.standard,
                               QStringLiteral("ana"));
    dialog.show();
    dialog.targetBox()->setValue(5);
    QTest::mouseClick(dialog.exportButton(), Qt::LeftButton);
    auto *exportDialog = dialog.findChild<ChartExportDialog *>();
    REQUIRE(exportDialog);
    CHECK(exportDialog->options().organisation ==
          QStringLiteral("Card Division Quality Assurance"));
    CHECK(exportDialog->titleEdit()->text().contains(QStringLiteral("APP-T-01")));

    exportDialog->formatBox()->setCurrentIndex(
        exportDialog->formatBox()->findData(int(ChartExportOptions::Format::Png)));
    exportDialog->sizeBox()->setCurrentIndex(
        exportDialog->sizeBox()->findData(int(ChartExportOptions::SizePreset::Slide)));
    const QString path = f.dir.filePath(QStringLiteral("planner.png"));
    exportDialog->fileEdit()->setText(path);
    exportDialog->accept();
    // The slide preset is 1920 x 1080 pixels.
    CHECK(QImage(path).size() == QSize(1920, 1080));
    CHECK(dialog.statusLabel()->text().contains(QStringLiteral("planner.png")));
}

TEST_CASE("the goal review lists each revision old to new with prediction and outcome",
          "[ui][planner]")
{
    PlannerFixture f;
    TargetPlannerDialog planner(*f.workbench, f.undoStack, f.settings, f.standard,
                                QStringLiteral("ana"));
    planner.periodCountBox()->setValue(2); // February and March: 7 cases
    planner.targetBox()->setValue(5);
    planner.thresholdBox()->setValue(8);
    // In force from March, so March (mean 6.33, worse than 5) is its outcome.
    planner.effectiveFromEdit()->setDate(QDate(2025, 3, 1));
    planner.reasonEdit()->setText(QStringLiteral("Tighter"));
    REQUIRE(planner.recordRevision());

    const Standard revised = *f.workbench->catalogue().standard(f.standard.id);
    GoalReviewDialog review(revised, ComplianceDataLoader::load(*f.workbench));
    QTableWidget *table = review.table();
    REQUIRE(table->rowCount() == 2);
    const auto cell = [table](int row, int column) {
        return table->item(row, column)->text();
    };
    // Newest first.
    CHECK(cell(0, GoalReviewDialog::TargetColumn) == QStringLiteral("15 → 5"));
    CHECK(cell(0, GoalReviewDialog::ThresholdColumn) == QStringLiteral("20 → 8"));
    CHECK(cell(0, GoalReviewDialog::ReasonColumn) == QStringLiteral("Tighter"));
    CHECK(cell(0, GoalReviewDialog::ByColumn) == QStringLiteral("ana"));
    // Predicted from February and March: cases <= 5: 3, 5 | 1 -> 3 of 7 =
    // 42.9%; months 6 and 6.33 -> none met.
    CHECK(cell(0, GoalReviewDialog::PredictedCasesColumn) == QStringLiteral("42.9%"));
    CHECK(cell(0, GoalReviewDialog::PredictedPeriodsColumn) == QStringLiteral("0.0%"));
    // March under the new rule: mean 6.33 > 5, not met; cases 1 of 3.
    CHECK(cell(0, GoalReviewDialog::ActualPeriodsColumn) == QStringLiteral("0.0% (0 of 1)"));
    CHECK(cell(0, GoalReviewDialog::ActualCasesColumn) == QStringLiteral("33.3% of 3"));
    // The first rule governed January and February: means 4 and 6 <= 15.
    CHECK(cell(1, GoalReviewDialog::TargetColumn) == QStringLiteral("15"));
    CHECK(cell(1, GoalReviewDialog::ActualPeriodsColumn) == QStringLiteral("100.0% (2 of 2)"));
    CHECK(cell(1, GoalReviewDialog::PredictedPeriodsColumn).isEmpty());
}

// Not run by default: draws both dialogs on the demo workbench into
// /tmp/yardstick-planner.png and /tmp/yardstick-goalreview.png to look at.
TEST_CASE("screenshots of the target planner and goal review", "[.][screenshot]")
{
    QTemporaryDir dir;
    Workbench::OpenResult opened = Workbench::open(YardstickTests::copyOfDemoWorkbench(dir.path()));
    REQUIRE(opened.workbench);
    Workbench &wb = *opened.workbench;
    std::optional<Standard> standard;
    for (const Standard &s : wb.catalogue().standards()) {
        if (s.title == QStringLiteral("Mean application processing time"))
            standard = s;
    }
    REQUIRE(standard);
    QUndoStack undoStack;
    QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    TargetPlannerDialog planner(wb, undoStack, settings, *standard, QStringLiteral("ana"));
    planner.resize(1250, 640);
    planner.show();
    planner.targetBox()->setValue(standard->target() - 3);
    planner.thresholdBox()->setValue(standard->threshold() - 3);
    planner.reasonEdit()->setText(QStringLiteral("Two thirds of the cases already make it"));
    QTest::qWait(50);
    REQUIRE(planner.grab().save(QStringLiteral("/tmp/yardstick-planner.png")));
    REQUIRE(planner.recordRevision());

    GoalReviewDialog review(*wb.catalogue().standard(standard->id), ComplianceDataLoader::load(wb));
    review.show();
    QTest::qWait(50);
    REQUIRE(review.grab().save(QStringLiteral("/tmp/yardstick-goalreview.png")));
}
