// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "surveysview.h"

#include "chartcanvas.h"
#include "charts/quadrantplot.h"
#include "dialogs/importresultdialog.h"
#include "dialogs/servqualweightsdialog.h"
#include "dialogs/surveydialog.h"
#include "export/chartexportdialog.h"
#include "jobs/importrunner.h"
#include "surveys/servqualloader.h"
#include "surveys/surveyimport.h"
#include "surveys/surveymeasurements.h"
#include "workbench/workbench.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include <cmath>

namespace Yardstick {

namespace {

const QString kSplitterKey = QStringLiteral("surveys/splitter");
const QString kChartSplitterKey = QStringLiteral("surveys/chartSplitter");
const QString kTableSplitterKey = QStringLiteral("surveys/tableSplitter");
const QString kTabKey = QStringLiteral("surveys/tab");
const QString kWaveKey = QStringLiteral("surveys/wave");
const QString kFolderKey = QStringLiteral("surveys/lastFolder");

// Survey box data for answers whose wave no survey defines.
constexpr qint64 kNoSurvey = -1;

QString number(double value, int decimals = 2)
{
    return QLocale().toString(value, 'f', decimals);
}

QString optionalNumber(const std::optional<double> &value, int decimals = 2)
{
    return value ? number(*value, decimals) : QStringLiteral("–");
}

QStandardItem *textItem(const QString &text)
{
    auto *item = new QStandardItem(text);
    item->setEditable(false);
    return item;
}

QStandardItem *numberItem(const QString &text)
{
    QStandardItem *item = textItem(text);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

QTableView *makeTable(QStandardItemModel *model, const QString &objectName, QWidget *parent)
{
    auto *table = new QTableView(parent);
    table->setObjectName(objectName);
    table->setModel(model);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setAlternatingRowColors(true);
    table->verticalHeader()->hide();
    table->setWordWrap(false);
    return table;
}

} // namespace

SurveysView::SurveysView(QSettings &settings, QUndoStack &undoStack, QWidget *parent)
    : QWidget(parent)
    , m_settings(settings)
    , m_undoStack(undoStack)
{
    buildActions();
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("surveyTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(buildServqualTab(), tr("SERVQUAL"));
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] { saveState(); });
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
    setWorkbench(nullptr);
}

SurveysView::~SurveysView()
{
    saveState();
}

void SurveysView::buildActions()
{
    const auto make = [this](const QString &text, const QString &name, auto slot) {
        auto *action = new QAction(text, this);
        action->setObjectName(name);
        connect(action, &QAction::triggered, this, slot);
        return action;
    };
    m_importAction = make(tr("&Import Survey Answers…"), QStringLiteral("importSurveyAction"),
                          [this] { chooseImport(); });
    m_newSurveyAction =
        make(tr("&New Survey…"), QStringLiteral("newSurveyAction"), [this] { editSurvey(true); });
    m_editSurveyAction = make(tr("&Edit Survey…"), QStringLiteral("editSurveyAction"),
                              [this] { editSurvey(false); });
    m_weightsAction = make(tr("SERVQUAL &Weights…"), QStringLiteral("servqualWeightsAction"),
                           [this] { editWeights(); });
    m_feedAction =
        make(tr("&Feed Standard…"), QStringLiteral("feedStandardAction"), [this] { chooseFeed(); });
    m_feedAction->setToolTip(
        tr("Let this survey's gaps be the measurements of a survey-score standard"));
    m_exportGapsAction = make(tr("Export &Gap Chart…"), QStringLiteral("exportGapChartAction"),
                              [this] { exportChart(Chart::Gaps); });
    m_exportQuadrantAction =
        make(tr("Export Importance–&Performance Chart…"),
             QStringLiteral("exportQuadrantChartAction"), [this] { exportChart(Chart::Quadrant); });
}

QList<QAction *> SurveysView::surveyActions() const
{
    return {m_importAction, m_newSurveyAction,  m_editSurveyAction,    m_weightsAction,
            m_feedAction,   m_exportGapsAction, m_exportQuadrantAction};
}

QWidget *SurveysView::buildServqualTab()
{
    auto *tab = new QWidget(this);
    m_surveyBox = new QComboBox(tab);
    m_surveyBox->setObjectName(QStringLiteral("surveyBox"));
    m_surveyBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_waveBox = new QComboBox(tab);
    m_waveBox->setObjectName(QStringLiteral("waveBox"));
    m_waveBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_surveyBox, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_filling)
            fillWaveBox();
    });
    connect(m_waveBox, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_filling)
            showWave();
    });

    auto *bar = new QHBoxLayout;
    auto *surveyLabel = new QLabel(tr("&Survey:"), tab);
    surveyLabel->setBuddy(m_surveyBox);
    auto *waveLabel = new QLabel(tr("&Wave:"), tab);
    waveLabel->setBuddy(m_waveBox);
    bar->addWidget(surveyLabel);
    bar->addWidget(m_surveyBox);
    bar->addSpacing(12);
    bar->addWidget(waveLabel);
    bar->addWidget(m_waveBox);
    bar->addStretch();
    // The actions get a row of their own: beside the pickers they squeezed
    // the survey and wave names at the default window width.
    auto *actions = new QHBoxLayout;
    for (QAction *action : {m_importAction, m_editSurveyAction, m_weightsAction, m_feedAction}) {
        auto *button = new QToolButton(tab);
        button->setDefaultAction(action);
        actions->addWidget(button);
    }
    auto *exportButton = new QToolButton(tab);
    exportButton->setText(tr("Export Chart"));
    exportButton->setPopupMode(QToolButton::InstantPopup);
    exportButton->addAction(m_exportGapsAction);
    exportButton->addAction(m_exportQuadrantAction);
    actions->addWidget(exportButton);
    actions->addStretch();

    // The headline figures, in words an analyst can read out in a meeting.
    auto *headline = new QWidget(tab);
    m_respondents = new QLabel(headline);
    m_respondents->setObjectName(QStringLiteral("respondents"));
    m_weightedGap = new QLabel(headline);
    m_weightedGap->setObjectName(QStringLiteral("weightedGap"));
    m_silent = new QLabel(headline);
    m_silent->setObjectName(QStringLiteral("silentDissatisfied"));
    QFont big = font();
    big.setPointSizeF(big.pointSizeF() * 1.2);
    big.setBold(true);
    m_weightedGap->setFont(big);
    for (QLabel *label : {m_respondents, m_weightedGap, m_silent}) {
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    auto *headlineLayout = new QVBoxLayout(headline);
    headlineLayout->setContentsMargins(0, 4, 0, 4);
    headlineLayout->setSpacing(2);
    headlineLayout->addWidget(m_weightedGap);
    headlineLayout->addWidget(m_respondents);
    headlineLayout->addWidget(m_silent);

    m_gapCanvas = new ChartCanvas(tab);
    m_gapCanvas->setObjectName(QStringLiteral("gapCanvas"));
    m_quadrantCanvas = new ChartCanvas(tab);
    m_quadrantCanvas->setObjectName(QStringLiteral("quadrantCanvas"));
    m_chartSplitter = new QSplitter(Qt::Horizontal, tab);
    m_chartSplitter->setObjectName(QStringLiteral("chartSplitter"));
    m_chartSplitter->addWidget(m_gapCanvas);
    m_chartSplitter->addWidget(m_quadrantCanvas);

    m_dimensions = new QStandardItemModel(this);
    m_items = new QStandardItemModel(this);
    m_dimensionsTable = makeTable(m_dimensions, QStringLiteral("dimensionsTable"), tab);
    m_itemsTable = makeTable(m_items, QStringLiteral("itemsTable"), tab);
    m_tableSplitter = new QSplitter(Qt::Horizontal, tab);
    m_tableSplitter->setObjectName(QStringLiteral("tableSplitter"));
    m_tableSplitter->addWidget(m_dimensionsTable);
    m_tableSplitter->addWidget(m_itemsTable);
    m_tableSplitter->setStretchFactor(1, 1);

    m_splitter = new QSplitter(Qt::Vertical, tab);
    m_splitter->setObjectName(QStringLiteral("surveySplitter"));
    m_splitter->addWidget(m_chartSplitter);
    m_splitter->addWidget(m_tableSplitter);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->restoreState(m_settings.value(kSplitterKey).toByteArray());
    m_chartSplitter->restoreState(m_settings.value(kChartSplitterKey).toByteArray());
    m_tableSplitter->restoreState(m_settings.value(kTableSplitterKey).toByteArray());

    auto *content = new QWidget(tab);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addWidget(headline);
    contentLayout->addWidget(m_splitter, 1);

    m_stack = new QStackedWidget(tab);
    m_stack->addWidget(buildEmptyState());
    m_stack->addWidget(content);

    auto *layout = new QVBoxLayout(tab);
    layout->addLayout(bar);
    layout->addLayout(actions);
    layout->addWidget(m_stack, 1);
    return tab;
}

