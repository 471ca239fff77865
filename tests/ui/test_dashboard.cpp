// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "catchqt.h"
#include "demoworkbench.h"
#include "itemmodels/departmentsummarymodel.h"
#include "itemmodels/itemroles.h"
#include "mainwindow/mainwindow.h"
#include "usecases/chartservice.h"
#include "usecases/chartsource.h"
#include "views/dashboardview.h"
#include "views/headlinetile.h"
#include "views/standardsview.h"
#include "views/valuetile.h"
#include "workbench/workbench.h"

#include <QAction>
#include <QComboBox>
#include <QDeadlineTimer>
#include <QLabel>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace Yardstick;

namespace {

struct Ids
{
    qint64 met = 0;
    qint64 atRisk = 0;
    qint64 breached = 0;
};

Standard turnaround(const char *code, qint64 service, qint64 department, qint64 dimension,
                    double target, double threshold)
{
    Standard s;
    s.code = QLatin1String(code);
    s.title = QStringLiteral("Mean turnaround ") + s.code;
    s.serviceId = service;
    s.departmentId = department;
    s.dimensionId = dimension;
    s.metric = Metric::TurnaroundDays;
    s.statistic = Statistic::mean();
    s.direction = Direction::LowerIsBetter;
    s.unit = QStringLiteral("days");
    s.revisions = {{QDate(2024, 1, 1), target, threshold, QStringLiteral("set"), {}, {}, {}}};
    return s;
}

Measurement month(qint64 standardId, int monthOf2025, double value)
{
    const QDate start(2025, monthOf2025, 1);
    return {0, standardId, start, start.addMonths(1).addDays(-1), value, 50, QStringLiteral("t")};
}

// Three standards judged in June 2025, lower is better, worked out by hand:
//   APP-T-01 target 15, threshold 20, 15.0: equal to the target counts as met;
//            36.1 in January and 35.3 in February, the months before the
//            programme started on 1 March 2025: its baseline is their mean,
//            (36.1 + 35.3) / 2 = 35.7, so its tile reads "35.7 → 15.0 days".
//   APP-T-02 target 15, threshold 20, 18.0: between the two, at risk.
//   REP-T-01 target 2, threshold 4, 6.0: worse than the threshold, breached.
// Application processing (two standards) belongs to New Accounts, card
// replacement to Card Services.
Ids makeWorkbench(const QString &path)
{
    Workbench::OpenResult made = Workbench::create(path);
    REQUIRE(made.workbench);
    Workbench &wb = *made.workbench;
    Service app{0, QStringLiteral("APP"), QStringLiteral("Application processing"), {}};
    Service rep{0, QStringLiteral("REP"), QStringLiteral("Card replacement"), {}};
    REQUIRE(wb.services().insert(app).ok());
    REQUIRE(wb.services().insert(rep).ok());
    Department accounts{0, QStringLiteral("NA"), QStringLiteral("New Accounts")};
    Department cards{0, QStringLiteral("CS"), QStringLiteral("Card Services")};
    REQUIRE(wb.departments().insert(accounts).ok());
    REQUIRE(wb.departments().insert(cards).ok());
    Dimension time{0, QStringLiteral("timeliness"), QStringLiteral("Timeliness"), true, {}};
    REQUIRE(wb.dimensions().insert(time).ok());

    Standard met = turnaround("APP-T-01", app.id, accounts.id, time.id, 15, 20);
    Standard atRisk = turnaround("APP-T-02", app.id, accounts.id, time.id, 15, 20);
    Standard breached = turnaround("REP-T-01", rep.id, cards.id, time.id, 2, 4);
    for (Standard *s : {&met, &atRisk, &breached})
        REQUIRE(wb.catalogue().add(*s).isEmpty());
    QList<Measurement> values = {month(met.id, 1, 36.1), month(met.id, 2, 35.3),
                                 month(met.id, 6, 15.0), month(atRisk.id, 6, 18.0),
                                 month(breached.id, 6, 6.0)};
    REQUIRE(wb.measurements().insertMany(values).ok());
    REQUIRE(wb.properties()
                .setValue(QLatin1String(PropertyRepository::kProgrammeStart),
                          QStringLiteral("2025-03-01"))
                .ok());
    REQUIRE(wb.properties()
                .setValue(QLatin1String(PropertyRepository::kHeadlineStandards),
                          QStringLiteral("APP-T-01"))
                .ok());
    return {met.id, atRisk.id, breached.id};
}

void waitUntilComputed(const DashboardView &dashboard)
{
    QDeadlineTimer deadline(10000);
    while (dashboard.isComputing() && !deadline.hasExpired())
        QTest::qWait(10);
    REQUIRE_FALSE(dashboard.isComputing());
}

// Every standard row in the tree, code -> status key.
QMap<QString, QString> statuses(const QAbstractItemModel &model,
                                const QModelIndex &parent = QModelIndex())
{
    QMap<QString, QString> found;
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex index = model.index(row, 0, parent);
        if (model.hasChildren(index))
            found.insert(statuses(model, index));
        else
            found.insert(model.index(row, ScorecardModel::CodeColumn, parent).data().toString(),
                         index.data(ComplianceStatusRole).toString());
    }
    return found;
}

