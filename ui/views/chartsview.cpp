// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartsview.h"

#include "chartcanvas.h"
#include "chartexportactions.h"
#include "charthint.h"
#include "controlchartpanel.h"
#include "phasepanel.h"
#include "standardpicker.h"
#include "usecases/chartservice.h"
#include "usecases/chartsource.h"
#include "workbench/backgroundjob.h"
#include "workbench/workbench.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QSettings>
#include <QSplitter>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

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

} // namespace

ChartsView::ChartsView(Workbench &workbench, QSettings &settings, QUndoStack &undoStack,
                       QWidget *parent)
    : QWidget(parent)
    , m_workbench(workbench)
    , m_settings(settings)
    , m_job(new BackgroundJob(this))
{
    connect(m_job, &BackgroundJob::runningChanged, this, &ChartsView::updateControls);

    m_picker = new StandardPicker(this);
    m_picker->setObjectName(QStringLiteral("standardPicker"));
    m_canvas = new ChartCanvas(this);
    m_canvas->setObjectName(QStringLiteral("chartCanvas"));
    m_export = new ChartExportActions(m_settings, *m_canvas, this);
    connect(m_export, &ChartExportActions::statusMessage, this, &ChartsView::statusMessage);
    connect(m_export, &ChartExportActions::errorOccurred, this, &ChartsView::errorOccurred);
    m_controlPanel = new ControlChartPanel(m_workbench, undoStack, this);
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
    refresh();
}

ChartsView::~ChartsView() = default;

QWidget *ChartsView::buildToolbar()
{
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("chartKind"));
    m_kind->setAccessibleName(tr("Chart"));
    for (ChartKind choice : chartsPageKinds())
        m_kind->addItem(chartKindDisplayName(choice), chartKindKey(choice));
    m_period = new QComboBox(this);
    m_period->setObjectName(QStringLiteral("chartPeriod"));
    m_period->setAccessibleName(tr("Period"));
    m_period->addItem(tr("Week"), periodKindKey(PeriodKind::Week));
    m_period->addItem(tr("Month"), periodKindKey(PeriodKind::Month));
    m_period->addItem(tr("Quarter"), periodKindKey(PeriodKind::Quarter));
    m_headline = new QCheckBox(tr("Show head&line"), this);
    m_headline->setObjectName(QStringLiteral("chartHeadline"));
    m_headline->setToolTip(tr("Print the change in large figures on the trend chart, "
                              "e.g. “35.2 → 15.0 days”"));

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
    exportButton->setDefaultAction(m_export->exportAction());
    exportButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *copyButton = new QToolButton(this);
    copyButton->setDefaultAction(m_export->copyAction());
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
    const std::optional<ChartKind> kind = chartKindFromKey(m_settings.value(kKindKey).toString());
    setChartKind(kind.value_or(ChartKind::Trend));
    setPeriodKind(
        periodKindFromKey(m_settings.value(kPeriodKey).toString()).value_or(PeriodKind::Month));
    m_controlPanel->setControlChartType(
        controlChartTypeFromKey(m_settings.value(kChartTypeKey).toString()));
    m_controlPanel->setRules(
        ruleSetFromKey(m_settings.value(kRulesKey).toString()).value_or(RuleSet::Nelson));
    m_headline->setChecked(m_settings.value(kHeadlineKey, true).toBool());
    m_restoring = false;
}

