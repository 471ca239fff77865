// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chartdata/servqualcharts.h"
#include "dialogs/surveyimportdialog.h"
#include "export/chartexporter.h"
#include "import/importreport.h"
#include "model/survey.h"
#include "surveys/servqual.h"

#include <QList>
#include <QPair>
#include <QWidget>

#include <optional>

class QAction;
class QComboBox;
class QLabel;
class QSettings;
class QSplitter;
class QStackedWidget;
class QStandardItemModel;
class QTabWidget;
class QTableView;
class QUndoStack;

namespace Yardstick {

class ChartCanvas;
class ImportRunner;
class Workbench;

// The Surveys page. Its SERVQUAL tab shows one wave of a survey: how many
// answered, the weighted gap and how it moved since the wave before (with
// Welch's t-test), the silent dissatisfied, the gap by dimension and the
// importance-performance chart, and tables of the dimensions and of the
// items in the order to improve them. From here the analyst imports
// answers, edits the survey, sets the SERVQUAL weights and lets a survey
// feed a survey-score standard; every such change is written at once and
// the survey-fed measurements are recomputed. Other tabs (staff audits)
// are added by whoever builds the window.
class SurveysView final : public QWidget
{
    Q_OBJECT

public:
    enum class Chart
    {
        Gaps,
        Quadrant,
    };

    SurveysView(QSettings &settings, QUndoStack &undoStack, QWidget *parent = nullptr);
    ~SurveysView() override;

    // nullptr lets go of the previous workbench.
    void setWorkbench(Workbench *workbench);
    // Re-reads the surveys and answers, keeping the chosen wave if it is
    // still there, else showing the latest.
    void refresh();
    void addTab(QWidget *page, const QString &label);

    QTabWidget *tabs() const { return m_tabs; }
    QComboBox *surveyBox() const { return m_surveyBox; }
    QComboBox *waveBox() const { return m_waveBox; }
    QLabel *respondentsLabel() const { return m_respondents; }
    QLabel *weightedGapLabel() const { return m_weightedGap; }
    QLabel *silentLabel() const { return m_silent; }
    QTableView *dimensionsTable() const { return m_dimensionsTable; }
    QTableView *itemsTable() const { return m_itemsTable; }
    ChartCanvas *gapCanvas() const { return m_gapCanvas; }
    ChartCanvas *quadrantCanvas() const { return m_quadrantCanvas; }
    // Whether the empty state ("no answers yet") is on screen.
    bool showsEmptyState() const;

    QAction *importAction() const { return m_importAction; }
    QAction *newSurveyAction() const { return m_newSurveyAction; }
    QAction *editSurveyAction() const { return m_editSurveyAction; }
    QAction *weightsAction() const { return m_weightsAction; }
    QAction *feedAction() const { return m_feedAction; }
    QAction *exportGapsAction() const { return m_exportGapsAction; }
    QAction *exportQuadrantAction() const { return m_exportQuadrantAction; }
    QList<QAction *> surveyActions() const;

    QString currentWave() const;
    void selectWave(const QString &wave);
    const std::optional<ServqualResult> &result() const { return m_result; }
    std::optional<AnyChart> chart(Chart which) const;

    // The analyst's moves behind the actions' dialogs.
    void startImport(const SurveyImportRequest &request);
    bool isImporting() const { return m_runner != nullptr; }
    bool saveSurvey(Survey survey);
    bool applyWeights(const QList<QPair<qint64, std::optional<double>>> &weights);
    bool feedStandard(qint64 standardId);
    ChartExportResult exportChartTo(Chart which, const ChartExportOptions &options,
                                    const QString &filePath);

    // "better by 0.42 than 2025-Q1 (t = 3.1, df = 140, p = 0.002)".
    static QString changeText(const ServqualResult &result);
    // "38 of 61 dissatisfied respondents (62%) never complained".
    static QString silentText(const SilentDissatisfied &silent);

signals:
    void errorOccurred(const QString &message);
    void statusMessage(const QString &text);
    // Answers, weights or feeds changed and the survey-fed measurements
    // were recomputed: the scorecard and charts should read them again.
    void measurementsChanged();

private:
    QWidget *buildServqualTab();
    QWidget *buildEmptyState();
    void buildActions();
    void fillSurveyBox();
    void fillWaveBox();
    void showWave();
    void showResult(const ServqualResult &result, const std::optional<ServqualResult> &previous);
    void fillDimensions(const ServqualResult &result);
    void fillItems(const ServqualResult &result);
    void updateActions();
    std::optional<Survey> currentSurvey() const;
    void chooseImport();
    void editSurvey(bool fresh);
    void editWeights();
    void chooseFeed();
    void exportChart(Chart which);
    void finishImport(const SurveyImportRequest &request, qint64 createdSurveyId,
                      const ImportSummary &summary);
    bool recomputeMeasurements(const QString &what);
    void saveState() const;

    QSettings &m_settings;
    QUndoStack &m_undoStack;
    Workbench *m_workbench = nullptr;
    QList<Survey> m_surveys;
    QStringList m_answeredWaves;
    std::optional<ServqualResult> m_result;
    std::optional<ServqualGapChart> m_gapChart;
    std::optional<QuadrantChart> m_quadrantChart;
    ImportRunner *m_runner = nullptr;
    bool m_filling = false;

    QTabWidget *m_tabs = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_emptyMessage = nullptr;
    QComboBox *m_surveyBox = nullptr;
    QComboBox *m_waveBox = nullptr;
    QLabel *m_respondents = nullptr;
    QLabel *m_weightedGap = nullptr;
    QLabel *m_silent = nullptr;
    QSplitter *m_splitter = nullptr;
    QSplitter *m_chartSplitter = nullptr;
    QSplitter *m_tableSplitter = nullptr;
    ChartCanvas *m_gapCanvas = nullptr;
    ChartCanvas *m_quadrantCanvas = nullptr;
    QTableView *m_dimensionsTable = nullptr;
    QTableView *m_itemsTable = nullptr;
    QStandardItemModel *m_dimensions = nullptr;
    QStandardItemModel *m_items = nullptr;

    QAction *m_importAction = nullptr;
    QAction *m_newSurveyAction = nullptr;
    QAction *m_editSurveyAction = nullptr;
    QAction *m_weightsAction = nullptr;
    QAction *m_feedAction = nullptr;
    QAction *m_exportGapsAction = nullptr;
    QAction *m_exportQuadrantAction = nullptr;
};

} // namespace Yardstick
