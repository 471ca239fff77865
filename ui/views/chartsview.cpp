// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartsview.h"

#include "chartcanvas.h"
#include "chartdata/dollarpareto.h"
#include "chartsource.h"
#include "controlchartpanel.h"
#include "export/chartexportdialog.h"
#include "phasepanel.h"
#include "standardpicker.h"
#include "workbench/workbench.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QSettings>
#include <QSplitter>
#include <QThread>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

namespace Yardstick {

namespace {

const QString kKindKey = QStringLiteral("charts/kind");
const QString kPeriodKey = QStringLiteral("charts/period");
const QString kStandardsKey = QStringLiteral("charts/standards");
const QString kCurrentKey = QStringLiteral("charts/current");
const QString kChartTypeKey = QStringLiteral("charts/chartType");
const QString kRulesKey = QStringLiteral("charts/rules");
const QString kHeadlineKey = QStringLiteral("charts/headline");
const QString kSplitterKey = QStringLiteral("charts/splitter");
const QString kAutomatic = QStringLiteral("auto");

// What a worker hands back: the data read, or why it could not be read.
struct LoadResult
{
    std::shared_ptr<ChartSource> source;
    QString error;
};

const Standard *standardOf(const ComplianceData &data, qint64 id)
{
    for (const Standard &s : data.standards) {
        if (s.id == id)
            return &s;
    }
    return nullptr;
}

} // namespace

ChartsView::ChartsView(QSettings &settings, QUndoStack &undoStack, QWidget *parent)
    : QWidget(parent)
    , m_settings(settings)
{
    m_exportAction = new QAction(tr("E&xport Chart…"), this);
    m_exportAction->setObjectName(QStringLiteral("exportChartAction"));
    m_exportAction->setShortcut(QKeySequence(tr("Ctrl+E")));
    m_exportAction->setToolTip(
        tr("Save the chart as PNG, PDF or SVG for a slide or a page (%1)")
            .arg(m_exportAction->shortcut().toString(QKeySequence::NativeText)));
    m_copyAction = new QAction(tr("C&opy Chart"), this);
    m_copyAction->setObjectName(QStringLiteral("copyChartAction"));
    m_copyAction->setShortcut(QKeySequence(tr("Ctrl+Shift+C")));
    m_copyAction->setToolTip(tr("Put the chart on the clipboard as a slide-sized image (%1)")
                                 .arg(m_copyAction->shortcut().toString(QKeySequence::NativeText)));
    for (QAction *action : {m_exportAction, m_copyAction}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        action->setEnabled(false);
        addAction(action);
    }
    connect(m_exportAction, &QAction::triggered, this, &ChartsView::exportChart);
    connect(m_copyAction, &QAction::triggered, this, &ChartsView::copyChart);

    m_picker = new StandardPicker(this);
    m_picker->setObjectName(QStringLiteral("standardPicker"));
    m_canvas = new ChartCanvas(this);
    m_canvas->setObjectName(QStringLiteral("chartCanvas"));
    m_controlPanel = new ControlChartPanel(undoStack, this);
    m_controlPanel->setObjectName(QStringLiteral("controlChartPanel"));

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("chartsSplitter"));
    splitter->addWidget(m_picker);
    splitter->addWidget(m_canvas);
    splitter->addWidget(m_controlPanel);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({260, 700, 360});
    splitter->restoreState(m_settings.value(kSplitterKey).toByteArray());
    connect(splitter, &QSplitter::splitterMoved, this,
            [this, splitter] { m_settings.setValue(kSplitterKey, splitter->saveState()); });

    m_hint = new QLabel(this);
    m_hint->setObjectName(QStringLiteral("chartHint"));
    m_hint->setWordWrap(true);
    QPalette muted = m_hint->palette();
    muted.setColor(QPalette::WindowText, QColor(0x55, 0x55, 0x55));
    m_hint->setPalette(muted);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 4);
    layout->addWidget(buildToolbar());
    layout->addWidget(m_hint);
    layout->addWidget(splitter, 1);

    restoreSettings();

    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        saveSettings();
        rebuild();
    });
    connect(m_period, &QComboBox::currentIndexChanged, this, [this] {
        saveSettings();
        rebuild();
    });
    connect(m_headline, &QCheckBox::toggled, this, [this] {
        saveSettings();
        rebuild();
    });
    connect(m_controlPanel, &ControlChartPanel::optionsChanged, this, [this] {
        saveSettings();
        rebuild();
    });
    connect(m_picker, &StandardPicker::selectionChanged, this, [this] {
        saveSettings();
        rebuild();
    });
    connect(m_controlPanel, &ControlChartPanel::pointSelected, this, &ChartsView::pointSelected);
    connect(m_controlPanel->phasePanel(), &PhasePanel::errorOccurred, this,
            &ChartsView::errorOccurred);
    // Phase edits, their undo and redo: the phases are read again (one small
    // query) and the chart redrawn; nothing else of the workbench changed.
    connect(&undoStack, &QUndoStack::indexChanged, this, &ChartsView::reloadPhases);
    rebuild();
}