QWidget *SurveysView::buildEmptyState()
{
    auto *page = new QWidget(this);
    m_emptyMessage = new QLabel(page);
    m_emptyMessage->setObjectName(QStringLiteral("emptyMessage"));
    m_emptyMessage->setWordWrap(true);
    m_emptyMessage->setAlignment(Qt::AlignCenter);
    m_emptyMessage->setTextFormat(Qt::PlainText);
    m_emptyMessage->setMaximumWidth(560);
    auto *import = new QPushButton(page);
    import->setObjectName(QStringLiteral("emptyImportButton"));
    import->setText(m_importAction->text().remove(QLatin1Char('&')));
    connect(import, &QPushButton::clicked, m_importAction, &QAction::trigger);
    connect(m_importAction, &QAction::changed, import,
            [this, import] { import->setEnabled(m_importAction->isEnabled()); });
    auto *define = new QPushButton(page);
    define->setText(m_newSurveyAction->text().remove(QLatin1Char('&')));
    connect(define, &QPushButton::clicked, m_newSurveyAction, &QAction::trigger);
    connect(m_newSurveyAction, &QAction::changed, define,
            [this, define] { define->setEnabled(m_newSurveyAction->isEnabled()); });
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(import);
    buttons->addWidget(define);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(page);
    layout->addStretch();
    layout->addWidget(m_emptyMessage, 0, Qt::AlignHCenter);
    layout->addLayout(buttons);
    layout->addStretch(2);
    return page;
}

