// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/changeentry.h"

#include <QDialog>

class QTableView;

namespace Yardstick {

class ChangeLogModel;

// The audit trail, newest first: of one standard, one letter, or the whole
// workbench. Read-only; on a team workbench the names and times are the
// server's.
class HistoryDialog final : public QDialog
{
    Q_OBJECT

public:
    HistoryDialog(const QString &title, const QString &note, const QList<ChangeEntry> &entries,
                  QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    ChangeLogModel *model() const { return m_model; }

private:
    QTableView *m_table = nullptr;
    ChangeLogModel *m_model = nullptr;
};

} // namespace Yardstick
