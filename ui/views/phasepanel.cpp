// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "phasepanel.h"

#include "chartdata/trendchart.h"
#include "dialogs/phasedialog.h"
#include "dialogs/phasehistorydialog.h"
#include "workbench/workbench.h"

#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace Yardstick {

namespace {

enum Column
{
    StartsOnColumn,
    LabelColumn,
    ScopeColumn,
    ColumnCount,
};

} // namespace

PhasePanel::PhasePanel(Workbench &workbench, QUndoStack &undoStack, QWidget *parent)
    : QWidget(parent)
    , m_workbench(workbench)
    , m_undoStack(undoStack)
    , m_ids(std::make_shared<PhaseIds>())
{
    auto *heading = new QLabel(tr("Process &phases"), this);
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("phaseTable"));
    m_table->setAccessibleName(tr("Process phases"));
    heading->setBuddy(m_table);
    m_table->setHorizontalHeaderLabels({tr("Starts on"), tr("Label"), tr("Applies to")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(LabelColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setHighlightSections(false);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &PhasePanel::updateButtons);
    connect(m_table, &QTableWidget::itemActivated, this, &PhasePanel::editSelected);

    m_add = new QPushButton(tr("&Add rebase…"), this);
    m_add->setObjectName(QStringLiteral("addPhaseButton"));
    m_add->setToolTip(tr("Record a process change for this standard: the control limits "
                         "start again from it"));
    m_edit = new QPushButton(tr("Ed&it…"), this);
    m_edit->setObjectName(QStringLiteral("editPhaseButton"));
    m_remove = new QPushButton(tr("Re&move"), this);
    m_remove->setObjectName(QStringLiteral("removePhaseButton"));
    m_history = new QPushButton(tr("Histor&y…"), this);
    m_history->setObjectName(QStringLiteral("phaseHistoryButton"));
    m_history->setToolTip(tr("Who changed which phase when: the audit trail"));
    connect(m_add, &QPushButton::clicked, this, &PhasePanel::addRebase);
    connect(m_edit, &QPushButton::clicked, this, &PhasePanel::editSelected);
    connect(m_remove, &QPushButton::clicked, this, &PhasePanel::removeSelected);
    connect(m_history, &QPushButton::clicked, this, &PhasePanel::showHistory);

    // Two rows of two: the side panel is narrow.
    auto *buttons = new QGridLayout;
    buttons->addWidget(m_add, 0, 0);
    buttons->addWidget(m_edit, 0, 1);
    buttons->addWidget(m_remove, 1, 0);
    buttons->addWidget(m_history, 1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(heading);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    updateButtons();
}

void PhasePanel::setStandard(qint64 standardId, const QString &code,
                             std::optional<ControlChartType> chartType, QDate suggestedStart)
{
    m_standardId = standardId;
    m_code = code;
    m_chartType = chartType;
    m_suggestedStart = suggestedStart;
    updateButtons();
}

void PhasePanel::setPhases(const QList<ProcessPhase> &all)
{
    const std::optional<ProcessPhase> selected = selectedPhase();
    m_shown = m_standardId != 0 ? phasesFor(m_standardId, all) : QList<ProcessPhase>();
    m_table->setRowCount(int(m_shown.size()));
    for (int row = 0; row < m_shown.size(); ++row) {
        const ProcessPhase &phase = m_shown.at(row);
        const QString scope = phase.standardId ? m_code : tr("Every standard");
        const QString cells[ColumnCount] = {phase.startsOn.toString(Qt::ISODate), phase.label,
                                            scope};
        const QString tip =
            phase.fixedCenter ? tr("%1\nLimits entered by hand.").arg(phase.reason) : phase.reason;
        for (int column = 0; column < ColumnCount; ++column) {
            auto *item = new QTableWidgetItem(cells[column]);
            item->setToolTip(tip);
            m_table->setItem(row, column, item);
        }
        if (selected && selected->id == phase.id)
            m_table->selectRow(row);
    }
    updateButtons();
}

std::optional<ProcessPhase> PhasePanel::selectedPhase() const
{
    const QList<QTableWidgetItem *> items = m_table->selectedItems();
    if (items.isEmpty())
        return std::nullopt;
    const int row = items.constFirst()->row();
    if (row < 0 || row >= m_shown.size())
        return std::nullopt;
    return m_shown.at(row);
}

void PhasePanel::updateButtons()
{
    const bool ready = m_standardId != 0;
    const bool selected = ready && selectedPhase().has_value();
    m_add->setEnabled(ready);
    m_edit->setEnabled(selected);
    m_remove->setEnabled(selected);
    m_history->setEnabled(ready);
}

CommandErrorReporter PhasePanel::reporter()
{
    return [this](const QString &message) {
        emit errorOccurred(message);
    };
}

PhaseDialog *PhasePanel::openDialog(const ProcessPhase &phase)
{
    auto *dialog = new PhaseDialog(phase, m_standardId, m_code, m_chartType, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("phaseDialog"));
    dialog->open();
    return dialog;
}

void PhasePanel::addRebase()
{
    if (m_standardId == 0)
        return;
    ProcessPhase phase;
    phase.standardId = m_standardId;
    phase.startsOn = m_suggestedStart.isValid() ? m_suggestedStart : QDate::currentDate();
    PhaseDialog *dialog = openDialog(phase);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        ProcessPhase added = dialog->phase();
        const StorageResult result = m_workbench.phases().add(added);
        if (!result.ok()) {
            emit errorOccurred(result.error());
            return;
        }
        m_undoStack.push(new AddPhaseCommand(m_workbench.phases(), added, m_ids, reporter()));
    });
}

void PhasePanel::editSelected()
{
    const std::optional<ProcessPhase> before = selectedPhase();
    if (!before)
        return;
    PhaseDialog *dialog = openDialog(*before);
    connect(dialog, &QDialog::accepted, this, [this, dialog, before] {
        ProcessPhase after = dialog->phase();
        if (after == *before)
            return;
        const StorageResult result = m_workbench.phases().update(after, *before);
        if (!result.ok()) {
            emit errorOccurred(result.error());
            return;
        }
        m_undoStack.push(
            new EditPhaseCommand(m_workbench.phases(), *before, after, m_ids, reporter()));
    });
}

void PhasePanel::removeSelected()
{
    const std::optional<ProcessPhase> phase = selectedPhase();
    if (!phase)
        return;
    const StorageResult result = m_workbench.phases().remove(phase->id);
    if (!result.ok()) {
        emit errorOccurred(result.error());
        return;
    }
    // No question asked: Undo brings it back, and the trail keeps it.
    m_undoStack.push(new RemovePhaseCommand(m_workbench.phases(), *phase, m_ids, reporter()));
}

void PhasePanel::showHistory()
{
    if (m_standardId == 0)
        return;
    auto *dialog = new PhaseHistoryDialog(m_workbench.phases().log(m_standardId), m_code, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("phaseHistoryDialog"));
    dialog->open();
}

} // namespace Yardstick
