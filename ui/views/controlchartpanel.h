// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chartdata/standardcontrolchart.h"
#include "spc/controlchart.h"
#include "spc/runrules.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QTableView;
class QUndoStack;

namespace Yardstick {

class PhasePanel;
class SignalListModel;
class Workbench;

// The side panel of a control chart: which chart and which run rules, the
// flagged points in plain language, and the standard's process phases.
class ControlChartPanel final : public QWidget
{
    Q_OBJECT

public:
    ControlChartPanel(Workbench &workbench, QUndoStack &undoStack, QWidget *parent = nullptr);

    // Empty: automatic, the kind core suggests for the standard.
    std::optional<ControlChartType> controlChartType() const;
    void setControlChartType(std::optional<ControlChartType> kind);
    RuleSet rules() const;
    void setRules(RuleSet rules);
    // Names the suggested kind in the "Automatic" entry.
    void setSuggestedControlChartType(std::optional<ControlChartType> kind);

    // The chart's flagged points; nullptr when no chart could be drawn.
    void setChart(const StandardControlChart *chart);
    // The phases of the current standard (none: no standard), with a new
    // rebase suggested where the analyst is looking on the chart shown.
    void showPhasesOf(std::optional<qint64> standardId, const QString &code,
                      const StandardControlChart *shown, const QList<ProcessPhase> &phases);
    // The 1-based point of the selected signal, 0 when none is selected.
    int selectedPoint() const;
    // The rule of the selected signal ("nelson-1"), empty when none is.
    QString selectedRule() const;

    QComboBox *chartTypeBox() const { return m_chartType; }
    QComboBox *rulesBox() const { return m_rules; }
    QTableView *signalTable() const { return m_signalTable; }
    SignalListModel *signalModel() const { return m_signalModel; }
    PhasePanel *phasePanel() const { return m_phases; }

    // "I-MR", "X-bar S", "p", "np": the short names the combo shows.
    static QString chartTypeName(ControlChartType kind);

signals:
    void optionsChanged();
    void pointSelected(int point);

private:
    QComboBox *m_chartType = nullptr;
    QComboBox *m_rules = nullptr;
    QLabel *m_signalHeading = nullptr;
    QTableView *m_signalTable = nullptr;
    SignalListModel *m_signalModel = nullptr;
    PhasePanel *m_phases = nullptr;
};

} // namespace Yardstick
