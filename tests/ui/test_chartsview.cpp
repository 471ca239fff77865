// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "catchqt.h"
#include "charts/qcustomplotshim.h"
#include "demo/demoworkbenchgenerator.h"
#include "demoworkbench.h"
#include "dialogs/phasedialog.h"
#include "export/chartexportdialog.h"
#include "itemmodels/itemroles.h"
#include "itemmodels/signallistmodel.h"
#include "mainwindow/mainwindow.h"
#include "test_chartsamples.h"
#include "views/chartcanvas.h"
#include "views/chartsview.h"
#include "views/controlchartpanel.h"
#include "views/dashboardview.h"
#include "views/phasepanel.h"
#include "views/standardpicker.h"
#include "views/standardsview.h"
#include "workbench/compliancedataloader.h"
#include "workbench/workbench.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDeadlineTimer>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>

#include <memory>

using namespace Yardstick;

namespace {

void waitFor(const std::function<bool()> &done, int ms = 60000)
{
    QDeadlineTimer deadline(ms);
    while (!done() && !deadline.hasExpired())
        QTest::qWait(20);
    REQUIRE(done());
}

QCPGraph *graphNamed(QCustomPlot *plot, const QString &name)
{
    for (int i = 0; i < plot->graphCount(); ++i) {
        if (plot->graph(i)->objectName() == name)
            return plot->graph(i);
    }
    return nullptr;
}

// A copy of the demo, open, with a Charts page on it: the page reads the
// workbench on its worker when shown.
struct Fixture
{
    QTemporaryDir dir;
    QSettings settings{dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat};
    QUndoStack undoStack;
    std::unique_ptr<Workbench> workbench;
    std::unique_ptr<ChartsView> view;
    QString headlineCode;
    qint64 headlineId = 0;

    Fixture()
    {
        Workbench::OpenResult opened =
            Workbench::open(YardstickTests::copyOfDemoWorkbench(dir.path()));
        REQUIRE(opened.workbench);
        workbench = std::move(opened.workbench);
        // The first headline standard: application processing's mean turnaround.
        headlineCode = workbench->properties()
                           .value(QLatin1String(PropertyRepository::kHeadlineStandards))
                           .split(QLatin1Char(';'))
                           .constFirst();
        for (const Standard &s : workbench->catalogue().standards()) {
            if (s.code == headlineCode)
                headlineId = s.id;
        }
        REQUIRE(headlineId != 0);
    }

    ~Fixture()
    {
        view.reset();
        undoStack.clear();
    }

    ChartsView &makeView()
    {
        view = std::make_unique<ChartsView>(*workbench, settings, undoStack);
        view->resize(1280, 800);
        QSignalSpy loaded(view.get(), &ChartsView::loaded);
        view->show();
        waitFor([&loaded] { return loaded.size() > 0; });
        REQUIRE_FALSE(view->isLoading());
        return *view;
    }

    void choose(ChartKind kind) const
    {
        QComboBox *box = view->kindBox();
        box->setCurrentIndex(box->findData(chartKindKey(kind)));
        REQUIRE(view->chartKind() == kind);
    }
};

template<class Chart>
const Chart &shownChart(const ChartsView &view)
{
    INFO("message in place of the chart: " << view.chartMessage().toStdString());
    REQUIRE(view.chart().has_value());
    const Chart *chart = std::get_if<Chart>(&*view.chart());
    REQUIRE(chart);
    return *chart;
}

} // namespace

