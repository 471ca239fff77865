// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/audit.h"
#include "storageresult.h"

#include <QList>

#include <optional>

namespace Yardstick {

class Database;

// Reads and writes staff-audit checklists (templates with their items), the
// audits filled in against them with their ratings, and which audit-score
// standards each checklist feeds.
class AuditRepository final
{
public:
    explicit AuditRepository(Database &database);

    QList<AuditTemplate> templates() const; // by name, items by position
    std::optional<AuditTemplate> findTemplate(qint64 id) const;
    // The checklist as stored, its row locked on a server until the
    // caller's transaction ends: what an edit compares with what it started
    // from, so that two analysts' edits of one checklist cannot cross.
    std::optional<AuditTemplate> findTemplateForUpdate(qint64 id) const;
    std::optional<AuditTemplate> findTemplateByName(const QString &name) const;
    // Stores the template with its items; sets every id.
    StorageResult insertTemplate(AuditTemplate &audit);
    // Rewrites name, description and items in one transaction: items are
    // matched by id, new ones get ids, missing ones are deleted with their
    // ratings.
    StorageResult updateTemplate(AuditTemplate &audit);
    // Deletes the template, its audits and its feeds.
    StorageResult removeTemplate(qint64 id);

    QList<Audit> audits() const; // by date, then id, each with its ratings
    QList<Audit> auditsOf(qint64 templateId) const;
    std::optional<Audit> findAudit(qint64 id) const;
    // Stores the audit with its ratings in one transaction; sets audit.id.
    StorageResult insertAudit(Audit &audit);
    // Stores many audits in one transaction: all or none.
    StorageResult insertAudits(QList<Audit> &audits);
    // Rewrites the audit and replaces its ratings in one transaction.
    StorageResult updateAudit(const Audit &audit);
    StorageResult removeAudit(qint64 id);

    QList<AuditFeed> feeds() const; // by standard id
    // Adds the feed, or replaces the standard's feed.
    StorageResult setFeed(const AuditFeed &feed);
    StorageResult removeFeed(qint64 standardId);

private:
    QList<Audit> readAudits(std::optional<qint64> templateId, std::optional<qint64> auditId) const;
    QString writeAudit(Audit &audit, bool inserting);

    Database &m_database;
};

} // namespace Yardstick