void SurveysView::addTab(QWidget *page, const QString &label)
{
    m_tabs->addTab(page, label);
    // The tab the analyst last looked at may be one added later.
    const int saved = m_settings.value(kTabKey, 0).toInt();
    if (saved == m_tabs->count() - 1)
        m_tabs->setCurrentIndex(saved);
}

void SurveysView::saveState() const
{
    m_settings.setValue(kSplitterKey, m_splitter->saveState());
    m_settings.setValue(kChartSplitterKey, m_chartSplitter->saveState());
    m_settings.setValue(kTableSplitterKey, m_tableSplitter->saveState());
    m_settings.setValue(kTabKey, m_tabs->currentIndex());
}

void SurveysView::setWorkbench(Workbench *workbench)
{
    m_workbench = workbench;
    refresh();
}

bool SurveysView::showsEmptyState() const
{
    return m_stack->currentIndex() == 0;
}

QString SurveysView::currentWave() const
{
    return m_waveBox->currentData().toString();
}

void SurveysView::selectWave(const QString &wave)
{
    for (int i = 0; i < m_surveyBox->count(); ++i) {
        const qint64 id = m_surveyBox->itemData(i).toLongLong();
        const auto found = std::find_if(m_surveys.cbegin(), m_surveys.cend(),
                                        [id](const Survey &s) { return s.id == id; });
        if (found != m_surveys.cend() && found->wave(wave)) {
            m_surveyBox->setCurrentIndex(i);
            break;
        }
    }
    const int index = m_waveBox->findData(wave);
    if (index >= 0)
        m_waveBox->setCurrentIndex(index);
}

std::optional<Survey> SurveysView::currentSurvey() const
{
    const qint64 id = m_surveyBox->currentData().toLongLong();
    for (const Survey &survey : m_surveys) {
        if (survey.id == id)
            return survey;
    }
    return std::nullopt;
}

void SurveysView::refresh()
{
    const QString keep = m_result ? m_result->wave : m_settings.value(kWaveKey).toString();
    m_surveys.clear();
    m_answeredWaves.clear();
    if (m_workbench) {
        m_surveys = m_workbench->surveys().all();
        m_answeredWaves = servqualWaves(*m_workbench);
    }
    fillSurveyBox();
    if (m_answeredWaves.contains(keep))
        selectWave(keep);
    else if (!m_answeredWaves.isEmpty())
        selectWave(m_answeredWaves.constLast());
    showWave();
}

