// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "complainttable.h"

#include "complaintkeylegend.h"
#include "delegates/keycustomerdelegate.h"
#include "itemmodels/complaintlistmodel.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QSettings>

#include <iterator>

namespace Yardstick {

namespace {
const QString kHeaderKey = QStringLiteral("complaints/header");
} // namespace

ComplaintTable::ComplaintTable(QSettings &settings, QWidget *parent)
    : QTableView(parent)
    , m_settings(settings)
{
    setObjectName(QStringLiteral("complaintsTable"));
    setItemDelegate(new KeyCustomerDelegate(this));
    setSortingEnabled(true);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setAlternatingRowColors(true);
    setWordWrap(false);
    verticalHeader()->hide();
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    horizontalHeader()->setHighlightSections(false);
    horizontalHeader()->setStretchLastSection(true);
    connect(horizontalHeader(), &QHeaderView::sectionResized, this, &ComplaintTable::saveColumns);
    connect(horizontalHeader(), &QHeaderView::sectionMoved, this, &ComplaintTable::saveColumns);
    installEventFilter(this);
}

bool ComplaintTable::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == this && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        // Where a style or platform lets the list take Return for itself
        // before the shortcut sees it, the key still confirms.
        const bool plain =
            (key->modifiers() & ~Qt::KeyboardModifiers(Qt::KeypadModifier)) == Qt::NoModifier;
        if (plain && (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter ||
                      key->key() == Qt::Key_Space)) {
            emit confirmPressed();
            return true;
        }
        bool shifted = false;
        if (const int number = ComplaintKeyLegend::dimensionNumber(key, &shifted); number > 0) {
            emit dimensionPressed(number, shifted);
            return true;
        }
    }
    return QTableView::eventFilter(watched, event);
}

void ComplaintTable::saveColumns()
{
    m_settings.setValue(kHeaderKey, horizontalHeader()->saveState());
}

void ComplaintTable::restoreColumns()
{
    if (!m_settings.contains(kHeaderKey) ||
        !horizontalHeader()->restoreState(m_settings.value(kHeaderKey).toByteArray()))
        sizeColumns();
}

void ComplaintTable::sizeColumns()
{
    QHeaderView *header = horizontalHeader();
    const QFontMetrics metrics = fontMetrics();
    const auto fit = [&](int column, const QString &sample) {
        setColumnWidth(column, metrics.horizontalAdvance(sample) + 24);
    };
    fit(ComplaintListModel::FlagColumn, tr("Key"));
    const bool hasRows = model() && model()->rowCount() > 0;
    fit(ComplaintListModel::ReceivedColumn,
        hasRows ? model()->index(0, ComplaintListModel::ReceivedColumn).data().toString()
                : QStringLiteral("28 Dec 2024 23:59"));
    fit(ComplaintListModel::ReferenceColumn, QStringLiteral("L-2024-0000"));
    fit(ComplaintListModel::ChannelColumn, tr("Complaint card"));
    setColumnWidth(ComplaintListModel::ServiceColumn,
                   metrics.horizontalAdvance(QLatin1Char('x')) * 22);
    setColumnWidth(ComplaintListModel::DimensionColumn,
                   metrics.horizontalAdvance(QLatin1Char('x')) * 18);
    fit(ComplaintListModel::SeverityColumn, tr("Severity"));
    fit(ComplaintListModel::LabelStatusColumn, tr("Unlabelled"));
    fit(ComplaintListModel::StatusColumn, tr("In progress"));
    header->setSectionResizeMode(QHeaderView::Interactive);
    // What the analyst works on (labels, status) before what describes the
    // letter, so it stays in sight beside the reader pane.
    const int order[] = {ComplaintListModel::FlagColumn,      ComplaintListModel::ReceivedColumn,
                         ComplaintListModel::ReferenceColumn, ComplaintListModel::LabelStatusColumn,
                         ComplaintListModel::StatusColumn,    ComplaintListModel::DimensionColumn,
                         ComplaintListModel::ServiceColumn,   ComplaintListModel::SeverityColumn,
                         ComplaintListModel::ChannelColumn,   ComplaintListModel::TextColumn};
    for (int visual = 0; visual < int(std::size(order)); ++visual)
        header->moveSection(header->visualIndex(order[visual]), visual);
    saveColumns();
}

} // namespace Yardstick
