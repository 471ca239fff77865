// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "auditcommands.h"

#include "usecases/auditservice.h"

namespace Yardstick {

AuditPresenceCommand::AuditPresenceCommand(AuditService &audits, const Audit &audit, bool added,
                                           const QString &text, CommandErrorReporter report)
    : QUndoCommand(text)
    , m_audits(audits)
    , m_audit(audit)
    , m_added(added)
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
    const StorageResult result =
        present ? m_audits.recordAudit(m_audit) : m_audits.deleteAudit(m_audit.id);
    if (!result.ok() && m_report)
        m_report(result.error());
}

} // namespace Yardstick