void SurveysView::fillSurveyBox()
{
    m_filling = true;
    const qint64 current = m_surveyBox->currentData().toLongLong();
    m_surveyBox->clear();
    bool orphans = false;
    for (const QString &wave : std::as_const(m_answeredWaves)) {
        orphans = orphans || std::none_of(m_surveys.cbegin(), m_surveys.cend(),
                                          [&wave](const Survey &s) { return s.wave(wave); });
    }
    for (const Survey &survey : std::as_const(m_surveys))
        m_surveyBox->addItem(survey.name, survey.id);
    if (orphans)
        m_surveyBox->addItem(tr("(waves of no survey)"), kNoSurvey);
    m_surveyBox->setCurrentIndex(std::max(0, m_surveyBox->findData(current)));
    m_filling = false;
    fillWaveBox();
}

void SurveysView::fillWaveBox()
{
    m_filling = true;
    const QString current = currentWave();
    m_waveBox->clear();
    const std::optional<Survey> survey = currentSurvey();
    // Oldest first as servqualWaves gives them, only those with answers:
    // a wave without any has nothing to show.
    for (const QString &wave : std::as_const(m_answeredWaves)) {
        const bool mine = survey ? survey->wave(wave) != nullptr
                                 : std::none_of(m_surveys.cbegin(), m_surveys.cend(),
                                                [&wave](const Survey &s) { return s.wave(wave); });
        if (!mine)
            continue;
        const SurveyWave *defined = survey ? survey->wave(wave) : nullptr;
        const QString label = defined ? tr("%1 (%2)", "wave, channel")
                                            .arg(wave, surveyChannelDisplayName(defined->channel))
                                      : wave;
        m_waveBox->addItem(label, wave);
    }
    // The latest wave unless the analyst was looking at another one.
    const int index = m_waveBox->findData(current);
    m_waveBox->setCurrentIndex(index >= 0 ? index : m_waveBox->count() - 1);
    m_filling = false;
    showWave();
}

void SurveysView::showWave()
{
    if (m_filling)
        return;
    const QString wave = currentWave();
    m_result.reset();
    m_gapChart.reset();
    m_quadrantChart.reset();
    if (!m_workbench || wave.isEmpty()) {
        m_dimensions->clear();
        m_items->clear();
        m_gapCanvas->showMessage(QString());
        m_quadrantCanvas->showMessage(QString());
        if (!m_workbench)
            m_emptyMessage->setText(
                tr("No workbench is open. Use File → Open or File → New to start."));
        else if (m_surveys.isEmpty())
            m_emptyMessage->setText(
                tr("This workbench holds no survey answers yet. Import a CSV file of answers "
                   "(expectation and perception per question) to see the SERVQUAL gaps, or "
                   "define the survey's questions and waves first."));
        else
            m_emptyMessage->setText(tr("No wave of the survey has answers yet. Import a CSV "
                                       "file of answers to see the SERVQUAL gaps."));
        m_stack->setCurrentIndex(0);
        updateActions();
        return;
    }
    const ServqualInput input = loadServqualInput(*m_workbench, wave);
    const ServqualResult result = analyseServqual(input);
    std::optional<ServqualResult> previous;
    if (!input.previousWave.isEmpty())
        previous = analyseServqual(loadServqualInput(*m_workbench, input.previousWave));
    m_settings.setValue(kWaveKey, wave);
    showResult(result, previous);
    m_stack->setCurrentIndex(1);
    updateActions();
}

