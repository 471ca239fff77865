// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "auditservice.h"

#include "audits/auditimporter.h"
#include "audits/auditmeasurements.h"
#include "storage/editconflict.h"
#include "storage/transaction.h"
#include "usecases/importtrail.h"
#include "workbench/workbench.h"

namespace Yardstick {

AuditService::AuditService(Workbench &workbench, QObject *parent)
    : QObject(parent)
    , m_workbench(workbench)
{}

QList<AuditTemplate> AuditService::checklists() const
{
    return m_workbench.audits().templates();
}

std::optional<AuditTemplate> AuditService::checklist(qint64 id) const
{
    return m_workbench.audits().findTemplate(id);
}

std::optional<AuditTemplate> AuditService::checklistByName(const QString &name) const
{
    return m_workbench.audits().findTemplateByName(name);
}

QList<Audit> AuditService::auditsOf(qint64 templateId) const
{
    return m_workbench.audits().auditsOf(templateId);
}

std::optional<Audit> AuditService::audit(qint64 id) const
{
    return m_workbench.audits().findAudit(id);
}

QList<AuditFeed> AuditService::feeds() const
{
    return m_workbench.audits().feeds();
}

StorageResult AuditService::addChecklist(AuditTemplate &checklist)
{
    const AuditTemplate before = checklist;
    const StorageResult added =
        writeAndRefresh([&] { return m_workbench.audits().insertTemplate(checklist); });
    if (!added.ok())
        checklist = before; // the ids of a rolled-back insert name nothing
    return added;
}

StorageResult AuditService::updateChecklist(AuditTemplate &checklist,
                                            const std::optional<AuditTemplate> &expected)
{
    return writeAndRefresh([&]() -> StorageResult {
        if (expected && m_workbench.audits().findTemplateForUpdate(checklist.id) != expected) {
            return StorageResult::failure(
                EditConflict::message(m_workbench.database(), ChangeSubject::Checklist,
                                      checklist.id, tr("the checklist %1").arg(expected->name)));
        }
        return m_workbench.audits().updateTemplate(checklist);
    });
}

StorageResult AuditService::recordAudit(Audit &audit)
{
    const Audit before = audit;
    audit.id = 0;
    const StorageResult recorded =
        writeAndRefresh([&] { return m_workbench.audits().insertAudit(audit); });
    if (!recorded.ok())
        audit = before;
    return recorded;
}

StorageResult AuditService::deleteAudit(qint64 id)
{
    return writeAndRefresh([&] { return m_workbench.audits().removeAudit(id); });
}

StorageResult AuditService::setFeed(const AuditFeed &feed)
{
    return setFeed(feed, m_workbench.audits().feeds());
}

namespace {

std::optional<AuditFeed> feedOf(const QList<AuditFeed> &feeds, qint64 standardId)
{
    for (const AuditFeed &feed : feeds) {
        if (feed.standardId == standardId)
            return feed;
    }
    return std::nullopt;
}

} // namespace

StorageResult AuditService::setFeed(const AuditFeed &feed, const QList<AuditFeed> &seen)
{
    return writeAndRefresh([&]() -> StorageResult {
        // The standard's row stands for its feed: two analysts choosing a
        // feed for one standard wait for each other here.
        const std::optional<Standard> standard =
            m_workbench.standardRepository().byIdForUpdate(feed.standardId);
        const std::optional<AuditFeed> current =
            feedOf(m_workbench.audits().feeds(), feed.standardId);
        if (!standard || current != feedOf(seen, feed.standardId)) {
            const QString code = standard ? standard->code : QString::number(feed.standardId);
            return StorageResult::failure(EditConflict::message(
                m_workbench.database(),
                standard ? ChangeSubject::AuditFeed : ChangeSubject::Standard, feed.standardId,
                tr("the checklist feeding standard %1").arg(code)));
        }
        if (StorageResult written = m_workbench.audits().setFeed(feed); !written.ok())
            return written;
        if (current == feed)
            return StorageResult::success();
        const std::optional<AuditTemplate> checklist =
            m_workbench.audits().findTemplate(feed.templateId);
        const QString name = checklist ? checklist->name : QString::number(feed.templateId);
        QString detail;
        switch (feed.period) {
        case PeriodKind::Week:
            detail = tr("from the checklist %1, weekly").arg(name);
            break;
        case PeriodKind::Quarter:
            detail = tr("from the checklist %1, quarterly").arg(name);
            break;
        case PeriodKind::Month:
            detail = tr("from the checklist %1, monthly").arg(name);
            break;
        }
        return m_workbench.changeLog().record(ChangeSubject::AuditFeed, feed.standardId,
                                              standard->code, QStringLiteral("fed"), detail);
    });
}

ImportSummary AuditService::importAudits(const QString &path, qint64 templateId,
                                         const ImportOptions &options, DateFormat dateFormat)
{
    ImportSummary summary =
        AuditImporter(m_workbench).run(path, templateId, options, dateFormat, [this] {
            return refreshAuditMeasurements(m_workbench);
        });
    recordImport(m_workbench, tr("audits"), summary);
    if (summary.committed)
        announceChanges();
    return summary;
}

StorageResult AuditService::refreshMeasurements()
{
    const StorageResult refreshed = refreshAuditMeasurements(m_workbench);
    if (refreshed.ok())
        emit measurementsChanged();
    return refreshed;
}

void AuditService::announceChanges()
{
    emit checklistsChanged();
    emit auditsChanged();
    emit measurementsChanged();
}

StorageResult AuditService::writeAndRefresh(const std::function<StorageResult()> &write)
{
    const StorageResult done = Transaction::run(m_workbench.database().connection(), [&] {
        const StorageResult written = write();
        return written.ok() ? refreshAuditMeasurements(m_workbench) : written;
    });
    if (done.ok())
        announceChanges();
    return done;
}

} // namespace Yardstick