ChartsView::~ChartsView()
{
    // The worker touches nothing of this view, but its QThread is our child.
    if (m_worker)
        m_worker->wait();
}

QWidget *ChartsView::buildToolbar()
{
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("chartKind"));
    m_kind->setAccessibleName(tr("Chart"));
    for (ChartKindChoice choice : allChartKindChoices())
        m_kind->addItem(chartKindChoiceDisplayName(choice), chartKindChoiceKey(choice));
    m_period = new QComboBox(this);
    m_period->setObjectName(QStringLiteral("chartPeriod"));
    m_period->setAccessibleName(tr("Period"));
    m_period->addItem(tr("Week"), periodKindKey(PeriodKind::Week));
    m_period->addItem(tr("Month"), periodKindKey(PeriodKind::Month));
    m_period->addItem(tr("Quarter"), periodKindKey(PeriodKind::Quarter));
    m_headline = new QCheckBox(tr("Show head&line"), this);
    m_headline->setObjectName(QStringLiteral("chartHeadline"));
    m_headline->setToolTip(tr("Print the change in large figures on the trend chart, "
                              "e.g. “35 → 15 days”"));

    auto *kindLabel = new QLabel(tr("&Chart:"), this);
    kindLabel->setBuddy(m_kind);
    auto *periodLabel = new QLabel(tr("Pe&riod:"), this);
    periodLabel->setBuddy(m_period);

    m_busyLabel = new QLabel(tr("Reading the workbench…"), this);
    m_busyLabel->setObjectName(QStringLiteral("chartsBusy"));
    m_busy = new QProgressBar(this);
    m_busy->setRange(0, 0); // busy, no end known
    m_busy->setFixedWidth(80);
    m_busy->setTextVisible(false);
    m_busy->setAccessibleName(tr("Reading the workbench"));

    auto *exportButton = new QToolButton(this);
    exportButton->setDefaultAction(m_exportAction);
    exportButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *copyButton = new QToolButton(this);
    copyButton->setDefaultAction(m_copyAction);
    copyButton->setToolButtonStyle(Qt::ToolButtonTextOnly);

    auto *row = new QWidget(this);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(kindLabel);
    layout->addWidget(m_kind);
    layout->addSpacing(12);
    layout->addWidget(periodLabel);
    layout->addWidget(m_period);
    layout->addSpacing(12);
    layout->addWidget(m_headline);
    layout->addStretch(1);
    layout->addWidget(m_busyLabel);
    layout->addWidget(m_busy);
    layout->addSpacing(12);
    layout->addWidget(exportButton);
    layout->addWidget(copyButton);
    m_busyLabel->hide();
    m_busy->hide();
    return row;
}

void ChartsView::restoreSettings()
{
    m_restoring = true;
    const std::optional<ChartKindChoice> kind =
        chartKindChoiceFromKey(m_settings.value(kKindKey).toString());
    setChartKind(kind.value_or(ChartKindChoice::Trend));
    setPeriodKind(
        periodKindFromKey(m_settings.value(kPeriodKey).toString()).value_or(PeriodKind::Month));
    m_controlPanel->setChartType(chartKindFromKey(m_settings.value(kChartTypeKey).toString()));
    m_controlPanel->setRules(
        ruleSetFromKey(m_settings.value(kRulesKey).toString()).value_or(RuleSet::Nelson));
    m_headline->setChecked(m_settings.value(kHeadlineKey, true).toBool());
    m_restoring = false;
}