QString SurveysView::changeText(const ServqualResult &result)
{
    if (!result.previous)
        return tr("the first wave: nothing to compare with");
    const WaveComparison &before = *result.previous;
    if (!result.weightedGap || !before.weightedGap)
        return tr("no weighted gap to compare with %1").arg(before.wave);
    const double change = *result.weightedGap - *before.weightedGap;
    QString test;
    if (before.t && before.df && before.p) {
        const double df = *before.df;
        const QString p =
            *before.p < 0.001 ? tr("p < 0.001") : tr("p = %1").arg(number(*before.p, 3));
        test = tr("t = %1, df = %2, %3").arg(number(*before.t, 1), number(df, df >= 10 ? 0 : 1), p);
    } else {
        test = tr("too few respondents to test");
    }
    // A larger gap is better: perception closer to (or above) expectation.
    if (std::abs(change) < 0.005)
        return tr("the same as %1 (%2)").arg(before.wave, test);
    if (change > 0)
        return tr("better by %1 than %2 (%3)").arg(number(change), before.wave, test);
    return tr("worse by %1 than %2 (%3)").arg(number(-change), before.wave, test);
}

QString SurveysView::silentText(const SilentDissatisfied &silent)
{
    if (silent.dissatisfied == 0)
        return tr("No dissatisfied respondent with a customer reference: nobody to look for "
                  "among the complaint letters.");
    // Whole sentences for one and for many: without an English plural
    // translation, %n would print "respondent(s)".
    const QString text = silent.dissatisfied == 1
                             ? tr("%1 of %3 dissatisfied respondent (%2%) never complained")
                             : tr("%1 of %3 dissatisfied respondents (%2%) never complained");
    return text.arg(silent.neverComplained)
        .arg(qRound(silent.share.value_or(0) * 100))
        .arg(silent.dissatisfied);
}

void SurveysView::showResult(const ServqualResult &result,
                             const std::optional<ServqualResult> &previous)
{
    m_result = result;
    if (result.weightedGap) {
        m_weightedGap->setText(tr("Weighted SERVQUAL gap %1, %2")
                                   .arg(number(*result.weightedGap), changeText(result)));
    } else {
        m_weightedGap->setText(tr("No weighted SERVQUAL gap: no dimension of this survey has a "
                                  "weight (SERVQUAL Weights…)."));
    }
    m_respondents->setText(
        (result.respondents == 1 ? tr("%2 respondent in wave %1") : tr("%2 respondents in wave %1"))
            .arg(result.wave)
            .arg(result.respondents));
    m_silent->setText(silentText(result.silentDissatisfied));

    m_gapChart = servqualGapChart(result, previous ? &*previous : nullptr);
    m_quadrantChart = quadrantChart(result);
    if (result.dimensions.isEmpty())
        m_gapCanvas->showMessage(tr("No dimension was answered in this wave."));
    else
        m_gapCanvas->showChart(*m_gapChart);
    if (m_quadrantChart->points.isEmpty())
        m_quadrantCanvas->showMessage(
            tr("No item has an importance, so the items cannot be placed by importance and "
               "performance. Give the questions an importance in Edit Survey…, or import "
               "answers with an importance column."));
    else
        m_quadrantCanvas->showChart(*m_quadrantChart);
    fillDimensions(result);
    fillItems(result);
}

void SurveysView::fillDimensions(const ServqualResult &result)
{
    m_dimensions->clear();
    m_dimensions->setHorizontalHeaderLabels({tr("Dimension"), tr("n"), tr("Expectation"),
                                             tr("Perception"), tr("Gap"), tr("SD"), tr("95% CI"),
                                             tr("Weight")});
    for (const DimensionGap &d : result.dimensions) {
        const QString ci =
            d.ciLow && d.ciHigh
                ? tr("%1 to %2", "confidence interval").arg(number(*d.ciLow), number(*d.ciHigh))
                : QStringLiteral("–");
        const QString weight =
            d.weight > 0 ? tr("%1%").arg(number(d.weight * 100, 0)) : QStringLiteral("–");
        QStandardItem *gap = numberItem(number(d.gap));
        if (d.gap < 0)
            gap->setForeground(QuadrantPlot::colour(ImportanceQuadrant::ConcentrateHere));
        m_dimensions->appendRow(
            {textItem(d.name), numberItem(QString::number(d.n)), numberItem(number(d.expectation)),
             numberItem(number(d.perception)), gap, numberItem(optionalNumber(d.sd)),
             numberItem(ci), numberItem(weight)});
    }
    if (result.weightedGap) {
        QFont bold = font();
        bold.setBold(true);
        QList<QStandardItem *> row = {textItem(tr("Weighted")),
                                      numberItem(QString::number(result.respondents)),
                                      numberItem(QString()),
                                      numberItem(QString()),
                                      numberItem(number(*result.weightedGap)),
                                      numberItem(QString()),
                                      numberItem(QString()),
                                      numberItem(tr("100%"))};
        for (QStandardItem *item : row)
            item->setFont(bold);
        m_dimensions->appendRow(row);
    }
    m_dimensionsTable->resizeColumnsToContents();
}

