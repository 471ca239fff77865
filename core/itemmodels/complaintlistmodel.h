// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "itemroles.h"
#include "model/complaintletter.h"
#include "workbench/referencedata.h"

#include <QAbstractTableModel>
#include <QList>

namespace Yardstick {

// The complaint list's roles beyond the shared ones. Of those it uses
// SortRole, ServiceIdRole (the letter's service), DimensionIdRole (its
// primary dimension) and StatusRole (int(LetterStatus)).
enum ComplaintRole
{
    LetterIdRole = Qt::UserRole + 64, // well past ItemRole, which others extend
    LabelStatusRole,                  // int(LabelStatus)
    KeyCustomerRole,                  // bool: the "red channel"
    ReceivedAtRole,                   // QDateTime
    DimensionIdsRole,                 // QVariantList: every dimension id, primary first
    SeverityRole,                     // severityKey(), empty when not judged
    SearchTextRole, // reference, customer, subject, the whole (masked) text, attribute values
    NeedsLookRole,  // bool: unconfirmed and no service suggested with confidence
};

// The complaint letters as a table, key customers first and then the newest
// first: the order an analyst works them in. Holds the letters it is given;
// the view replaces a row when a letter's labels or handling change.
class ComplaintListModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        FlagColumn,
        ReceivedColumn,
        ReferenceColumn,
        ChannelColumn,
        ServiceColumn,
        DimensionColumn,
        SeverityColumn,
        LabelStatusColumn,
        StatusColumn,
        TextColumn,
        ColumnCount
    };

    explicit ComplaintListModel(QObject *parent = nullptr);

    void setReference(ReferenceData reference);
    // Replaces every row, in the working order.
    void setLetters(QList<ComplaintLetter> letters);
    // Replaces the row of the letter with the same id, keeping its place.
    void setLetter(const ComplaintLetter &letter);

    const QList<ComplaintLetter> &letters() const { return m_letters; }
    const ComplaintLetter &letterAt(int row) const { return m_letters.at(row); }
    int rowOf(qint64 letterId) const;

    // Key customers first, then the newest first (ties: the higher id).
    static bool worksBefore(const ComplaintLetter &a, const ComplaintLetter &b);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant display(const ComplaintLetter &letter, int column) const;
    QVariant sortValue(const ComplaintLetter &letter, int row, int column) const;
    QString dimensionsText(const ComplaintLetter &letter) const;

    ReferenceData m_reference;
    QList<ComplaintLetter> m_letters;
};

} // namespace Yardstick