void ChartsView::saveSettings()
{
    if (m_restoring)
        return;
    m_settings.setValue(kKindKey, chartKindChoiceKey(chartKind()));
    m_settings.setValue(kPeriodKey, periodKindKey(periodKind()));
    const std::optional<ChartKind> type = m_controlPanel->chartType();
    m_settings.setValue(kChartTypeKey, type ? chartKindKey(*type) : kAutomatic);
    m_settings.setValue(kRulesKey, ruleSetKey(m_controlPanel->rules()));
    m_settings.setValue(kHeadlineKey, m_headline->isChecked());
    // Codes, not ids: they mean the same standard in another workbench.
    if (m_source && m_standardsRestored) {
        QStringList codes;
        for (qint64 id : m_picker->checkedStandards())
            codes << m_picker->codeOf(id);
        m_settings.setValue(kStandardsKey, codes);
        if (const std::optional<qint64> current = m_picker->currentStandard())
            m_settings.setValue(kCurrentKey, m_picker->codeOf(*current));
    }
}

ChartKindChoice ChartsView::chartKind() const
{
    return chartKindChoiceFromKey(m_kind->currentData().toString())
        .value_or(ChartKindChoice::Trend);
}

void ChartsView::setChartKind(ChartKindChoice kind)
{
    m_kind->setCurrentIndex(qMax(0, m_kind->findData(chartKindChoiceKey(kind))));
}

PeriodKind ChartsView::periodKind() const
{
    return periodKindFromKey(m_period->currentData().toString()).value_or(PeriodKind::Month);
}

void ChartsView::setPeriodKind(PeriodKind kind)
{
    m_period->setCurrentIndex(qMax(0, m_period->findData(periodKindKey(kind))));
}

const std::optional<AnyChart> &ChartsView::chart() const
{
    return m_canvas->chart();
}

QString ChartsView::chartMessage() const
{
    return m_canvas->message();
}

void ChartsView::setWorkbench(Workbench *workbench)
{
    m_workbench = workbench;
    m_source.reset();
    m_standardsRestored = false;
    m_controlPanel->phasePanel()->setWorkbench(workbench);
    m_picker->setStandards({});
    refresh();
}

void ChartsView::refresh()
{
    ++m_generation;
    m_workerWanted = false;
    if (!m_workbench) {
        m_stale = false;
        rebuild();
        return;
    }
    if (!isVisible()) {
        m_stale = true; // read when the page is shown, not for every import behind it
        return;
    }
    m_stale = false;
    if (m_workbench->isInMemory()) {
        // Nothing else can open a private in-memory database: read it here.
        sourceLoaded(std::make_shared<ChartSource>(ChartSource::load(*m_workbench)));
        return;
    }
    if (m_worker) {
        m_workerWanted = true; // started when the busy one ends; its result is stale
        return;
    }
    startWorker();
}

void ChartsView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

void ChartsView::startWorker()
{
    const quint64 generation = m_generation;
    const QString path = m_workbench->path();
    const PeriodKind kind = periodKind();
    auto result = std::make_shared<LoadResult>();
    // SQLite connections belong to the thread that opens them: the worker
    // opens the file itself and hands back only values.
    m_worker = QThread::create([path, kind, result] {
        Database::Options options;
        options.busyTimeoutMs = 30000; // wait out an import writing the file
        Workbench::OpenResult opened = Workbench::open(path, options);
        if (!opened.workbench) {
            result->error = opened.error.message;
            return;
        }
        auto source = std::make_shared<ChartSource>(ChartSource::load(*opened.workbench));
        source->scorecard(kind); // the slow part of the summary charts, off the GUI thread
        result->source = std::move(source);
    });
    m_worker->setParent(this);
    connect(m_worker, &QThread::finished, this, [this, generation, result] {
        m_worker->deleteLater();
        m_worker = nullptr;
        if (generation != m_generation) {
            if (m_workerWanted && m_workbench) {
                m_workerWanted = false;
                startWorker();
            }
            updateControls();
            return;
        }
        if (!result->error.isEmpty()) {
            updateControls();
            m_canvas->showMessage(tr("Cannot read the workbench: %1").arg(result->error));
            return;
        }
        sourceLoaded(result->source);
    });
    m_worker->start();
    rebuild(); // says that it is reading
}

void ChartsView::sourceLoaded(std::shared_ptr<ChartSource> source)
{
    m_source = std::move(source);
    m_picker->setStandards(m_source->data.standards);
    if (!m_standardsRestored)
        applyStandardsFromSettings();
    if (m_pending) {
        const auto [id, kind] = *m_pending;
        m_pending.reset();
        showStandard(id, kind);
    }
    rebuild();
    emit loaded();
}