void SurveysView::fillItems(const ServqualResult &result)
{
    m_items->clear();
    m_items->setHorizontalHeaderLabels({tr("Item"), tr("Question"), tr("Dimension"), tr("n"),
                                        tr("Gap"), tr("Importance"), tr("Performance"),
                                        tr("Quadrant")});
    QHash<QString, QString> dimensionNames;
    for (const DimensionGap &d : result.dimensions)
        dimensionNames.insert(d.key, d.name);
    // Improve first, then the items that have no place in the grid, in the
    // survey's order.
    QList<ItemResult> ordered = result.improveFirst();
    for (const ItemResult &item : result.items) {
        if (!item.quadrant)
            ordered.append(item);
    }
    for (const ItemResult &item : std::as_const(ordered)) {
        QStandardItem *quadrant = textItem(QString());
        if (item.quadrant) {
            quadrant->setText(tr("%1 %2", "symbol, quadrant name")
                                  .arg(QuadrantPlot::symbol(*item.quadrant),
                                       importanceQuadrantDisplayName(*item.quadrant)));
            quadrant->setForeground(QuadrantPlot::colour(*item.quadrant).darker(115));
            quadrant->setData(importanceQuadrantKey(*item.quadrant), Qt::UserRole);
        } else {
            quadrant->setText(tr("no importance"));
        }
        QStandardItem *text = textItem(item.text);
        text->setToolTip(item.text);
        m_items->appendRow({textItem(item.item), text,
                            textItem(dimensionNames.value(item.dimensionKey, item.dimensionKey)),
                            numberItem(QString::number(item.n)), numberItem(number(item.gap)),
                            numberItem(optionalNumber(item.importance)),
                            numberItem(optionalNumber(item.performance)), quadrant});
    }
    m_itemsTable->resizeColumnsToContents();
    m_itemsTable->setColumnWidth(1, std::min(m_itemsTable->columnWidth(1), 320));
}

void SurveysView::updateActions()
{
    const bool open = m_workbench != nullptr && !isImporting();
    m_importAction->setEnabled(open);
    m_newSurveyAction->setEnabled(open);
    m_editSurveyAction->setEnabled(open && currentSurvey().has_value());
    m_weightsAction->setEnabled(open);
    m_feedAction->setEnabled(open && currentSurvey().has_value());
    m_exportGapsAction->setEnabled(m_gapCanvas->hasChart());
    m_exportQuadrantAction->setEnabled(m_quadrantCanvas->hasChart());
}

std::optional<AnyChart> SurveysView::chart(Chart which) const
{
    if (which == Chart::Gaps && m_gapChart && m_gapCanvas->hasChart())
        return AnyChart(*m_gapChart);
    if (which == Chart::Quadrant && m_quadrantChart && m_quadrantCanvas->hasChart())
        return AnyChart(*m_quadrantChart);
    return std::nullopt;
}

void SurveysView::chooseImport()
{
    if (!m_workbench || isImporting())
        return;
    auto *dialog = new SurveyImportDialog(m_surveys, currentWave(),
                                          m_settings.value(kFolderKey).toString(), this);
    dialog->setObjectName(QStringLiteral("surveyImportDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_settings.setValue(kFolderKey, QFileInfo(dialog->filePath()).absolutePath());
        startImport(dialog->request());
    });
    dialog->open();
}