QModelIndex rowOf(const QAbstractItemModel &model, qint64 standardId)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.index(row, 0).data(StandardIdRole) == standardId)
            return model.index(row, 0);
    }
    return {};
}

} // namespace

TEST_CASE("the dashboard computes the scorecard in the background and shows it", "[ui][dashboard]")
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    const QString path = dir.filePath(QStringLiteral("dash.yardstick"));
    const Ids ids = makeWorkbench(path);

    MainWindow window(settings);
    window.showSection(MainWindow::Section::Dashboard);
    window.show();
    // The pages come with the workbench.
    CHECK_FALSE(window.findChild<DashboardView *>());
    REQUIRE(window.openWorkbench(path));
    auto *dashboard = window.findChild<DashboardView *>();
    REQUIRE(dashboard);
    CHECK(dashboard->isComputing());
    CHECK(dashboard->findChild<QWidget *>(QStringLiteral("computingIndicator"))->isVisible());
    waitUntilComputed(*dashboard);
    CHECK_FALSE(dashboard->findChild<QWidget *>(QStringLiteral("computingIndicator"))->isVisible());

    QTreeView *tree = dashboard->scorecardView();
    const QAbstractItemModel &shown = *tree->model();
    CHECK(statuses(shown) ==
          QMap<QString, QString>{{QStringLiteral("APP-T-01"), QStringLiteral("met")},
                                 {QStringLiteral("APP-T-02"), QStringLiteral("at_risk")},
                                 {QStringLiteral("REP-T-01"), QStringLiteral("breached")}});
    // Worst first.
    CHECK(shown.index(0, ScorecardModel::CodeColumn).data() == QStringLiteral("REP-T-01"));
    CHECK(
        shown.index(0, 0).data(Qt::ToolTipRole).toString().startsWith(QStringLiteral("Breached")));
    CHECK(dashboard->findChild<QLabel *>(QStringLiteral("periodEnding"))
              ->text()
              .contains(QStringLiteral("2025-06")));

    SECTION("Ctrl+B leaves the breached standard only")
    {
        window.activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(&window));
        QTest::keyClick(&window, Qt::Key_B, Qt::ControlModifier);
        CHECK(dashboard->breachedOnlyAction()->isChecked());
        CHECK(statuses(shown) ==
              QMap<QString, QString>{{QStringLiteral("REP-T-01"), QStringLiteral("breached")}});
        QTest::keyClick(&window, Qt::Key_B, Qt::ControlModifier);
        CHECK(shown.rowCount() == 3);
    }

    SECTION("grouping by service makes group rows that count the met standards")
    {
        auto *groupBy = dashboard->findChild<QComboBox *>(QStringLiteral("groupBy"));
        groupBy->setCurrentIndex(groupBy->findText(QStringLiteral("Service")));
        REQUIRE(shown.rowCount() == 2);
        CHECK(shown.index(0, 0).data() == QStringLiteral("Application processing — 1 of 2 met"));
        CHECK(shown.index(1, 0).data() == QStringLiteral("Card replacement — 0 of 1 met"));
        CHECK(tree->isFirstColumnSpanned(0, QModelIndex()));
        CHECK(tree->isExpanded(shown.index(0, 0)));
        CHECK(statuses(shown).size() == 3);
    }

    SECTION("the department table shows the share met and narrows the scorecard")
    {
        QTableView *table = dashboard->departmentView();
        const QAbstractItemModel &departments = *table->model();
        REQUIRE(departments.rowCount() == 3);
        auto rowNamed = [&departments](const QString &name) {
            const QModelIndexList found = departments.match(
                departments.index(0, 0), Qt::DisplayRole, name, 1, Qt::MatchExactly);
            REQUIRE(found.size() == 1);
            return found.constFirst().row();
        };
        auto share = [&departments](int row) {
            return departments.index(row, DepartmentSummaryModel::ShareMetColumn).data();
        };
        CHECK(rowNamed(QStringLiteral("All departments")) == 0);
        // 1 of 3 met: 33.3%.
        CHECK(share(0) == QStringLiteral("33.3%"));
        CHECK(share(rowNamed(QStringLiteral("New Accounts"))) == QStringLiteral("50.0%"));
        const int cards = rowNamed(QStringLiteral("Card Services"));
        CHECK(share(cards) == QStringLiteral("0.0%"));

        table->selectRow(cards);
        CHECK(statuses(shown) ==
              QMap<QString, QString>{{QStringLiteral("REP-T-01"), QStringLiteral("breached")}});
        // A recomputation keeps the department chosen.
        dashboard->refresh();
        waitUntilComputed(*dashboard);
        CHECK(shown.rowCount() == 1);
        table->selectRow(0);
        CHECK(shown.rowCount() == 3);
    }

    SECTION("the headline tile and the trend chart state the same baseline")
    {
        const QList<HeadlineTile *> tiles = dashboard->findChildren<HeadlineTile *>();
        REQUIRE(tiles.size() == 1);
        // 35.7 - 15.0 = 20.7 days down, 20.7 / 35.7 = 57.98%: a percentage
        // to one decimal, as everywhere.
        CHECK(tiles.constFirst()->valuesText() == QStringLiteral("35.7 → 15.0 days"));
        CHECK(tiles.constFirst()->changeText() ==
              QString::fromUtf8("↓ down 20.7 days (-58.0%), better"));
        CHECK(tiles.constFirst()->isVisible());
        // The trend chart of the same standard, from the same file: the same
        // "before" (the mean of January and February), not a month of its own.
        auto opened = Workbench::open(path);
        REQUIRE(opened.workbench);
        ChartSource source = ChartSource::load(*opened.workbench);
        ChartRequest request;
        request.standards = {ids.met};
        const ChartResult result = opened.workbench->charts().chart(request, source);
        REQUIRE(result.drawable());
        CHECK(std::get<TrendChart>(*result.drawable()).headline ==
              QStringLiteral("35.7 → 15.0 days"));
    }

    SECTION("double-clicking a standard opens it in the Standards section")
    {
        QSignalSpy activated(dashboard, &DashboardView::standardActivated);
        const QModelIndex index = rowOf(shown, ids.atRisk);
        REQUIRE(index.isValid());
        tree->scrollTo(index);
        const QPoint at =
            tree->visualRect(index.siblingAtColumn(ScorecardModel::CodeColumn)).center();
        QTest::mousePress(tree->viewport(), Qt::LeftButton, {}, at);
        QTest::mouseRelease(tree->viewport(), Qt::LeftButton, {}, at);
        QTest::mouseDClick(tree->viewport(), Qt::LeftButton, {}, at);
        QTest::mouseRelease(tree->viewport(), Qt::LeftButton, {}, at);
        REQUIRE(activated.size() == 1);
        CHECK(activated.constFirst().constFirst().toLongLong() == ids.atRisk);
        CHECK(window.currentSection() == MainWindow::Section::Standards);
        CHECK(window.standardsView()->table()->currentIndex().data(StandardIdRole) == ids.atRisk);
    }
    (void)ids.met;
    (void)ids.breached;
}

