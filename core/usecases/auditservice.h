// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/dateparser.h"
#include "import/importreport.h"
#include "model/audit.h"
#include "storage/storageresult.h"

#include <QList>
#include <QObject>

#include <functional>
#include <optional>

namespace Yardstick {

class Workbench;

// Staff audits: checklists, recording and importing audits and the audit-score
// measurements they feed.
// Each user action is one transaction; what derives from it is refreshed in
// it, and the change is announced so every view follows.
class AuditService final : public QObject
{
    Q_OBJECT

public:
    explicit AuditService(Workbench &workbench, QObject *parent = nullptr);

    QList<AuditTemplate> checklists() const; // by name
    std::optional<AuditTemplate> checklist(qint64 id) const;
    std::optional<AuditTemplate> checklistByName(const QString &name) const;
    QList<Audit> auditsOf(qint64 templateId) const;
    std::optional<Audit> audit(qint64 id) const;
    QList<AuditFeed> feeds() const;

    // Each writes and recomputes the audit measurements in one transaction.
    StorageResult addChecklist(AuditTemplate &checklist);
    // Scales and weights change every score, so the feeds are recomputed.
    // `expected`: the checklist as the editor opened it; the edit is refused
    // (naming who and when) when another analyst changed it since.
    StorageResult updateChecklist(AuditTemplate &checklist,
                                  const std::optional<AuditTemplate> &expected = std::nullopt);
    // Records the audit under a new id (also when it had one: undo of a
    // delete), which is written back into `audit`.
    StorageResult recordAudit(Audit &audit);
    StorageResult deleteAudit(qint64 id);
    StorageResult setFeed(const AuditFeed &feed);
    // The same from an editor that read `seen` (every feed as it opened):
    // refused, naming who and when, when another analyst set or changed the
    // feed of this standard since.
    StorageResult setFeed(const AuditFeed &feed, const QList<AuditFeed> &seen);
    // Imports audits into the checklist and recomputes the audit measurements
    // in the same transaction; nothing is kept when anything fails.
    ImportSummary importAudits(const QString &path, qint64 templateId, const ImportOptions &options,
                               DateFormat dateFormat = DateFormat::Auto);
    // Recomputes the measurements of every standard fed from a checklist.
    StorageResult refreshMeasurements();

    // Emits the change signals. For work done by another instance of this
    // service (a worker thread's, on its own connection): once that work is
    // back on this thread, this tells the views that follow this instance.
    void announceChanges();

signals:
    // Checklists changed (added, renamed, items edited).
    void checklistsChanged();
    // Audits were recorded, deleted or imported, or a feed changed.
    void auditsChanged();
    // The audit-fed measurements were recomputed.
    void measurementsChanged();

private:
    StorageResult writeAndRefresh(const std::function<StorageResult()> &write);

    Workbench &m_workbench;
};

} // namespace Yardstick