void ChartsView::applyStandardsFromSettings()
{
    QList<qint64> checked;
    for (const QString &code : m_settings.value(kStandardsKey).toStringList()) {
        if (const std::optional<qint64> id = m_picker->idOfCode(code))
            checked << *id;
    }
    std::optional<qint64> current = m_picker->idOfCode(m_settings.value(kCurrentKey).toString());
    // First visit: the workbench's first headline standard, the story it tells.
    for (const QString &code : m_source->headlineCodes) {
        if (!current)
            current = m_picker->idOfCode(code);
    }
    if (!current && !m_source->data.standards.isEmpty())
        current = m_source->data.standards.constFirst().id;
    if (current) {
        if (checked.isEmpty())
            checked << *current;
        m_picker->setCheckedStandards(checked);
        m_picker->setCurrentStandard(*current, false);
    }
    m_standardsRestored = true;
}

void ChartsView::showStandard(qint64 standardId, ChartKindChoice kind)
{
    if (!m_source) {
        m_pending = std::make_pair(standardId, kind);
        setChartKind(kind);
        return;
    }
    setChartKind(kind);
    m_picker->setCurrentStandard(standardId, true);
}

void ChartsView::reloadPhases()
{
    if (!m_source || !m_workbench)
        return;
    m_source->phases = m_workbench->phases().all();
    rebuild();
}

void ChartsView::rebuild()
{
    updateControls();
    if (!m_workbench) {
        m_canvas->showMessage(tr("No workbench is open. Use File → Open or File → New to start."));
    } else if (!m_source) {
        m_canvas->showMessage(tr("Reading the workbench…"));
    } else {
        Built built = buildChart();
        if (const AnyChart *chart = std::get_if<AnyChart>(&built))
            m_canvas->showChart(*chart);
        else
            m_canvas->showMessage(std::get<QString>(built));
    }
    const std::optional<AnyChart> &shown = m_canvas->chart();
    m_controlPanel->setChart(shown ? std::get_if<StandardControlChart>(&*shown) : nullptr);
    updatePhasePanel();
    m_exportAction->setEnabled(m_canvas->hasChart());
    m_copyAction->setEnabled(m_canvas->hasChart());
}

ChartsView::Built ChartsView::buildChart()
{
    ChartSource &source = *m_source;
    switch (chartKind()) {
    case ChartKindChoice::Trend:
        return buildTrend();
    case ChartKindChoice::ControlChart:
        return buildControlChart();
    case ChartKindChoice::ComplaintsByService:
    case ChartKindChoice::ComplaintsByDimension: {
        if (source.letters.isEmpty())
            return tr("This workbench holds no complaint letters yet.");
        const ComplaintGrouping grouping = chartKind() == ChartKindChoice::ComplaintsByService
                                               ? ComplaintGrouping::Service
                                               : ComplaintGrouping::Dimension;
        return AnyChart(complaintPareto(source.letters, source.reference, grouping));
    }
    case ChartKindChoice::ComplaintsPerMonth:
        if (source.letters.isEmpty())
            return tr("This workbench holds no complaint letters yet.");
        return AnyChart(
            complaintTrend(source.letters, source.reference, QDate(), QDate(), source.phases));
    case ChartKindChoice::BreachedStandards: {
        const Scorecard &scorecard = source.scorecard(periodKind());
        if (!scorecard.period.isValid())
            return tr("Nothing has been measured yet.");
        ParetoChart pareto = breachPareto(scorecard);
        if (pareto.bars.isEmpty())
            return tr("No standard was breached in the last %n period(s).", nullptr,
                      Scorecard::kRecentPeriods);
        return AnyChart(pareto);
    }
    case ChartKindChoice::DollarsAtStake: {
        const Scorecard &scorecard = source.scorecard(periodKind());
        if (!scorecard.period.isValid())
            return tr("Nothing has been measured yet.");
        if (source.valueModels.isEmpty())
            return tr("No standard has a value model yet: give one with Value Model… on the "
                      "Standards page.");
        ParetoChart pareto = dollarPareto(scorecard, source.valueModels);
        if (pareto.bars.isEmpty())
            return tr("Every standard with a value model meets its target in the latest "
                      "period.");
        return AnyChart(pareto);
    }
    case ChartKindChoice::Heatmap:
        return buildHeatmap();
    case ChartKindChoice::Departments: {
        const Scorecard &scorecard = source.scorecard(periodKind());
        if (!scorecard.period.isValid())
            return tr("Nothing has been measured yet.");
        DepartmentChart departments = buildDepartmentChart(scorecard, source.reference);
        if (departments.bars.isEmpty())
            return tr("No department has standards with data in the period.");
        return AnyChart(departments);
    }
    }
    return QString();
}

