// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "surveysview.h"

#include "chartcanvas.h"
#include "dialogs/importresultdialog.h"
#include "dialogs/servqualweightsdialog.h"
#include "dialogs/surveydialog.h"
#include "export/chartexportdialog.h"
#include "jobs/importrunner.h"
#include "storage/teamroles.h"
#include "usecases/surveyservice.h"
#include "workbench/workbench.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace Yardstick {

namespace {

const QString kTabKey = QStringLiteral("surveys/tab");
const QString kWaveKey = QStringLiteral("surveys/wave");
const QString kFolderKey = QStringLiteral("surveys/lastFolder");

} // namespace

SurveysView::SurveysView(Workbench &workbench, QSettings &settings, QUndoStack &undoStack,
                         QWidget *parent)
    : QWidget(parent)
    , m_workbench(workbench)
    , m_settings(settings)
    , m_undoStack(undoStack)
    , m_writable(workbench.access().data)
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
    m_importer = new ImportRunner(m_workbench, this);
    SurveyService &service = m_workbench.surveyService();
    connect(&service, &SurveyService::surveysChanged, this, &SurveysView::refresh);
    connect(&service, &SurveyService::measurementsChanged, this, &SurveysView::measurementsChanged);
    refresh();
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
    m_picker = new SurveyWavePicker(tab);
    connect(m_picker, &SurveyWavePicker::waveChosen, this, &SurveysView::showWave);
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

    m_panel = new ServqualPanel(m_settings, tab);

    m_stack = new QStackedWidget(tab);
    m_stack->addWidget(buildEmptyState());
    m_stack->addWidget(m_panel);

    auto *layout = new QVBoxLayout(tab);
    layout->addWidget(m_picker);
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
    m_settings.setValue(kTabKey, m_tabs->currentIndex());
}

bool SurveysView::isImporting() const
{
    return m_importer->isRunning();
}

bool SurveysView::showsEmptyState() const
{
    return m_stack->currentIndex() == 0;
}

void SurveysView::selectWave(const QString &wave)
{
    m_picker->selectWave(wave);
    showWave();
}

void SurveysView::refresh()
{
    const QString keep = m_result ? m_result->wave : m_settings.value(kWaveKey).toString();
    const QList<Survey> surveys = m_workbench.surveyService().surveys();
    const QStringList answered = m_workbench.surveyService().answeredWaves();
    m_hasSurveys = !surveys.isEmpty();
    m_picker->setSurveys(surveys, answered);
    if (answered.contains(keep))
        m_picker->selectWave(keep);
    else if (!answered.isEmpty())
        m_picker->selectWave(answered.constLast());
    showWave();
}

void SurveysView::showWave()
{
    const QString wave = currentWave();
    m_result.reset();
    if (wave.isEmpty()) {
        showEmptyState();
        return;
    }
    const WaveAnalysis analysis = m_workbench.surveyService().analyseWave(wave);
    m_result = analysis.result;
    m_settings.setValue(kWaveKey, wave);
    m_panel->showAnalysis(analysis);
    m_stack->setCurrentIndex(1);
    updateActions();
}

void SurveysView::showEmptyState()
{
    m_panel->clear();
    if (!m_hasSurveys)
        m_emptyMessage->setText(
            tr("This workbench holds no survey answers yet. Import a CSV file of answers "
               "(expectation and perception per question) to see the SERVQUAL gaps, or "
               "define the survey's questions and waves first."));
    else
        m_emptyMessage->setText(tr("No wave of the survey has answers yet. Import a CSV "
                                   "file of answers to see the SERVQUAL gaps."));
    m_stack->setCurrentIndex(0);
    updateActions();
}

void SurveysView::updateActions()
{
    const bool open = !isImporting() && m_writable;
    m_importAction->setEnabled(open);
    m_newSurveyAction->setEnabled(open);
    m_editSurveyAction->setEnabled(open && m_picker->currentSurvey().has_value());
    m_weightsAction->setEnabled(open);
    m_feedAction->setEnabled(open && m_picker->currentSurvey().has_value());
    m_exportGapsAction->setEnabled(m_panel->gapChart().has_value());
    m_exportQuadrantAction->setEnabled(m_panel->quadrantChart().has_value());
}

std::optional<AnyChart> SurveysView::chart(Chart which) const
{
    if (which == Chart::Gaps) {
        if (const std::optional<ServqualGapChart> gaps = m_panel->gapChart())
            return AnyChart(*gaps);
    } else if (const std::optional<QuadrantChart> quadrant = m_panel->quadrantChart()) {
        return AnyChart(*quadrant);
    }
    return std::nullopt;
}