TEST_CASE("the headline standard's monthly trend has a point for each month of the demo",
          "[ui][charts]")
{
    Fixture f;
    ChartsView &view = f.makeView();
    f.choose(ChartKind::Trend);
    view.setPeriodKind(PeriodKind::Month);

    // As an analyst would: filter the list by the code and click the standard.
    StandardPicker *picker = view.standardPicker();
    QTest::keyClicks(picker->filterEdit(), f.headlineCode);
    QTreeView *list = picker->listView();
    QModelIndex row;
    for (int r = 0; r < list->model()->rowCount(); ++r) {
        const QModelIndex index = list->model()->index(r, 0);
        if (index.data().toString().startsWith(f.headlineCode + QStringLiteral(" — ")))
            row = index;
    }
    REQUIRE(row.isValid());
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(row).center());
    CHECK(picker->currentStandard() == f.headlineId);
    CHECK(picker->checkedStandards() == QList<qint64>{f.headlineId});

    const TrendChart &trend = shownChart<TrendChart>(view);
    REQUIRE(trend.series.size() == 1);
    CHECK(trend.series.constFirst().standardId == f.headlineId);
    QCPGraph *values = graphNamed(view.canvas()->plot(), QStringLiteral("values"));
    REQUIRE(values);
    // Weekly measurements from the week of Monday 2 January 2023, for 156
    // weeks, to Sunday 28 December 2025: January 2023 to December 2025.
    const QDate first = DemoWorkbenchGenerator::firstWeekStart();
    const QDate last = first.addDays(7 * qint64(DemoWorkbenchGenerator::weekCount()) - 1);
    const int months = (last.year() - first.year()) * 12 + last.month() - first.month() + 1;
    CHECK(months == 36);
    CHECK(values->dataCount() == months);
    // Before and after the quality programme, the change annotated.
    CHECK(trend.series.constFirst().phases.size() == 2);
    REQUIRE(trend.annotations.size() == 1);
    CHECK(trend.annotations.constFirst().date == DemoWorkbenchGenerator::programmeStart());
    CHECK_FALSE(trend.headline.isEmpty());
    CHECK(view.canvas()->findChild<QLabel *>(QStringLiteral("chartTitle"))->text() == trend.title);

    SECTION("without the headline box the chart has no headline")
    {
        view.headlineBox()->setChecked(false);
        CHECK(shownChart<TrendChart>(view).headline.isEmpty());
    }

    SECTION("a second ticked standard is overlaid, and clicking around keeps both")
    {
        picker->filterEdit()->clear();
        QAbstractItemModel *model = list->model();
        const QModelIndex other = model->index(row.row() == 0 ? 1 : 0, 0);
        model->setData(other, Qt::Checked, Qt::CheckStateRole);
        CHECK(shownChart<TrendChart>(view).series.size() == 2);
        list->setCurrentIndex(model->index(5, 0));
        CHECK(shownChart<TrendChart>(view).series.size() == 2);
        // The headline would tell the first standard's story as everyone's.
        CHECK(shownChart<TrendChart>(view).headline.isEmpty());
        CHECK_FALSE(view.headlineBox()->isEnabled());
        CHECK(picker->findChild<QLabel *>(QStringLiteral("standardCount"))
                  ->text()
                  .endsWith(QStringLiteral("2 ticked")));
        QTest::mouseClick(picker->untickButton(), Qt::LeftButton);
        CHECK(picker->checkedStandards() == QList<qint64>{*picker->currentStandard()});
        CHECK(shownChart<TrendChart>(view).series.size() == 1);
    }

    SECTION("the weekly trend has a point per week")
    {
        view.setPeriodKind(PeriodKind::Week);
        QCPGraph *weekly = graphNamed(view.canvas()->plot(), QStringLiteral("values"));
        REQUIRE(weekly);
        CHECK(weekly->dataCount() == DemoWorkbenchGenerator::weekCount());
    }
}

