// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/changeentry.h"

#include <QAbstractTableModel>
#include <QList>

namespace Yardstick {

// Lines of the audit trail as a table, newest first: when (local time), who,
// what, the action and what it changed.
class ChangeLogModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        WhenColumn,
        WhoColumn,
        WhatColumn,
        ActionColumn,
        DetailColumn,
        ColumnCount
    };

    explicit ChangeLogModel(QObject *parent = nullptr);

    // Takes the lines oldest first, as the repository gives them.
    void setEntries(const QList<ChangeEntry> &entries);
    // The action in the reader's words ("added" → "Added").
    static QString actionText(const QString &action);
    static QString subjectText(ChangeSubject subject);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<ChangeEntry> m_entries; // newest first
};

} // namespace Yardstick