ChartsView::Built ChartsView::buildTrend()
{
    TrendChartRequest request;
    request.standardIds = m_picker->checkedStandards();
    request.kind = periodKind();
    if (request.standardIds.isEmpty())
        return tr("Choose a standard in the list on the left.");
    TrendChart trend =
        buildTrendChart(request, m_source->data, m_source->phases, m_source->valueModels);
    const bool anyValue =
        std::any_of(trend.series.cbegin(), trend.series.cend(), [](const auto &s) {
            return std::any_of(s.points.cbegin(), s.points.cend(),
                               [](const TrendPoint &p) { return p.value.has_value(); });
        });
    if (!anyValue)
        return tr("Nothing has been measured for the chosen standards yet.");
    // The headline speaks of the first standard only: over an overlay it
    // would read as the story of all of them.
    if (!m_headline->isChecked() || trend.series.size() > 1)
        trend.headline.clear();
    return AnyChart(trend);
}

ChartsView::Built ChartsView::buildControlChart()
{
    const std::optional<qint64> current = m_picker->currentStandard();
    if (!current)
        return tr("Choose a standard in the list on the left.");
    StandardControlChartRequest request;
    request.standardId = *current;
    request.kind = periodKind();
    request.chartKind = m_controlPanel->chartType();
    request.rules = m_controlPanel->rules();
    StandardControlChartResult result =
        buildStandardControlChart(request, m_source->data, m_source->phases);
    if (const QString *error = std::get_if<QString>(&result))
        return tr("No control chart can be drawn: %1").arg(*error);
    return AnyChart(std::get<StandardControlChart>(std::move(result)));
}

ChartsView::Built ChartsView::buildHeatmap()
{
    const Scorecard &scorecard = m_source->scorecard(periodKind());
    if (!scorecard.period.isValid())
        return tr("Nothing has been measured yet.");
    QList<qint64> ids = m_picker->checkedStandards();
    if (ids.size() < 2)
        ids = standardsThatSlipped(scorecard);
    if (ids.isEmpty())
        return tr("Every standard met its target in each recent period; tick two or more "
                  "standards to see them anyway.");
    return AnyChart(Yardstick::buildHeatmap(scorecard, ids));
}

void ChartsView::updateControls()
{
    const ChartKindChoice kind = chartKind();
    const bool loading = m_worker != nullptr;
    m_busy->setVisible(loading);
    m_busyLabel->setVisible(loading);
    m_picker->setVisible(isStandardChart(kind) || kind == ChartKindChoice::Heatmap);
    m_controlPanel->setVisible(kind == ChartKindChoice::ControlChart);
    m_headline->setVisible(kind == ChartKindChoice::Trend);
    m_headline->setEnabled(m_picker->checkedStandards().size() <= 1);
    const bool complaints = kind == ChartKindChoice::ComplaintsByService ||
                            kind == ChartKindChoice::ComplaintsByDimension;
    const bool perMonth = kind == ChartKindChoice::ComplaintsPerMonth;
    m_period->setEnabled(!complaints && !perMonth);
    m_period->setToolTip(complaints ? tr("The Pareto counts every letter in the workbench")
                         : perMonth ? tr("Complaint letters are counted by calendar month")
                                    : QString());

    std::optional<ChartKind> suggested;
    const std::optional<qint64> current = m_picker->currentStandard();
    if (m_source && current) {
        if (const Standard *standard = standardOf(m_source->data, *current))
            suggested = suggestedChartKind(*standard, m_source->data);
    }
    m_controlPanel->setSuggestedType(suggested);

    QString hint;
    switch (kind) {
    case ChartKindChoice::Trend:
        hint = tr("Tick several standards to overlay them. The dashed lines are the mean of "
                  "each process phase; hover over a change to read why it happened.");
        break;
    case ChartKindChoice::ControlChart:
        hint = tr("Select a signal to ring its point on the chart. Record a process change "
                  "with Add rebase: the limits start again from it. Double-click the chart "
                  "to undo a zoom.");
        break;
    case ChartKindChoice::ComplaintsByService:
        hint = tr("Every complaint letter in the workbench, by the service it is about.");
        break;
    case ChartKindChoice::ComplaintsByDimension:
        hint = tr("Every complaint letter in the workbench, by what the customer cared about "
                  "most.");
        break;
    case ChartKindChoice::ComplaintsPerMonth:
        hint = tr("Every complaint letter in the workbench, counted in the month it arrived and "
                  "stacked by what the customer cared about most.");
        break;
    case ChartKindChoice::BreachedStandards:
        hint = tr("How often each standard was breached in the last %n period(s); standards "
                  "never breached are left out.",
                  nullptr, Scorecard::kRecentPeriods);
        break;
    case ChartKindChoice::DollarsAtStake:
        hint = tr("What missing the target costs a year, for the standards breached or at risk "
                  "in the latest period that have a value model.");
        break;
    case ChartKindChoice::Heatmap:
        hint = m_picker->checkedStandards().size() >= 2
                   ? tr("The standards ticked in the list, period by period.")
                   : tr("The standards that missed their target at least once lately; tick "
                        "two or more standards in the list to choose your own.");
        break;
    case ChartKindChoice::Departments:
        hint = tr("The share of its standards each department met in the latest complete "
                  "period.");
        break;
    }
    m_hint->setText(hint);
}