TEST_CASE("the control chart lists the signals core finds for the same request", "[ui][charts]")
{
    Fixture f;
    ChartsView &view = f.makeView();
    view.showStandard(f.headlineId, ChartKind::ControlChart);
    view.setPeriodKind(PeriodKind::Month);
    ControlChartPanel *panel = view.controlPanel();
    panel->setControlChartType(std::nullopt);
    panel->setRules(RuleSet::Nelson);
    const StandardControlChart &shown = shownChart<StandardControlChart>(view);
    CHECK(shown.standardId == f.headlineId);
    CHECK(panel->isVisible());

    const ComplianceData data = ComplianceDataLoader::load(*f.workbench);
    StandardControlChartRequest request;
    request.standardId = f.headlineId;
    request.kind = PeriodKind::Month;
    request.rules = RuleSet::Nelson;
    const StandardControlChartResult result =
        buildStandardControlChart(request, data, f.workbench->phases().all());
    REQUIRE(std::holds_alternative<StandardControlChart>(result));
    const QList<ChartSignal> expected = std::get<StandardControlChart>(result).signalList;
    REQUIRE_FALSE(expected.isEmpty());

    const QAbstractItemModel &rows = *panel->signalTable()->model();
    REQUIRE(rows.rowCount() == expected.size());
    for (int r = 0; r < expected.size(); ++r) {
        const ChartSignal &signal = expected.at(r);
        CHECK(rows.index(r, SignalListModel::PeriodColumn).data() == signal.periodLabel);
        CHECK(rows.index(r, 0).data(SignalListModel::RuleKeyRole) == signal.rule);
        CHECK(rows.index(r, SignalListModel::MeaningColumn).data() == signal.meaning);
        CHECK(rows.index(r, 0).data(SignalListModel::PointRole) == signal.point);
    }
    // The automatic choice names what core suggests: individuals for a mean.
    CHECK(panel->chartTypeBox()->itemText(0).contains(QStringLiteral("I-MR")));

    SECTION("selecting a signal rings its point")
    {
        const int r = int(expected.size()) - 1;
        panel->signalTable()->selectRow(r);
        CHECK(view.canvas()->highlightedPoint() == expected.at(r).point);
        QCustomPlot *plot = view.canvas()->plot();
        QCPItemTracer *ring = nullptr;
        for (int i = 0; i < plot->itemCount(); ++i) {
            if (plot->item(i)->objectName() == QLatin1String("highlight"))
                ring = qobject_cast<QCPItemTracer *>(plot->item(i));
        }
        REQUIRE(ring);
        // On the flagged marker, on whichever chart (X or moving range) the
        // rule flagged it.
        bool onFlagged = false;
        for (const char *name : {"flagged", "dispersionFlagged"}) {
            QCPGraph *flagged = graphNamed(plot, QLatin1String(name));
            if (!flagged || flagged->valueAxis() != ring->position->valueAxis())
                continue;
            for (auto it = flagged->data()->constBegin(); it != flagged->data()->constEnd(); ++it)
                onFlagged = onFlagged || (qFuzzyCompare(it->key, ring->position->key()) &&
                                          qFuzzyCompare(it->value, ring->position->value()));
        }
        CHECK(onFlagged);
    }

    SECTION("without run rules nothing is flagged")
    {
        panel->setRules(RuleSet::None);
        CHECK(rows.rowCount() == 0);
        CHECK(shownChart<StandardControlChart>(view).signalList.isEmpty());
    }

    SECTION("a chart core cannot draw shows core's reason in its place")
    {
        // An np chart needs counts of defectives: a mean turnaround has none.
        panel->setControlChartType(ControlChartType::Np);
        request.chartType = ControlChartType::Np;
        const StandardControlChartResult refused =
            buildStandardControlChart(request, data, f.workbench->phases().all());
        REQUIRE(std::holds_alternative<QString>(refused));
        CHECK_FALSE(view.chart().has_value());
        CHECK(view.chartMessage().contains(std::get<QString>(refused)));
        CHECK_FALSE(view.exportAction()->isEnabled());
        CHECK(rows.rowCount() == 0);
    }
}

