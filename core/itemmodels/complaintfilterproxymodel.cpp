// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "complaintfilterproxymodel.h"

#include "complaintlistmodel.h"
#include "model/complaintletter.h"

#include <QDateTime>

namespace Yardstick {

ComplaintFilterProxyModel::ComplaintFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
}

void ComplaintFilterProxyModel::setFilter(const ComplaintFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    m_filter.text = m_filter.text.trimmed();
    invalidateFilter();
}

bool ComplaintFilterProxyModel::filterAcceptsRow(int sourceRow,
                                                 const QModelIndex &sourceParent) const
{
    const QModelIndex row = sourceModel()->index(sourceRow, 0, sourceParent);
    const auto value = [&row](int role) {
        return row.data(role);
    };
    if (m_filter.serviceId) {
        const QVariant service = value(ServiceIdRole);
        if (!service.isValid() || service.toLongLong() != *m_filter.serviceId)
            return false;
    }
    if (m_filter.dimensionId &&
        !value(DimensionIdsRole).toList().contains(QVariant(*m_filter.dimensionId)))
        return false;
    if (m_filter.status && value(StatusRole).toInt() != *m_filter.status)
        return false;
    if (m_filter.labelStatus) {
        const int labels = value(LabelStatusRole).toInt();
        if (*m_filter.labelStatus == ComplaintFilter::kNotConfirmed
                ? labels == int(LabelStatus::Confirmed)
                : labels != *m_filter.labelStatus)
            return false;
    }
    if (m_filter.keyCustomersOnly && !value(KeyCustomerRole).toBool())
        return false;
    if (m_filter.from.isValid() || m_filter.to.isValid()) {
        const QDate received = value(ReceivedAtRole).toDateTime().toLocalTime().date();
        if (!received.isValid())
            return false;
        if (m_filter.from.isValid() && received < m_filter.from)
            return false;
        if (m_filter.to.isValid() && received > m_filter.to)
            return false;
    }
    if (!m_filter.text.isEmpty() &&
        !value(SearchTextRole).toString().contains(m_filter.text, Qt::CaseInsensitive))
        return false;
    return true;
}

std::optional<qint64> ComplaintFilterProxyModel::nextUnconfirmedAfter(int row) const
{
    const int rows = rowCount();
    for (int step = 1; step < rows; ++step) {
        const QModelIndex at = index((row + step) % rows, 0);
        if (at.data(LabelStatusRole).toInt() != int(LabelStatus::Confirmed))
            return at.data(LetterIdRole).toLongLong();
    }
    return std::nullopt;
}

int ComplaintFilterProxyModel::unconfirmedShown() const
{
    if (!m_filter.serviceId && !m_filter.dimensionId)
        return 0;
    int unconfirmed = 0;
    for (int row = 0; row < rowCount(); ++row) {
        if (index(row, 0).data(LabelStatusRole).toInt() != int(LabelStatus::Confirmed))
            ++unconfirmed;
    }
    return unconfirmed;
}

} // namespace Yardstick