void SurveysView::startImport(const SurveyImportRequest &request)
{
    if (!m_workbench || isImporting())
        return;
    // The import adds a new wave to a survey that exists; a survey typed in
    // the dialog is made first and taken away again if nothing came in.
    qint64 createdSurveyId = 0;
    if (request.newWave && !request.survey.isEmpty() &&
        std::none_of(m_surveys.cbegin(), m_surveys.cend(),
                     [&request](const Survey &s) { return s.name == request.survey; })) {
        Survey survey;
        survey.name = request.survey;
        if (const StorageResult made = m_workbench->surveys().insert(survey); !made.ok()) {
            emit errorOccurred(
                tr("The survey %1 could not be created: %2").arg(request.survey, made.error()));
            return;
        }
        createdSurveyId = survey.id;
    }
    m_runner = new ImportRunner(*m_workbench, window());
    const QString target = m_workbench->path();
    connect(m_runner, &ImportRunner::finished, this,
            [this, request, createdSurveyId, target](const ImportSummary &summary) {
                m_runner->deleteLater();
                m_runner = nullptr;
                if (m_workbench && m_workbench->path() == target)
                    finishImport(request, createdSurveyId, summary);
                updateActions();
            });
    updateActions();
    m_runner->start(QFileInfo(request.file).fileName(), request.skipBadRows,
                    [request](Workbench &workbench, const ImportOptions &options) {
                        SurveyImportOptions surveyOptions;
                        static_cast<ImportOptions &>(surveyOptions) = options;
                        surveyOptions.wave = request.wave;
                        if (request.newWave)
                            surveyOptions.survey = request.survey;
                        return importSurveyResponses(workbench, request.file, surveyOptions);
                    });
}

