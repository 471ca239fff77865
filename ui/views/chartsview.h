// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/period.h"
#include "chartdata/anychart.h"
#include "export/chartexporter.h"
#include "usecases/chartkind.h"
#include "usecases/chartrequest.h"

#include <QWidget>

#include <memory>
#include <optional>
#include <variant>

class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QProgressBar;
class QSettings;
class QUndoStack;

namespace Yardstick {

class BackgroundJob;
class ChartCanvas;
class ChartExportActions;
class ControlChartPanel;
class StandardPicker;
class Workbench;
struct ChartSource;

// The Charts page: a standard's trend (several overlaid) or control chart
// with its flagged points and process phases, the Paretos of complaints and
// of breached standards, the compliance heat map and the departments. The
// workbench is read on a worker thread with its own connection; the charts
// are then built from what was read, at once. Export and copy give the
// chart as a slide or a page. What the analyst chose is remembered.
class ChartsView final : public QWidget
{
    Q_OBJECT

public:
    ChartsView(Workbench &workbench, QSettings &settings, QUndoStack &undoStack,
               QWidget *parent = nullptr);
    ~ChartsView() override;

    // Reads the workbench again (in the background) and redraws. While the
    // page is hidden it only notes that it must, and reads when shown.
    void refresh();
    bool isLoading() const;

    ChartKind chartKind() const;
    void setChartKind(ChartKind kind);
    PeriodKind periodKind() const;
    void setPeriodKind(PeriodKind kind);

    // What the page asks ChartService for, from what the analyst chose.
    ChartRequest chartRequest() const;
    // The chart on screen; empty when a message stands in its place.
    const std::optional<AnyChart> &chart() const;
    QString chartMessage() const;

    // Writes the chart on screen with these options; what the export dialog
    // runs once accepted.
    ChartExportResult exportChartTo(const ChartExportOptions &options, const QString &filePath);

    QComboBox *kindBox() const { return m_kind; }
    QComboBox *periodBox() const { return m_period; }
    QCheckBox *headlineBox() const { return m_headline; }
    StandardPicker *standardPicker() const { return m_picker; }
    ChartCanvas *canvas() const { return m_canvas; }
    ControlChartPanel *controlPanel() const { return m_controlPanel; }
    QAction *exportAction() const;
    QAction *copyAction() const;

public slots:
    // Shows a standard's trend or control chart (from the dashboard or the
    // catalogue); applied once the data is read if it is not yet.
    void showStandard(qint64 standardId, Yardstick::ChartKind kind);
    // Asks how to export (ChartExportDialog) and writes the file.
    void exportChart();
    void copyChart();

signals:
    // Fresh data is read and its chart drawn.
    void loaded();
    void statusMessage(const QString &text);
    void errorOccurred(const QString &message);

protected:
    void showEvent(QShowEvent *event) override;

private:
    QWidget *buildToolbar();
    void restoreSettings();
    void saveSettings();
    void sourceLoaded(std::shared_ptr<ChartSource> source);
    void applyStandardsFromSettings();
    void reloadPhases();
    void rebuild();
    void updateControls();
    void updatePhasePanel();
    void pointSelected(int point);

    Workbench &m_workbench;
    QSettings &m_settings;
    std::shared_ptr<ChartSource> m_source;
    BackgroundJob *m_job = nullptr; // reads the workbench; the latest request wins
    bool m_stale = true;            // the workbench must be read when the page shows
    bool m_restoring = false;       // settings are being applied: do not write them back
    bool m_standardsRestored = false;
    std::optional<std::pair<qint64, ChartKind>> m_pending; // showStandard before loading

    QComboBox *m_kind = nullptr;
    QComboBox *m_period = nullptr;
    QCheckBox *m_headline = nullptr;
    QLabel *m_hint = nullptr;
    QLabel *m_busyLabel = nullptr;
    QProgressBar *m_busy = nullptr;
    StandardPicker *m_picker = nullptr;
    ChartCanvas *m_canvas = nullptr;
    ControlChartPanel *m_controlPanel = nullptr;
    ChartExportActions *m_export = nullptr;
};

} // namespace Yardstick