TEST_CASE("a newer refresh drops the result on its way and the page shows the newest",
          "[ui][dashboard]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("dash.yardstick"));
    makeWorkbench(path);
    Workbench::OpenResult opened = Workbench::open(path);
    REQUIRE(opened.workbench);

    QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    DashboardView dashboard(*opened.workbench, settings);
    QSignalSpy refreshed(&dashboard, &DashboardView::refreshed);
    REQUIRE(dashboard.isComputing());
    dashboard.setPeriodKind(PeriodKind::Quarter);
    dashboard.refresh();
    waitUntilComputed(dashboard);
    // Only the last request reached the screen: the quarter, not the month.
    CHECK(refreshed.size() == 1);
    CHECK(dashboard.scorecardModel()->scorecard().kind == PeriodKind::Quarter);
    CHECK(dashboard.scorecardModel()->scorecard().period.start == QDate(2025, 4, 1));
}

TEST_CASE("an in-memory workbench is computed at once, and an empty one says what to do next",
          "[ui][dashboard]")
{
    Workbench::OpenResult made = Workbench::createInMemory();
    REQUIRE(made.workbench);
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    DashboardView dashboard(*made.workbench, settings);
    CHECK_FALSE(dashboard.isComputing());
    auto *hint = dashboard.findChild<QLabel *>(QStringLiteral("headlineHint"));
    REQUIRE(hint);
    // No internal property names: the menu commands that get an analyst going.
    CHECK_FALSE(hint->text().contains(QLatin1String(PropertyRepository::kHeadlineStandards)));
    CHECK(hint->text().contains(QStringLiteral("no standards yet")));
    CHECK(hint->text().contains(QStringLiteral("Import › Standards Catalogue")));
    CHECK(hint->text().contains(QStringLiteral("Open Demo Workbench")));
    CHECK(dashboard.findChildren<HeadlineTile *>().isEmpty());
}

