// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "auditcommands.h"

#include "storage/auditrepository.h"

namespace Yardstick {

AuditPresenceCommand::AuditPresenceCommand(AuditRepository &audits, const Audit &audit, bool added,
                                           const QString &text, AuditsChanged changed,
                                           CommandErrorReporter report)
    : QUndoCommand(text)
    , m_audits(audits)
    , m_audit(audit)
    , m_added(added)
    , m_changed(std::move(changed))
    , m_report(std::move(report))
{}

void AuditPresenceCommand::undo()
{
    setPresent(!m_added);
}

void AuditPresenceCommand::redo()
{
    if (m_firstRedo) {
        m_firstRedo = false;
        return;
    }
    setPresent(m_added);
}

void AuditPresenceCommand::setPresent(bool present)
{
    StorageResult result = StorageResult::success();
    if (present) {
        Audit again = m_audit;
        again.id = 0;
        result = m_audits.insertAudit(again);
        if (result.ok())
            m_audit.id = again.id;
    } else {
        result = m_audits.removeAudit(m_audit.id);
    }
    if (!result.ok() && m_report)
        m_report(result.error());
    if (m_changed)
        m_changed();
}

} // namespace Yardstick
