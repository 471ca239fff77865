// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commands/phasecommands.h"
#include "model/processphase.h"
#include "spc/controlchart.h"

#include <QDate>
#include <QWidget>

#include <optional>

class QPushButton;
class QTableWidget;
class QUndoStack;

namespace Yardstick {

class PhaseDialog;
class Workbench;

// The process phases of the charted standard (its own rebases and the
// workbench-wide changes) beside its control chart, with the buttons that
// add, edit and remove them and show their audit trail. Each change is
// written at once and pushed on the undo stack.
class PhasePanel final : public QWidget
{
    Q_OBJECT

public:
    PhasePanel(Workbench &workbench, QUndoStack &undoStack, QWidget *parent = nullptr);

    // The standard the panel is about; suggestedStart is where a new rebase
    // starts unless the analyst picks another day.
    void setStandard(qint64 standardId, const QString &code,
                     std::optional<ControlChartType> chartType, QDate suggestedStart);
    // Every phase of the workbench; the panel lists those of its standard.
    void setPhases(const QList<ProcessPhase> &all);
    QList<ProcessPhase> shownPhases() const { return m_shown; }

    QTableWidget *table() const { return m_table; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *editButton() const { return m_edit; }
    QPushButton *removeButton() const { return m_remove; }
    QPushButton *historyButton() const { return m_history; }

    void addRebase();
    void editSelected();
    void removeSelected();
    void showHistory();

signals:
    void errorOccurred(const QString &message);

private:
    std::optional<ProcessPhase> selectedPhase() const;
    void updateButtons();
    PhaseDialog *openDialog(const ProcessPhase &phase);
    CommandErrorReporter reporter();

    Workbench &m_workbench;
    QUndoStack &m_undoStack;
    SharedPhaseIds m_ids;
    qint64 m_standardId = 0;
    QString m_code;
    std::optional<ControlChartType> m_chartType;
    QDate m_suggestedStart;
    QList<ProcessPhase> m_shown;
    QTableWidget *m_table = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_history = nullptr;
};

} // namespace Yardstick