TEST_CASE("a rebase added through the dialog is stored with its trail, and undo removes it",
          "[ui][charts][phases]")
{
    Fixture f;
    ChartsView &view = f.makeView();
    view.showStandard(f.headlineId, ChartKind::ControlChart);
    QTest::qWait(0); // the side panel appeared: let it be laid out before clicking in it
    PhasePanel *phases = view.controlPanel()->phasePanel();
    // The workbench-wide programme start is listed for every standard.
    REQUIRE(phases->shownPhases().size() == 1);
    CHECK_FALSE(phases->shownPhases().constFirst().standardId.has_value());

    QTest::mouseClick(phases->addButton(), Qt::LeftButton);
    auto *dialog = view.findChild<PhaseDialog *>();
    REQUIRE(dialog);
    QPushButton *ok = dialog->buttons()->button(QDialogButtonBox::Ok);
    dialog->startsOnEdit()->setDate(QDate(2025, 6, 2));
    QTest::keyClicks(dialog->labelEdit(), QStringLiteral("New scanning system"));
    // The reason is required: OK waits for it and says why.
    CHECK_FALSE(ok->isEnabled());
    CHECK(dialog->problemsLabel()->text().contains(QStringLiteral("why")));
    QTest::keyClicks(dialog->reasonEdit(), QStringLiteral("Scanners replaced the paper forms"));
    CHECK(ok->isEnabled());
    CHECK(dialog->thisStandardButton()->isChecked());
    QTest::mouseClick(ok, Qt::LeftButton);

    const auto stored = [&f] {
        QList<ProcessPhase> found;
        for (const ProcessPhase &p : f.workbench->phases().all()) {
            if (p.label == QLatin1String("New scanning system"))
                found << p;
        }
        return found;
    };
    const auto charted = [&view] {
        QStringList labels;
        for (const ControlChartPhase &p : shownChart<StandardControlChart>(view).phases)
            labels << p.label;
        return labels.contains(QStringLiteral("New scanning system"));
    };
    REQUIRE(stored().size() == 1);
    CHECK(stored().constFirst().standardId == f.headlineId);
    CHECK(stored().constFirst().startsOn == QDate(2025, 6, 2));
    CHECK(stored().constFirst().reason == QStringLiteral("Scanners replaced the paper forms"));
    QList<ProcessPhaseLogEntry> log = f.workbench->phases().log(f.headlineId);
    CHECK(log.constLast().action == ProcessPhaseLogEntry::Action::Added);
    CHECK(log.constLast().phase.label == QStringLiteral("New scanning system"));
    CHECK(f.undoStack.count() == 1);
    CHECK(phases->shownPhases().size() == 2);
    CHECK(charted());

    f.undoStack.undo();
    CHECK(stored().isEmpty());
    log = f.workbench->phases().log(f.headlineId);
    CHECK(log.constLast().action == ProcessPhaseLogEntry::Action::Removed);
    CHECK(log.constLast().phase.label == QStringLiteral("New scanning system"));
    CHECK(phases->shownPhases().size() == 1);
    CHECK_FALSE(charted());

    f.undoStack.redo();
    REQUIRE(stored().size() == 1);
    CHECK(f.workbench->phases().log(f.headlineId).constLast().action ==
          ProcessPhaseLogEntry::Action::Added);
    CHECK(charted());

    SECTION("removing it from the panel and undoing brings it back, under its new id")
    {
        const int row = int(phases->shownPhases().indexOf(stored().constFirst()));
        REQUIRE(row >= 0);
        phases->table()->selectRow(row);
        QTest::mouseClick(phases->removeButton(), Qt::LeftButton);
        CHECK(stored().isEmpty());
        f.undoStack.undo();
        REQUIRE(stored().size() == 1);
        // Undo the redone add: the handle followed the phase to its new id.
        f.undoStack.undo();
        CHECK(stored().isEmpty());
        CHECK(f.workbench->phases().log(f.headlineId).constLast().action ==
              ProcessPhaseLogEntry::Action::Removed);
    }

    SECTION("the history lists each action")
    {
        QTest::mouseClick(phases->historyButton(), Qt::LeftButton);
        auto *table = view.findChild<QTableWidget *>(QStringLiteral("phaseHistoryTable"));
        REQUIRE(table);
        // The programme start, then added, removed and added again.
        REQUIRE(table->rowCount() == 4);
        CHECK(table->item(3, 1)->text() == QStringLiteral("Added"));
        CHECK(table->item(2, 1)->text() == QStringLiteral("Removed"));
        CHECK(table->item(3, 3)->text() == QStringLiteral("New scanning system"));
    }
}

TEST_CASE("the phase dialog checks the limits entered by hand", "[ui][charts][phases]")
{
    ProcessPhase phase;
    phase.startsOn = QDate(2025, 3, 3);
    PhaseDialog dialog(phase, 7, QStringLiteral("APP-Q-01"), ControlChartType::P);
    QPushButton *ok = dialog.buttons()->button(QDialogButtonBox::Ok);
    CHECK_FALSE(ok->isEnabled());
    QTest::keyClicks(dialog.labelEdit(), QStringLiteral("Checklist"));
    QTest::keyClicks(dialog.reasonEdit(), QStringLiteral("A checklist at intake"));
    CHECK(ok->isEnabled());

    dialog.fixedLimitsBox()->setChecked(true);
    CHECK_FALSE(ok->isEnabled()); // a centre is needed
    QTest::keyClicks(dialog.centreEdit(), QStringLiteral("95"));
    // A p chart's centre is a proportion.
    CHECK_FALSE(ok->isEnabled());
    CHECK(dialog.problemsLabel()->text().contains(QStringLiteral("from 0 to 1")));
    dialog.centreEdit()->setText(QStringLiteral("0.95"));
    QTest::keyClicks(dialog.sigmaEdit(), QStringLiteral("0"));
    CHECK_FALSE(ok->isEnabled());
    dialog.sigmaEdit()->clear();
    CHECK(ok->isEnabled());

    ProcessPhase entered = dialog.phase();
    CHECK(entered.standardId == 7);
    CHECK(entered.fixedCenter == 0.95);
    CHECK_FALSE(entered.fixedSigma.has_value());
    CHECK(entered.startsOn == QDate(2025, 3, 3));
    dialog.everyStandardButton()->setChecked(true);
    CHECK_FALSE(dialog.phase().standardId.has_value());
}

