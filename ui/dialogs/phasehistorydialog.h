// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/processphaserepository.h"

#include <QDialog>

class QTableWidget;

namespace Yardstick {

// The audit trail of a standard's process phases (its own and the
// workbench-wide ones): when each was added, changed or removed, and what
// it said then. Read-only: the trail is what auditors ask for.
class PhaseHistoryDialog final : public QDialog
{
    Q_OBJECT

public:
    PhaseHistoryDialog(const QList<ProcessPhaseLogEntry> &log, const QString &standardCode,
                       QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }

private:
    QTableWidget *m_table = nullptr;
};

} // namespace Yardstick
