// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chartdata/servqualcharts.h"
#include "dialogs/surveyimportdialog.h"
#include "export/chartexporter.h"
#include "import/importreport.h"
#include "model/survey.h"
#include "surveys/servqual.h"
#include "views/servqualpanel.h"
#include "views/surveywavepicker.h"

#include <QList>
#include <QMetaObject>
#include <QPair>
#include <QWidget>

#include <optional>

class QAction;
class QComboBox;
class QLabel;
class QSettings;
class QStackedWidget;
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
// items in the order to improve them (a ServqualPanel). From here the
// analyst imports answers, edits the survey, sets the SERVQUAL weights and
// lets a survey feed a survey-score standard, each through the
// SurveyService, which writes it and recomputes the survey-fed measurements
// in one transaction; the page follows the service's signals. Other tabs
// (staff audits) are added by whoever builds the window.
class SurveysView final : public QWidget
{
    Q_OBJECT

public:
    enum class Chart
    {
        Gaps,
        Quadrant,
    };

    SurveysView(Workbench &workbench, QSettings &settings, QUndoStack &undoStack,
                QWidget *parent = nullptr);
    ~SurveysView() override;

    // Re-reads the surveys and answers, keeping the chosen wave if it is
    // still there, else showing the latest.
    void refresh();
    void addTab(QWidget *page, const QString &label);

    QTabWidget *tabs() const { return m_tabs; }
    QComboBox *surveyBox() const { return m_picker->surveyBox(); }
    QComboBox *waveBox() const { return m_picker->waveBox(); }
    QLabel *respondentsLabel() const { return m_panel->respondentsLabel(); }
    QLabel *weightedGapLabel() const { return m_panel->weightedGapLabel(); }
    QLabel *silentLabel() const { return m_panel->silentLabel(); }
    QTableView *dimensionsTable() const { return m_panel->dimensionsTable(); }
    QTableView *itemsTable() const { return m_panel->itemsTable(); }
    ChartCanvas *gapCanvas() const { return m_panel->gapCanvas(); }
    ChartCanvas *quadrantCanvas() const { return m_panel->quadrantCanvas(); }
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

    QString currentWave() const { return m_picker->currentWave(); }
    void selectWave(const QString &wave);
    const std::optional<ServqualResult> &result() const { return m_result; }
    std::optional<AnyChart> chart(Chart which) const;

    // The analyst's moves behind the actions' dialogs.
    void startImport(const SurveyImportRequest &request);
    bool isImporting() const;
    // Each expects the workbench still to hold what the edit started from
    // (the survey as opened, the weights and the standard's feed as read);
    // one changed elsewhere since is refused with a message naming who and
    // when, and the page shows their change.
    bool saveSurvey(Survey survey, const Survey &expected);
    bool applyWeights(const QList<QPair<qint64, std::optional<double>>> &weights,
                      const QList<QPair<qint64, std::optional<double>>> &expected);
    bool feedStandard(qint64 standardId, std::optional<qint64> expected);
    ChartExportResult exportChartTo(Chart which, const ChartExportOptions &options,
                                    const QString &filePath);

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
    void showWave();
    void showEmptyState();
    void updateActions();
    void chooseImport();
    void editSurvey(bool fresh);
    void editWeights();
    void chooseFeed();
    void exportChart(Chart which);
    void finishImport(const SurveyImportRequest &request, const ImportSummary &summary);
    void saveState() const;

    Workbench &m_workbench;
    QSettings &m_settings;
    QUndoStack &m_undoStack;
    // False for a viewer of a team workbench: the moves that write stay off
    // (the server would refuse them anyway).
    bool m_writable = true;
    bool m_hasSurveys = false;
    std::optional<ServqualResult> m_result;
    ImportRunner *m_importer = nullptr; // answers are read off the GUI thread

    QTabWidget *m_tabs = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_emptyMessage = nullptr;
    SurveyWavePicker *m_picker = nullptr;
    ServqualPanel *m_panel = nullptr;

    QAction *m_importAction = nullptr;
    QAction *m_newSurveyAction = nullptr;
    QAction *m_editSurveyAction = nullptr;
    QAction *m_weightsAction = nullptr;
    QAction *m_feedAction = nullptr;
    QAction *m_exportGapsAction = nullptr;
    QAction *m_exportQuadrantAction = nullptr;
};

} // namespace Yardstick
