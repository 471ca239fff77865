// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "goalreviewdialog.h"

#include "costofdelay/goalreview.h"
#include "model/valueformat.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Yardstick {

namespace {

// Targets keep the digits they were set with (ValueFormat's rule); the
// column header names the unit.
QString number(double value)
{
    return ValueFormat::target(value, QString());
}

// "15 → 12", or the new value alone for the first revision.
QString change(std::optional<double> before, double after)
{
    if (!before)
        return number(after);
    return GoalReviewDialog::tr("%1 → %2").arg(number(*before), number(after));
}

QString share(std::optional<double> value)
{
    if (!value)
        return {};
    return ValueFormat::value(*value, QStringLiteral("%"));
}

QString periodOutcome(const GoalReviewRow &row)
{
    if (row.periodsWithData == 0)
        return GoalReviewDialog::tr("no data yet");
    return GoalReviewDialog::tr("%1 (%2 of %3)")
        .arg(share(row.periodShare))
        .arg(row.periodsMet)
        .arg(row.periodsWithData);
}

QString caseOutcome(const GoalReviewRow &row)
{
    if (!row.caseShare)
        return {};
    return GoalReviewDialog::tr("%1 of %2")
        .arg(share(row.caseShare), ValueFormat::count(row.cases));
}

} // namespace

GoalReviewDialog::GoalReviewDialog(const Standard &standard, ComplianceData compliance,
                                   QWidget *parent)
    : QDialog(parent)
    , m_standard(standard)
    , m_data(std::move(compliance))
{
    setWindowTitle(tr("Goal Review of %1").arg(standard.code));
    auto *note =
        new QLabel(tr("Every target %1 has had, newest first. Where a revision was planned, its "
                      "prediction stands next to what happened in the periods it governed.")
                       .arg(standard.code),
                   this);
    note->setWordWrap(true);

    m_periodKind = new QComboBox(this);
    m_periodKind->setObjectName(QStringLiteral("goalReviewPeriodKind"));
    m_periodKind->addItem(tr("Weeks"), int(PeriodKind::Week));
    m_periodKind->addItem(tr("Months"), int(PeriodKind::Month));
    m_periodKind->addItem(tr("Quarters"), int(PeriodKind::Quarter));
    m_periodKind->setCurrentIndex(1);
    auto *kindRow = new QHBoxLayout;
    auto *kindLabel = new QLabel(tr("Judge &outcomes by:"), this);
    kindLabel->setBuddy(m_periodKind);
    kindRow->addWidget(kindLabel);
    kindRow->addWidget(m_periodKind);
    kindRow->addStretch(1);

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("goalReviewTable"));
    m_table->setAccessibleName(tr("Revisions"));
    m_table->setHorizontalHeaderLabels(
        {tr("In force from"), tr("Target"), tr("Threshold"), tr("Reason"), tr("Recorded by"),
         tr("Recorded at"), tr("Predicted periods met"), tr("Periods met since"),
         tr("Predicted cases meeting it"), tr("Cases meeting it since"), tr("Prediction from")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_periodKind, &QComboBox::currentIndexChanged, this, &GoalReviewDialog::fill);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(note);
    layout->addLayout(kindRow);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(1280, 380);
    fill();
}

void GoalReviewDialog::fill()
{
    const QList<GoalReviewRow> rows =
        GoalReview::review(m_standard, m_data, PeriodKind(m_periodKind->currentData().toInt()));
    m_table->setRowCount(int(rows.size()));
    const QLocale locale;
    for (int i = 0; i < rows.size(); ++i) {
        // Newest first: the rule in force now heads the list.
        const GoalReviewRow &row = rows.at(rows.size() - 1 - i);
        const QString cells[ColumnCount] = {
            locale.toString(row.effectiveFrom, QLocale::ShortFormat),
            change(row.oldTarget, row.newTarget),
            change(row.oldThreshold, row.newThreshold),
            row.reason,
            row.recordedBy,
            row.recordedAt.isValid()
                ? locale.toString(row.recordedAt.toLocalTime(), QLocale::ShortFormat)
                : QString(),
            share(row.prediction.periodShare),
            periodOutcome(row),
            share(row.prediction.caseShare),
            caseOutcome(row),
            row.prediction.basis,
        };
        for (int column = 0; column < ColumnCount; ++column) {
            auto *item = new QTableWidgetItem(cells[column]);
            if (column == TargetColumn || column == ThresholdColumn ||
                (column >= PredictedPeriodsColumn && column <= ActualCasesColumn))
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (column == ReasonColumn || column == BasisColumn)
                item->setToolTip(cells[column]);
            m_table->setItem(i, column, item);
        }
    }
    m_table->resizeColumnsToContents();
    // A long reason would push the predictions and outcomes, which are what
    // the review is for, out of sight: it is cut short, whole in its tooltip.
    const int reasonWidth = m_table->fontMetrics().horizontalAdvance(QLatin1Char('M')) * 18;
    if (m_table->columnWidth(ReasonColumn) > reasonWidth)
        m_table->setColumnWidth(ReasonColumn, reasonWidth);
}

} // namespace Yardstick