void ChartsView::saveSettings()
{
    if (m_restoring)
        return;
    m_settings.setValue(kKindKey, chartKindKey(chartKind()));
    m_settings.setValue(kPeriodKey, periodKindKey(periodKind()));
    const std::optional<ControlChartType> type = m_controlPanel->controlChartType();
    m_settings.setValue(kChartTypeKey, type ? controlChartTypeKey(*type) : kAutomatic);
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

ChartKind ChartsView::chartKind() const
{
    return chartKindFromKey(m_kind->currentData().toString()).value_or(ChartKind::Trend);
}

void ChartsView::setChartKind(ChartKind kind)
{
    m_kind->setCurrentIndex(qMax(0, m_kind->findData(chartKindKey(kind))));
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

bool ChartsView::isLoading() const
{
    return m_job->isRunning();
}

void ChartsView::refresh()
{
    if (!isVisible()) {
        m_stale = true; // read when the page is shown, not for every import behind it
        return;
    }
    m_stale = false;
    const PeriodKind kind = periodKind();
    m_job->runOnWorkbench<std::shared_ptr<ChartSource>>(
        m_workbench,
        [kind](Workbench &own, const JobControl &) {
            auto source = std::make_shared<ChartSource>(ChartSource::load(own));
            source->scorecard(kind); // the slow part of the summary charts, off the GUI thread
            return source;
        },
        [this](std::shared_ptr<ChartSource> source) { sourceLoaded(std::move(source)); },
        [this](const QString &error) {
            updateControls();
            m_canvas->showMessage(tr("Cannot read the workbench: %1").arg(error));
        });
    if (m_job->isRunning())
        rebuild(); // says that it is reading
}

void ChartsView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
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

void ChartsView::showStandard(qint64 standardId, ChartKind kind)
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
    if (!m_source)
        return;
    m_source->phases = m_workbench.phases().all();
    rebuild();
}

void ChartsView::rebuild()
{
    updateControls();
    if (!m_source) {
        m_canvas->showMessage(tr("Reading the workbench…"));
    } else {
        const ChartResult built = m_workbench.charts().chart(chartRequest(), *m_source);
        if (const AnyChart *chart = built.drawable())
            m_canvas->showChart(*chart);
        else
            m_canvas->showMessage(built.emptyReason);
    }
    const std::optional<AnyChart> &shown = m_canvas->chart();
    m_controlPanel->setChart(shown ? std::get_if<StandardControlChart>(&*shown) : nullptr);
    updatePhasePanel();
    m_export->update(m_source ? m_source->organisation : QString());
}

ChartRequest ChartsView::chartRequest() const
{
    ChartRequest request;
    request.kind = chartKind();
    request.period = periodKind();
    switch (request.kind) {
    case ChartKind::Trend:
        request.standards = m_picker->checkedStandards();
        // The headline speaks of the first standard only: over an overlay it
        // would read as the story of all of them.
        request.headline = m_headline->isChecked() && request.standards.size() <= 1;
        break;
    case ChartKind::ControlChart:
        if (const std::optional<qint64> current = m_picker->currentStandard())
            request.standards = {*current};
        request.controlChartType = m_controlPanel->controlChartType();
        request.rules = m_controlPanel->rules();
        break;
    case ChartKind::Heatmap:
        request.standards = m_picker->checkedStandards();
        request.heatmapRows = HeatmapRows::SlippedUnlessTwoGiven;
        break;
    default:
        break;
    }
    return request;
}

void ChartsView::updateControls()
{
    const ChartKind kind = chartKind();
    const bool loading = m_job->isRunning();
    m_busy->setVisible(loading);
    m_busyLabel->setVisible(loading);
    m_picker->setVisible(isStandardChart(kind) || kind == ChartKind::Heatmap);
    m_controlPanel->setVisible(kind == ChartKind::ControlChart);
    m_headline->setVisible(kind == ChartKind::Trend);
    m_headline->setEnabled(m_picker->checkedStandards().size() <= 1);
    const bool complaints =
        kind == ChartKind::ComplaintsByService || kind == ChartKind::ComplaintsByDimension;
    const bool perMonth = kind == ChartKind::ComplaintsPerMonth;
    m_period->setEnabled(!complaints && !perMonth);
    m_period->setToolTip(complaints ? tr("The Pareto counts every letter in the workbench")
                         : perMonth ? tr("Complaint letters are counted by calendar month")
                                    : QString());

    std::optional<ControlChartType> suggested;
    const std::optional<qint64> current = m_picker->currentStandard();
    if (m_source && current) {
        if (const Standard *standard = m_source->standard(*current))
            suggested = suggestedControlChartType(*standard, m_source->data);
    }
    m_controlPanel->setSuggestedControlChartType(suggested);

    m_hint->setText(chartHint(kind, int(m_picker->checkedStandards().size())));
}

void ChartsView::updatePhasePanel()
{
    const std::optional<qint64> current =
        m_source ? m_picker->currentStandard() : std::optional<qint64>();
    const std::optional<AnyChart> &shown = m_canvas->chart();
    m_controlPanel->showPhasesOf(current, current ? m_picker->codeOf(*current) : QString(),
                                 shown ? std::get_if<StandardControlChart>(&*shown) : nullptr,
                                 m_source ? m_source->phases : QList<ProcessPhase>());
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

QAction *ChartsView::exportAction() const
{
    return m_export->exportAction();
}

QAction *ChartsView::copyAction() const
{
    return m_export->copyAction();
}

ChartExportResult ChartsView::exportChartTo(const ChartExportOptions &options,
                                            const QString &filePath)
{
    return m_export->exportTo(options, filePath);
}

void ChartsView::exportChart()
{
    m_export->exportChart();
}

void ChartsView::copyChart()
{
    m_export->copyChart();
}

} // namespace Yardstick