TEST_CASE("a new Charts page comes back as the analyst left the last one", "[ui][charts]")
{
    Fixture f;
    QList<qint64> ticked;
    {
        ChartsView &view = f.makeView();
        f.choose(ChartKind::ControlChart);
        view.setPeriodKind(PeriodKind::Quarter);
        view.controlPanel()->setControlChartType(ControlChartType::IndividualsMovingRange);
        view.controlPanel()->setRules(RuleSet::WesternElectric);
        view.headlineBox()->setChecked(false);
        QAbstractItemModel *model = view.standardPicker()->listView()->model();
        view.standardPicker()->listView()->setCurrentIndex(model->index(3, 0));
        model->setData(model->index(1, 0), Qt::Checked, Qt::CheckStateRole);
        ticked = view.standardPicker()->checkedStandards();
        REQUIRE(ticked.size() == 2);
        f.view.reset();
    }
    ChartsView &again = f.makeView();
    CHECK(again.chartKind() == ChartKind::ControlChart);
    CHECK(again.periodKind() == PeriodKind::Quarter);
    CHECK(again.controlPanel()->controlChartType() == ControlChartType::IndividualsMovingRange);
    CHECK(again.controlPanel()->rules() == RuleSet::WesternElectric);
    CHECK_FALSE(again.headlineBox()->isChecked());
    CHECK(again.standardPicker()->checkedStandards() == ticked);
    const QModelIndex current = again.standardPicker()->listView()->currentIndex();
    CHECK(current.row() == 3);
}

TEST_CASE("the chart on screen exports as a slide-sized PNG", "[ui][charts][export]")
{
    Fixture f;
    ChartsView &view = f.makeView();
    view.showStandard(f.headlineId, ChartKind::Trend);
    REQUIRE(view.chart().has_value());
    QSignalSpy status(&view, &ChartsView::statusMessage);
    QSignalSpy errors(&view, &ChartsView::errorOccurred);

    SECTION("with options given directly")
    {
        ChartExportOptions options = ChartExporter::optionsFor(*view.chart(), QString());
        options.format = ChartExportOptions::Format::Png;
        options.preset = ChartExportOptions::SizePreset::Slide;
        const QString path = f.dir.filePath(QStringLiteral("trend.png"));
        CHECK(view.exportChartTo(options, path).ok());
        const QImage image(path);
        CHECK(image.size() == QSize(1920, 1080));
        CHECK(status.size() == 1);
        CHECK(errors.isEmpty());
    }

    SECTION("through the dialog Ctrl+E opens")
    {
        view.activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(&view));
        view.canvas()->plot()->setFocus();
        QTest::keyClick(&view, Qt::Key_E, Qt::ControlModifier);
        auto *dialog = view.findChild<ChartExportDialog *>();
        REQUIRE(dialog);
        dialog->formatBox()->setCurrentIndex(
            dialog->formatBox()->findData(int(ChartExportOptions::Format::Png)));
        dialog->sizeBox()->setCurrentIndex(
            dialog->sizeBox()->findData(int(ChartExportOptions::SizePreset::Slide)));
        const QString path = f.dir.filePath(QStringLiteral("dialog.png"));
        dialog->fileEdit()->setText(path);
        dialog->accept();
        CHECK(QImage(path).size() == QSize(1920, 1080));
        REQUIRE(status.size() == 1);
        CHECK(status.constFirst().constFirst().toString().contains(QStringLiteral("dialog.png")));
    }

    SECTION("a file that cannot be written is reported with the reason")
    {
        const ChartExportOptions options = ChartExporter::optionsFor(*view.chart(), QString());
        const QString path = f.dir.filePath(QStringLiteral("no/such/folder/trend.png"));
        CHECK_FALSE(view.exportChartTo(options, path).ok());
        REQUIRE(errors.size() == 1);
        CHECK(errors.constFirst().constFirst().toString().contains(QStringLiteral("trend.png")));
        CHECK(status.isEmpty());
    }
}