void SurveysView::chooseImport()
{
    if (isImporting())
        return;
    auto *dialog = new SurveyImportDialog(m_workbench.surveyService().surveys(), currentWave(),
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
    if (isImporting())
        return;
    SurveyImportOptions options;
    options.wave = request.wave;
    options.skipBadRows = request.skipBadRows;
    if (request.newWave) {
        // The survey (made if it is new), the wave with the dates the
        // analyst chose, the answers and the measurements: one transaction.
        options.survey = request.survey;
        options.waveDefinition = *request.newWave;
        options.waveDefinition->name = request.wave;
    }
    connect(
        m_importer, &ImportRunner::finished, this,
        [this, request](const ImportSummary &summary) {
            // A worker's own service made the change; the window's tells
            // the views. (An in-memory workbench's import ran here.)
            if (summary.committed && !m_workbench.isInMemory())
                m_workbench.surveyService().announceChanges();
            finishImport(request, summary);
            updateActions();
        },
        Qt::SingleShotConnection);
    m_importer->start(QFileInfo(request.file).fileName(), request.skipBadRows,
                      [request, options](Workbench &workbench, const ImportOptions &progress) {
                          SurveyImportOptions run = options;
                          run.progress = progress.progress;
                          return workbench.surveyService().importAnswers(request.file, run);
                      });
    updateActions();
}

void SurveysView::finishImport(const SurveyImportRequest &request, const ImportSummary &summary)
{
    if (summary.committed)
        selectWave(request.wave);
    emit statusMessage(summary.summaryLine());
    if (summary.notes.isEmpty() && summary.rejections.isEmpty())
        return;
    auto *dialog =
        new ImportResultDialog(summary, m_settings.value(kFolderKey).toString(), window());
    dialog->setObjectName(QStringLiteral("surveyImportResult"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void SurveysView::editSurvey(bool fresh)
{
    Survey survey;
    if (!fresh) {
        const std::optional<Survey> current = m_picker->currentSurvey();
        if (!current)
            return;
        survey = *current;
    }
    auto *dialog = new SurveyDialog(survey, m_workbench.services().all(),
                                    m_workbench.dimensions().all(), this);
    dialog->setObjectName(QStringLiteral("surveyDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog] { saveSurvey(dialog->survey(), dialog->original()); });
    dialog->open();
}

bool SurveysView::saveSurvey(Survey survey, const Survey &expected)
{
    const bool fresh = survey.id <= 0;
    const StorageResult saved = fresh ? m_workbench.surveyService().saveSurvey(survey)
                                      : m_workbench.surveyService().saveSurvey(survey, expected);
    if (!saved.ok()) {
        emit errorOccurred(
            tr("The survey %1 could not be saved: %2").arg(survey.name, saved.error()));
        return false;
    }
    emit statusMessage(fresh ? tr("Survey %1 created.").arg(survey.name)
                             : tr("Survey %1 saved.").arg(survey.name));
    const int index = surveyBox()->findData(survey.id);
    if (index >= 0)
        surveyBox()->setCurrentIndex(index);
    return true;
}

void SurveysView::editWeights()
{
    auto *dialog = new ServqualWeightsDialog(m_workbench.dimensions().all(), this);
    dialog->setObjectName(QStringLiteral("servqualWeightsDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog] { applyWeights(dialog->weights(), dialog->weightsRead()); });
    dialog->open();
}

bool SurveysView::applyWeights(const QList<QPair<qint64, std::optional<double>>> &weights,
                               const QList<QPair<qint64, std::optional<double>>> &expected)
{
    if (const StorageResult saved = m_workbench.surveyService().setWeights(weights, expected);
        !saved.ok()) {
        emit errorOccurred(tr("The SERVQUAL weights could not be saved: %1").arg(saved.error()));
        return false;
    }
    emit statusMessage(tr("SERVQUAL weights saved."));
    return true;
}

void SurveysView::chooseFeed()
{
    const std::optional<Survey> survey = m_picker->currentSurvey();
    if (!survey)
        return;
    QStringList names;
    QList<qint64> ids;
    int current = 0;
    const QList<SurveyFeed> feeds = m_workbench.surveyService().feeds();
    for (const Standard &standard : m_workbench.catalogue().standards()) {
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
    if (!ok)
        return;
    const qint64 standardId = ids.at(names.indexOf(chosen));
    std::optional<qint64> fedBy; // as read when the choice was offered
    for (const SurveyFeed &feed : feeds) {
        if (feed.standardId == standardId)
            fedBy = feed.surveyId;
    }
    feedStandard(standardId, fedBy);
}

bool SurveysView::feedStandard(qint64 standardId, std::optional<qint64> expected)
{
    const std::optional<Survey> survey = m_picker->currentSurvey();
    if (!survey)
        return false;
    if (const StorageResult saved =
            m_workbench.surveyService().feedStandard(standardId, survey->id, expected);
        !saved.ok()) {
        emit errorOccurred(tr("The feed could not be saved: %1").arg(saved.error()));
        return false;
    }
    emit statusMessage(
        tr("%1 now feeds its standard; its measurements were recomputed.").arg(survey->name));
    return true;
}

void SurveysView::exportChart(Chart which)
{
    const std::optional<AnyChart> shown = chart(which);
    if (!shown)
        return;
    const QString organisation =
        m_workbench.properties().value(QLatin1String(PropertyRepository::kOrganisation));
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
