// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "standardpicker.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QScopedValueRollback>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace Yardstick {

namespace {

constexpr int kIdRole = Qt::UserRole + 1;
constexpr int kCodeRole = Qt::UserRole + 2;

} // namespace

StandardPicker::StandardPicker(QWidget *parent)
    : QWidget(parent)
    , m_model(new QStandardItemModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
{
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("standardFilter"));
    m_filter->setPlaceholderText(tr("Filter standards"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter standards"));

    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    // A one-column tree rather than a list view: it elides long titles at
    // the panel's width instead of scrolling sideways.
    m_list = new QTreeView(this);
    m_list->setObjectName(QStringLiteral("standardList"));
    m_list->setModel(m_proxy);
    m_list->setAccessibleName(tr("Standards"));
    m_list->setHeaderHidden(true);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setTextElideMode(Qt::ElideRight);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setToolTip(tr("The highlighted standard is charted; tick several to overlay "
                          "them on the trend chart"));

    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("standardCount"));
    // The ticked standards may be far apart in a list of 180: the count says
    // how many there are, and one click goes back to the current one alone.
    m_untick = new QToolButton(this);
    m_untick->setObjectName(QStringLiteral("untickStandards"));
    m_untick->setText(tr("Untick others"));
    m_untick->setToolTip(tr("Keep only the highlighted standard ticked"));
    connect(m_untick, &QToolButton::clicked, this, [this] {
        if (const std::optional<qint64> current = currentStandard())
            setCurrentStandard(*current, true);
    });
    auto *countRow = new QHBoxLayout;
    countRow->addWidget(m_count, 1);
    countRow->addWidget(m_untick);

    auto *heading = new QLabel(tr("&Standards"), this);
    heading->setBuddy(m_filter);
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(heading);
    layout->addWidget(m_filter);
    layout->addWidget(m_list, 1);
    layout->addLayout(countRow);

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterFixedString(text);
        updateCount();
    });
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &StandardPicker::currentChanged);
    connect(m_model, &QStandardItemModel::itemChanged, this, &StandardPicker::itemChanged);
}

void StandardPicker::setStandards(const QList<Standard> &standards)
{
    const std::optional<qint64> current = currentStandard();
    QList<qint64> checked;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->item(row)->checkState() == Qt::Checked)
            checked << m_model->item(row)->data(kIdRole).toLongLong();
    }
    {
        const QScopedValueRollback<bool> quiet(m_updating, true);
        m_model->clear();
        for (const Standard &s : standards) {
            auto *item = new QStandardItem(tr("%1 — %2", "code, title").arg(s.code, s.title));
            item->setData(s.id, kIdRole);
            item->setData(s.code, kCodeRole);
            item->setToolTip(s.title);
            item->setCheckable(true);
            item->setCheckState(checked.contains(s.id) ? Qt::Checked : Qt::Unchecked);
            m_model->appendRow(item);
        }
        if (current && itemOf(*current)) {
            m_list->setCurrentIndex(m_proxy->mapFromSource(itemOf(*current)->index()));
            m_list->scrollTo(m_list->currentIndex());
        }
    }
    updateCount();
    emit selectionChanged();
}

std::optional<qint64> StandardPicker::currentStandard() const
{
    const QModelIndex index = m_list->currentIndex();
    if (!index.isValid())
        return std::nullopt;
    return index.data(kIdRole).toLongLong();
}

QList<qint64> StandardPicker::checkedStandards() const
{
    QList<qint64> ids;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->item(row)->checkState() == Qt::Checked)
            ids << m_model->item(row)->data(kIdRole).toLongLong();
    }
    if (ids.isEmpty()) {
        if (const std::optional<qint64> current = currentStandard())
            ids << *current;
    }
    return ids;
}

void StandardPicker::setCurrentStandard(qint64 id, bool exclusive)
{
    QStandardItem *item = itemOf(id);
    if (!item)
        return;
    {
        const QScopedValueRollback<bool> quiet(m_updating, true);
        if (exclusive) {
            for (int row = 0; row < m_model->rowCount(); ++row)
                m_model->item(row)->setCheckState(m_model->item(row) == item ? Qt::Checked
                                                                             : Qt::Unchecked);
        }
        QModelIndex index = m_proxy->mapFromSource(item->index());
        if (!index.isValid()) {
            // Filtered out: the analyst asked for it, so show it.
            m_filter->clear();
            index = m_proxy->mapFromSource(item->index());
        }
        m_list->setCurrentIndex(index);
        m_list->scrollTo(index);
    }
    updateCount();
    emit selectionChanged();
}

void StandardPicker::setCheckedStandards(const QList<qint64> &ids)
{
    {
        const QScopedValueRollback<bool> quiet(m_updating, true);
        for (int row = 0; row < m_model->rowCount(); ++row) {
            QStandardItem *item = m_model->item(row);
            item->setCheckState(ids.contains(item->data(kIdRole).toLongLong()) ? Qt::Checked
                                                                               : Qt::Unchecked);
        }
    }
    updateCount();
    emit selectionChanged();
}

QString StandardPicker::codeOf(qint64 id) const
{
    QStandardItem *item = itemOf(id);
    return item ? item->data(kCodeRole).toString() : QString();
}

std::optional<qint64> StandardPicker::idOfCode(const QString &code) const
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->item(row)->data(kCodeRole).toString() == code)
            return m_model->item(row)->data(kIdRole).toLongLong();
    }
    return std::nullopt;
}

QStandardItem *StandardPicker::itemOf(qint64 id) const
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->item(row)->data(kIdRole).toLongLong() == id)
            return m_model->item(row);
    }
    return nullptr;
}

void StandardPicker::currentChanged()
{
    if (m_updating)
        return;
    const std::optional<qint64> current = currentStandard();
    int checkedCount = 0;
    for (int row = 0; row < m_model->rowCount(); ++row)
        checkedCount += m_model->item(row)->checkState() == Qt::Checked ? 1 : 0;
    if (current && checkedCount <= 1) {
        const QScopedValueRollback<bool> quiet(m_updating, true);
        for (int row = 0; row < m_model->rowCount(); ++row) {
            QStandardItem *item = m_model->item(row);
            item->setCheckState(item->data(kIdRole).toLongLong() == *current ? Qt::Checked
                                                                             : Qt::Unchecked);
        }
    }
    updateCount();
    emit selectionChanged();
}

void StandardPicker::itemChanged(QStandardItem *item)
{
    Q_UNUSED(item);
    if (m_updating)
        return;
    updateCount();
    emit selectionChanged();
}

void StandardPicker::updateCount()
{
    int ticked = 0;
    for (int row = 0; row < m_model->rowCount(); ++row)
        ticked += m_model->item(row)->checkState() == Qt::Checked ? 1 : 0;
    const QString shown =
        tr("%1 of %n standard(s)", nullptr, m_model->rowCount()).arg(m_proxy->rowCount());
    m_count->setText(ticked > 1
                         ? tr("%1, %2 ticked", "shown count, ticked count").arg(shown).arg(ticked)
                         : shown);
    m_untick->setEnabled(ticked > 1);
}

} // namespace Yardstick