TEST_CASE("a catalogue with nothing measured points to the imports, then to the headline choice",
          "[ui][dashboard]")
{
    Workbench::OpenResult made = Workbench::createInMemory();
    REQUIRE(made.workbench);
    Workbench &workbench = *made.workbench;
    Service service{0, QStringLiteral("APP"), QStringLiteral("Application processing"), {}};
    REQUIRE(workbench.services().insert(service).ok());
    Dimension timeliness{
        0, QStringLiteral("timeliness_x"), QStringLiteral("Timeliness X"), true, {}};
    REQUIRE(workbench.dimensions().insert(timeliness).ok());
    Standard standard;
    standard.code = QStringLiteral("APP-T-01");
    standard.title = QStringLiteral("Applications processed");
    standard.serviceId = service.id;
    standard.dimensionId = timeliness.id;
    standard.statistic = Statistic::mean();
    standard.metric = Metric::TurnaroundDays;
    standard.direction = Direction::LowerIsBetter;
    standard.unit = QStringLiteral("days");
    Department department{0, QStringLiteral("NA"), QStringLiteral("New Accounts")};
    REQUIRE(workbench.departments().insert(department).ok());
    standard.departmentId = department.id;
    standard.basis = BasisFlag::CustomerExpectation;
    standard.rationale = QStringLiteral("Cardholders expect a decision within two weeks.");
    standard.revise(QDate(2025, 1, 1), 15, 20, QString());
    REQUIRE(workbench.catalogue().add(standard).isEmpty());
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    DashboardView dashboard(workbench, settings);
    auto *hint = dashboard.findChild<QLabel *>(QStringLiteral("headlineHint"));
    REQUIRE(hint);
    // Standards but nothing measured: where the data comes from.
    CHECK(hint->text().contains(QStringLiteral("Nothing is measured yet")));
    CHECK(hint->text().contains(QStringLiteral("Import › Case Records")));

    // With a case measured: the scorecard fills, and the hint says where the
    // headline standards are chosen.
    CaseRecord record;
    record.serviceId = service.id;
    record.caseId = QStringLiteral("A-1");
    record.receivedAt = Moment::fromDate(QDate(2025, 3, 3));
    record.completedAt = Moment::fromDate(QDate(2025, 3, 10));
    QList<CaseRecord> cases{record};
    REQUIRE(workbench.cases().insertMany(cases).ok());
    DashboardView measured(workbench, settings);
    auto *measuredHint = measured.findChild<QLabel *>(QStringLiteral("headlineHint"));
    REQUIRE(measuredHint);
    CHECK(measuredHint->text().contains(QStringLiteral("Workbench Properties")));
    CHECK_FALSE(
        measuredHint->text().contains(QLatin1String(PropertyRepository::kHeadlineStandards)));
    CHECK_FALSE(hint->text().contains(QLatin1String(PropertyRepository::kHeadlineStandards)));
}