void SurveysView::finishImport(const SurveyImportRequest &request, qint64 createdSurveyId,
                               const ImportSummary &summary)
{
    if (summary.committed && request.newWave) {
        // The import made the wave with today's dates; give it the ones
        // the analyst chose.
        if (std::optional<Survey> survey = m_workbench->surveys().findByWave(request.wave)) {
            for (SurveyWave &wave : survey->waves) {
                if (wave.name == request.wave) {
                    wave.startsOn = request.newWave->startsOn;
                    wave.endsOn = request.newWave->endsOn;
                    wave.channel = request.newWave->channel;
                }
            }
            if (const StorageResult saved = m_workbench->surveys().update(*survey); !saved.ok())
                emit errorOccurred(tr("The answers were imported, but the wave's dates could not "
                                      "be saved: %1")
                                       .arg(saved.error()));
        }
    } else if (!summary.committed && createdSurveyId > 0) {
        m_workbench->surveys().remove(createdSurveyId);
    }
    if (summary.committed) {
        recomputeMeasurements(tr("The answers were imported"));
        refresh();
        selectWave(request.wave);
    }
    emit statusMessage(summary.summaryLine());
    if (summary.notes.isEmpty() && summary.rejections.isEmpty())
        return;
    auto *dialog =
        new ImportResultDialog(summary, m_settings.value(kFolderKey).toString(), window());
    dialog->setObjectName(QStringLiteral("surveyImportResult"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

bool SurveysView::recomputeMeasurements(const QString &what)
{
    const StorageResult refreshed = refreshSurveyMeasurements(*m_workbench);
    if (!refreshed.ok()) {
        emit errorOccurred(tr("%1, but the survey-fed measurements could not be recomputed: %2")
                               .arg(what, refreshed.error()));
    }
    emit measurementsChanged();
    return refreshed.ok();
}

void SurveysView::editSurvey(bool fresh)
{
    if (!m_workbench)
        return;
    Survey survey;
    if (!fresh) {
        const std::optional<Survey> current = currentSurvey();
        if (!current)
            return;
        survey = *current;
    }
    auto *dialog = new SurveyDialog(survey, m_workbench->services().all(),
                                    m_workbench->dimensions().all(), this);
    dialog->setObjectName(QStringLiteral("surveyDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { saveSurvey(dialog->survey()); });
    dialog->open();
}

bool SurveysView::saveSurvey(Survey survey)
{
    if (!m_workbench)
        return false;
    const bool fresh = survey.id <= 0;
    const StorageResult saved =
        fresh ? m_workbench->surveys().insert(survey) : m_workbench->surveys().update(survey);
    if (!saved.ok()) {
        emit errorOccurred(
            tr("The survey %1 could not be saved: %2").arg(survey.name, saved.error()));
        return false;
    }
    emit statusMessage(fresh ? tr("Survey %1 created.").arg(survey.name)
                             : tr("Survey %1 saved.").arg(survey.name));
    recomputeMeasurements(tr("The survey was saved"));
    refresh();
    const int index = m_surveyBox->findData(survey.id);
    if (index >= 0)
        m_surveyBox->setCurrentIndex(index);
    return true;
}

void SurveysView::editWeights()
{
    if (!m_workbench)
        return;
    auto *dialog = new ServqualWeightsDialog(m_workbench->dimensions().all(), this);
    dialog->setObjectName(QStringLiteral("servqualWeightsDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { applyWeights(dialog->weights()); });
    dialog->open();
}

bool SurveysView::applyWeights(const QList<QPair<qint64, std::optional<double>>> &weights)
{
    if (!m_workbench)
        return false;
    if (const StorageResult saved = m_workbench->dimensions().setServqualWeights(weights);
        !saved.ok()) {
        emit errorOccurred(tr("The SERVQUAL weights could not be saved: %1").arg(saved.error()));
        return false;
    }
    emit statusMessage(tr("SERVQUAL weights saved."));
    recomputeMeasurements(tr("The weights were saved"));
    refresh();
    return true;
}

void SurveysView::chooseFeed()
{
    const std::optional<Survey> survey = currentSurvey();
    if (!m_workbench || !survey)
        return;
    QStringList names;
    QList<qint64> ids;
    int current = 0;
    const QList<SurveyFeed> feeds = m_workbench->surveys().feeds();
    for (const Standard &standard : m_workbench->standardRepository().all()) {
        if (standard.metric != Metric::SurveyScore)
            continue;
        const bool fed = std::any_of(feeds.cbegin(), feeds.cend(), [&](const SurveyFeed &f) {
            return f.standardId == standard.id && f.surveyId == survey->id;
        });
        if (fed)
            current = int(names.size());
        names << tr("%1 — %2", "standard code, title").arg(standard.code, standard.title);
        ids << standard.id;
    }
    if (names.isEmpty()) {
        emit errorOccurred(tr("No standard measures a survey score yet. Add one on the Standards "
                              "page with the metric “%1”, then let this survey feed it.")
                               .arg(metricDisplayName(Metric::SurveyScore)));
        return;
    }
    bool ok = false;
    const QString chosen = QInputDialog::getItem(
        this, tr("Feed Standard"),
        tr("The standard whose measurements come from %1 (a measurement per wave: the gap of "
           "the standard's dimension, or the weighted gap):")
            .arg(survey->name),
        names, current, false, &ok);
    if (ok)
        feedStandard(ids.at(names.indexOf(chosen)));
}

bool SurveysView::feedStandard(qint64 standardId)
{
    const std::optional<Survey> survey = currentSurvey();
    if (!m_workbench || !survey)
        return false;
    if (const StorageResult saved = m_workbench->surveys().setFeed({standardId, survey->id});
        !saved.ok()) {
        emit errorOccurred(tr("The feed could not be saved: %1").arg(saved.error()));
        return false;
    }
    emit statusMessage(
        tr("%1 now feeds its standard; its measurements were recomputed.").arg(survey->name));
    return recomputeMeasurements(tr("The feed was saved"));
}

void SurveysView::exportChart(Chart which)
{
    const std::optional<AnyChart> shown = chart(which);
    if (!shown || !m_workbench)
        return;
    const QString organisation =
        m_workbench->properties().value(QLatin1String(PropertyRepository::kOrganisation));
    auto *dialog = new ChartExportDialog(*shown, organisation, m_settings, this);
    dialog->setObjectName(QStringLiteral("chartExportDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog, which] { exportChartTo(which, dialog->options(), dialog->filePath()); });
    dialog->open();
}

ChartExportResult SurveysView::exportChartTo(Chart which, const ChartExportOptions &options,
                                             const QString &filePath)
{
    const std::optional<AnyChart> shown = chart(which);
    if (!shown)
        return {tr("There is no chart to export.")};
    ChartExportResult result = ChartExporter::exportChart(*shown, options, filePath);
    if (result.ok())
        emit statusMessage(tr("Chart saved to %1").arg(QDir::toNativeSeparators(filePath)));
    else
        emit errorOccurred(tr("The chart could not be saved to %1.\n\n%2")
                               .arg(QDir::toNativeSeparators(filePath), result.error));
    return result;
}

} // namespace Yardstick