void ChartsView::updatePhasePanel()
{
    PhasePanel *panel = m_controlPanel->phasePanel();
    const std::optional<qint64> current = m_picker->currentStandard();
    if (!m_source || !current) {
        panel->setStandard(0, QString(), std::nullopt, QDate());
        panel->setPhases({});
        return;
    }
    std::optional<ChartKind> kind;
    QDate suggested;
    const std::optional<AnyChart> &shown = m_canvas->chart();
    if (const auto *control = shown ? std::get_if<StandardControlChart>(&*shown) : nullptr) {
        kind = control->chart.kind;
        // A new rebase starts where the analyst is looking: the selected
        // signal's period, otherwise the latest one.
        const int point = m_controlPanel->selectedPoint();
        if (point >= 1 && point <= control->periods.size())
            suggested = control->periods.at(point - 1).start;
        else if (!control->periods.isEmpty())
            suggested = control->periods.constLast().start;
    }
    panel->setStandard(*current, m_picker->codeOf(*current), kind, suggested);
    panel->setPhases(m_source->phases);
}

void ChartsView::pointSelected(int point)
{
    // A signal of the lower chart (moving range, range, S) is ringed there:
    // the primary point at that time may be unremarkable.
    bool onDispersion = false;
    const std::optional<AnyChart> &shown = m_canvas->chart();
    const auto *control = shown ? std::get_if<StandardControlChart>(&*shown) : nullptr;
    const QString rule = m_controlPanel->selectedRule();
    if (control && point >= 1 && control->chart.dispersion) {
        const auto &primary = control->chart.primary.points;
        const bool onPrimary = point <= int(primary.size()) &&
                               primary.at(std::size_t(point - 1)).brokenRules.contains(rule);
        onDispersion = !onPrimary;
    }
    m_canvas->highlightPoint(point, onDispersion);
    updatePhasePanel();
}

ChartExportResult ChartsView::exportChartTo(const ChartExportOptions &options,
                                            const QString &filePath)
{
    if (!chart())
        return {tr("There is no chart to export.")};
    ChartExportResult result = ChartExporter::exportChart(*chart(), options, filePath);
    if (result.ok())
        emit statusMessage(tr("Chart saved to %1").arg(QDir::toNativeSeparators(filePath)));
    else
        emit errorOccurred(tr("The chart could not be saved to %1.\n\n%2")
                               .arg(QDir::toNativeSeparators(filePath), result.error));
    return result;
}

void ChartsView::exportChart()
{
    if (!chart())
        return;
    const QString organisation = m_source ? m_source->organisation : QString();
    auto *dialog = new ChartExportDialog(*chart(), organisation, m_settings, this);
    dialog->setObjectName(QStringLiteral("chartExportDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog] { exportChartTo(dialog->options(), dialog->filePath()); });
    dialog->open();
}

void ChartsView::copyChart()
{
    if (!chart())
        return;
    const QString organisation = m_source ? m_source->organisation : QString();
    const ChartExportOptions options = ChartExporter::optionsFor(*chart(), organisation);
    ChartExporter::copyToClipboard(*chart(), options);
    emit statusMessage(tr("The chart is on the clipboard, %1 × %2 pixels.")
                           .arg(options.pixelSize().width())
                           .arg(options.pixelSize().height()));
}

} // namespace Yardstick