TEST_CASE("the dashboard as of an earlier period shows that period in the scorecard and tiles",
          "[ui][dashboard][asof]")
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    const QString path = dir.filePath(QStringLiteral("dash.yardstick"));
    makeWorkbench(path);
    MainWindow window(settings);
    window.show();
    REQUIRE(window.openWorkbench(path));
    auto *dashboard = window.findChild<DashboardView *>();
    REQUIRE(dashboard);
    waitUntilComputed(*dashboard);

    // The periods with data: June, February and January 2025, newest first,
    // after the default.
    QComboBox *asOf = dashboard->asOfPicker();
    REQUIRE(asOf->count() == 4);
    CHECK(asOf->itemText(0) == QStringLiteral("Latest complete (2025-06)"));
    CHECK(asOf->itemText(1) == QStringLiteral("2025-06"));
    CHECK(asOf->itemText(2) == QStringLiteral("2025-02"));
    CHECK(asOf->itemText(3) == QStringLiteral("2025-01"));
    CHECK_FALSE(dashboard->asOf().isValid());

    asOf->setCurrentIndex(2);
    waitUntilComputed(*dashboard);
    CHECK(dashboard->asOf() == QDate(2025, 2, 1));
    CHECK(dashboard->findChild<QLabel *>(QStringLiteral("periodEnding"))
              ->text()
              .contains(QStringLiteral("2025-02")));
    // February: APP-T-01's 35.3 is worse than its threshold 20: breached;
    // the other two have nothing in February.
    const QAbstractItemModel &shown = *dashboard->scorecardView()->model();
    CHECK(statuses(shown) ==
          QMap<QString, QString>{{QStringLiteral("APP-T-01"), QStringLiteral("breached")},
                                 {QStringLiteral("APP-T-02"), QStringLiteral("no_data")},
                                 {QStringLiteral("REP-T-01"), QStringLiteral("no_data")}});
    // February is the last month before the programme: the tile has its
    // value and nothing to compare it with.
    const QList<HeadlineTile *> tiles = dashboard->findChildren<HeadlineTile *>();
    REQUIRE(tiles.size() == 1);
    CHECK(tiles.constFirst()->valuesText() == QStringLiteral("35.3 days"));
    CHECK(tiles.constFirst()->changeText() ==
          QStringLiteral("As of 2025-02, before the programme took effect: nothing to compare "
                         "with yet."));
    // One value in the six months to February: no trend word.
    CHECK(tiles.constFirst()->judgementText() == QStringLiteral("Trend: too few periods to call"));
    // The picker keeps its choice across a refresh.
    dashboard->refresh();
    waitUntilComputed(*dashboard);
    CHECK(asOf->currentIndex() == 2);

    // Another kind of period starts again from its latest complete one.
    dashboard->setPeriodKind(PeriodKind::Quarter);
    waitUntilComputed(*dashboard);
    CHECK_FALSE(dashboard->asOf().isValid());
    CHECK(asOf->itemText(0) == QStringLiteral("Latest complete (2025-Q2)"));
    CHECK(asOf->count() == 3); // 2025-Q2, 2025-Q1
}

TEST_CASE("the value tile names the period the dashboard is as of", "[ui][dashboard][asof]")
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    const QString path = YardstickTests::copyOfDemoWorkbench(dir.path());
    MainWindow window(settings);
    window.show();
    REQUIRE(window.openWorkbench(path));
    auto *dashboard = window.findChild<DashboardView *>();
    REQUIRE(dashboard);
    waitUntilComputed(*dashboard);
    const auto periodsOfTile = [dashboard] {
        const QList<ValueTile *> tiles = dashboard->findChildren<ValueTile *>();
        REQUIRE(tiles.size() == 1);
        QStringList texts;
        for (const QLabel *label : tiles.constFirst()->findChildren<QLabel *>())
            texts.append(label->text());
        return texts;
    };
    // The demo's latest complete month is December 2025.
    CHECK(periodsOfTile().contains(QStringLiteral("Before the programme → 2025-12")));
    dashboard->setAsOf(QDate(2025, 6, 15));
    waitUntilComputed(*dashboard);
    CHECK(dashboard->asOfPicker()->currentText() == QStringLiteral("2025-06"));
    CHECK(periodsOfTile().contains(QStringLiteral("Before the programme → 2025-06")));
}
