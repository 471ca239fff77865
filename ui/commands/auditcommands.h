// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commands/standardcommands.h"
#include "model/audit.h"

#include <QUndoCommand>

namespace Yardstick {

class AuditService;

// Recording an audit (added = true) or deleting one (added = false), undoably,
// through the AuditService, so each step also recomputes the audit
// measurements and tells the views. Pushed only after the first write
// succeeded, so redo() skips that first run. An audit written again gets a
// new id; the command follows it.
class AuditPresenceCommand final : public QUndoCommand
{
public:
    AuditPresenceCommand(AuditService &audits, const Audit &audit, bool added, const QString &text,
                         CommandErrorReporter report);
    void undo() override;
    void redo() override;

private:
    void setPresent(bool present);

    AuditService &m_audits;
    Audit m_audit;
    bool m_added;
    CommandErrorReporter m_report;
    bool m_firstRedo = true;
};

} // namespace Yardstick
