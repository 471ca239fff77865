// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commands/standardcommands.h"
#include "model/audit.h"

#include <QUndoCommand>

#include <functional>

namespace Yardstick {

class AuditRepository;

// Told after an undo or redo changed the stored audits, so the view can
// recompute the audit measurements and redraw.
using AuditsChanged = std::function<void()>;

// Recording an audit (added = true) or deleting one (added = false), undoably.
// Pushed only after the first write succeeded, so redo() skips that first
// run. An audit written again gets a new id; the command follows it.
class AuditPresenceCommand final : public QUndoCommand
{
public:
    AuditPresenceCommand(AuditRepository &audits, const Audit &audit, bool added,
                         const QString &text, AuditsChanged changed, CommandErrorReporter report);
    void undo() override;
    void redo() override;

private:
    void setPresent(bool present);

    AuditRepository &m_audits;
    Audit m_audit;
    bool m_added;
    AuditsChanged m_changed;
    CommandErrorReporter m_report;
    bool m_firstRedo = true;
};

} // namespace Yardstick
