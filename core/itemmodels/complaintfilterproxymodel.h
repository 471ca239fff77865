// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QSortFilterProxyModel>

#include <optional>

namespace Yardstick {

// What the complaint list shows; an unset field does not filter.
struct ComplaintFilter
{
    std::optional<qint64> serviceId;
    std::optional<qint64> dimensionId; // any of the letter's dimensions, not only the primary
    std::optional<int> status;         // int(LetterStatus)
    std::optional<int> labelStatus;    // int(LabelStatus), or kNotConfirmed
    bool keyCustomersOnly = false;
    QDate from;   // received on or after; invalid: open
    QDate to;     // received on or before; invalid: open
    QString text; // in the reference, customer, subject or text, case-insensitive

    // labelStatus: unlabelled or suggested, the letters still to work through.
    static constexpr int kNotConfirmed = -1;

    friend bool operator==(const ComplaintFilter &, const ComplaintFilter &) = default;
};

// Filters ComplaintListModel's rows by its roles. RoleFilterProxyModel
// tests each role for equality; letters also need a date range and "any of
// its dimensions", so they get this proxy, which sorts by SortRole the
// same way.
class ComplaintFilterProxyModel final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit ComplaintFilterProxyModel(QObject *parent = nullptr);

    void setFilter(const ComplaintFilter &filter);
    const ComplaintFilter &filter() const { return m_filter; }
    // The id of the first letter after `row` (wrapping round) whose labels
    // are not confirmed: where Return takes the analyst next.
    std::optional<qint64> nextUnconfirmedAfter(int row) const;
    // How many of the letters shown are there only by a label not yet
    // confirmed, while a service or dimension is picked (0 otherwise): the
    // count must not pass suggestions off as that service's letters.
    int unconfirmedShown() const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    ComplaintFilter m_filter;
};

} // namespace Yardstick