TEST_CASE("the summary charts draw from the demo", "[ui][charts]")
{
    Fixture f;
    ChartsView &view = f.makeView();
    f.choose(ChartKind::ComplaintsByService);
    CHECK_FALSE(shownChart<ParetoChart>(view).bars.isEmpty());
    CHECK_FALSE(view.standardPicker()->isVisible());
    f.choose(ChartKind::ComplaintsByDimension);
    CHECK_FALSE(shownChart<ParetoChart>(view).bars.isEmpty());
    f.choose(ChartKind::ComplaintsPerMonth);
    CHECK(shownChart<ComplaintTrendChart>(view).months.size() >= 36);
    CHECK_FALSE(view.standardPicker()->isVisible());
    f.choose(ChartKind::BreachedStandards);
    CHECK_FALSE(shownChart<ParetoChart>(view).bars.isEmpty());
    f.choose(ChartKind::Departments);
    CHECK_FALSE(shownChart<DepartmentChart>(view).bars.isEmpty());
    f.choose(ChartKind::Heatmap);
    CHECK_FALSE(shownChart<HeatmapChart>(view).rows.isEmpty());
    CHECK(view.standardPicker()->isVisible());
}

TEST_CASE("the dashboard's context menu opens a standard's control chart on the Charts page",
          "[ui][charts][mainwindow]")
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    const QString path = YardstickTests::copyOfDemoWorkbench(dir.path());
    MainWindow window(settings);
    window.showSection(MainWindow::Section::Dashboard);
    window.show();
    REQUIRE(window.openWorkbench(path));
    DashboardView *dashboard = window.dashboardView();
    waitFor([dashboard] { return !dashboard->isComputing(); });

    QTreeView *tree = dashboard->scorecardView();
    const QModelIndex first = tree->model()->index(0, 0);
    const qint64 id = first.data(StandardIdRole).toLongLong();
    REQUIRE(id != 0);
    tree->setCurrentIndex(first);
    CHECK(tree->contextMenuPolicy() == Qt::ActionsContextMenu);
    auto *control = tree->findChild<QAction *>(QStringLiteral("showControlChart"));
    REQUIRE(control);
    control->trigger();
    CHECK(window.currentSection() == MainWindow::Section::Charts);
    ChartsView *charts = window.chartsView();
    waitFor([charts] { return !charts->isLoading() && charts->chart().has_value(); });
    CHECK(charts->chartKind() == ChartKind::ControlChart);
    CHECK(charts->standardPicker()->currentStandard() == id);

    // On the Charts page Ctrl+E exports the chart; it does not edit the
    // standard still selected on the hidden Standards page.
    window.standardsView()->selectStandard(id);
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    QTest::keyClick(&window, Qt::Key_E, Qt::ControlModifier);
    auto *dialog = window.findChild<ChartExportDialog *>();
    REQUIRE(dialog);
    dialog->reject();
}

TEST_CASE("the chart canvas turns the pages of a heat map too long for it, none left out",
          "[ui][charts][heatmap]")
{
    ChartCanvas canvas;
    canvas.resize(900, 520);
    canvas.show();
    REQUIRE(QTest::qWaitForWindowExposed(&canvas));
    canvas.showChart(ChartSamples::heatmap(120, 12));
    QTest::qWait(200); // the resize timer draws it again at its size
    const int pages = canvas.heatmapPageCount();
    REQUIRE(pages > 1);
    auto *next = canvas.findChild<QToolButton *>(QStringLiteral("nextPage"));
    auto *previous = canvas.findChild<QToolButton *>(QStringLiteral("previousPage"));
    REQUIRE(next);
    REQUIRE(previous);
    CHECK(canvas.findChild<QWidget *>(QStringLiteral("heatmapPager"))->isVisible());
    CHECK_FALSE(previous->isEnabled());
    QSet<QString> seen;
    for (int page = 0; page < pages; ++page) {
        CHECK(canvas.heatmapPage() == page);
        CHECK(canvas.findChild<QLabel *>(QStringLiteral("pageLabel"))->text() ==
              QStringLiteral("Page %1 of %2").arg(page + 1).arg(pages));
        auto *rows = dynamic_cast<QCPAxisTickerText *>(canvas.plot()->yAxis->ticker().data());
        REQUIRE(rows);
        for (const QString &code : rows->ticks())
            seen.insert(code);
        CHECK(next->isEnabled() == (page + 1 < pages));
        if (page + 1 < pages)
            next->click();
    }
    CHECK(seen.size() == 120);
    previous->click();
    CHECK(canvas.heatmapPage() == pages - 2);
    // Another chart starts again at its first page, without the pager.
    canvas.showChart(ChartSamples::heatmap(5, 12));
    CHECK(canvas.heatmapPageCount() == 1);
    CHECK_FALSE(canvas.findChild<QWidget *>(QStringLiteral("heatmapPager"))->isVisible());
}
