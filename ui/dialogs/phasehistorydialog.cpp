// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "phasehistorydialog.h"

#include "model/valueformat.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Yardstick {

namespace {

enum Column
{
    WhenColumn,
    ActionColumn,
    StartsOnColumn,
    LabelColumn,
    ScopeColumn,
    ReasonColumn,
    LimitsColumn,
    ColumnCount,
};

QString actionText(ProcessPhaseLogEntry::Action action)
{
    switch (action) {
    case ProcessPhaseLogEntry::Action::Added:
        return PhaseHistoryDialog::tr("Added");
    case ProcessPhaseLogEntry::Action::Changed:
        return PhaseHistoryDialog::tr("Changed");
    case ProcessPhaseLogEntry::Action::Removed:
        return PhaseHistoryDialog::tr("Removed");
    }
    return {};
}

QString limitsText(const ProcessPhase &phase)
{
    if (!phase.fixedCenter)
        return PhaseHistoryDialog::tr("estimated");
    // Fixed limits are set by people: the digits they gave (ValueFormat).
    const QString centre = ValueFormat::target(*phase.fixedCenter, QString());
    if (!phase.fixedSigma)
        return PhaseHistoryDialog::tr("centre %1").arg(centre);
    return PhaseHistoryDialog::tr("centre %1, sigma %2")
        .arg(centre, ValueFormat::target(*phase.fixedSigma, QString()));
}

} // namespace

PhaseHistoryDialog::PhaseHistoryDialog(const QList<ProcessPhaseLogEntry> &log,
                                       const QString &standardCode, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Phase History of %1").arg(standardCode));
    auto *note = new QLabel(tr("Every process change recorded for %1 and for every standard, "
                               "oldest first, as it read after each action.")
                                .arg(standardCode),
                            this);
    note->setWordWrap(true);

    m_table = new QTableWidget(int(log.size()), ColumnCount, this);
    m_table->setObjectName(QStringLiteral("phaseHistoryTable"));
    m_table->setAccessibleName(tr("Phase history"));
    m_table->setHorizontalHeaderLabels({tr("When"), tr("Action"), tr("Starts on"), tr("Label"),
                                        tr("Applies to"), tr("Reason"), tr("Fixed limits")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    for (int row = 0; row < log.size(); ++row) {
        const ProcessPhaseLogEntry &entry = log.at(row);
        const ProcessPhase &phase = entry.phase;
        const QString cells[ColumnCount] = {
            QLocale().toString(phase.recordedAt.toLocalTime(), QLocale::ShortFormat),
            actionText(entry.action),
            phase.startsOn.toString(Qt::ISODate),
            phase.label,
            phase.standardId ? standardCode : tr("Every standard"),
            phase.reason,
            limitsText(phase),
        };
        for (int column = 0; column < ColumnCount; ++column) {
            auto *item = new QTableWidgetItem(cells[column]);
            item->setToolTip(cells[column]);
            m_table->setItem(row, column, item);
        }
    }
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ReasonColumn, QHeaderView::Stretch);
    header->setHighlightSections(false);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(note);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(900, 360);
    m_table->scrollToBottom();
}

} // namespace Yardstick
