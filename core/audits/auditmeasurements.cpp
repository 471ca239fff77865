// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "auditmeasurements.h"

#include "audits/auditscore.h"
#include "storage/transaction.h"
#include "workbench/workbench.h"

namespace Yardstick {

QString auditMeasurementSource()
{
    return QStringLiteral("staff audits");
}

QList<Measurement> auditMeasurements(const AuditFeed &feed, const Standard &standard,
                                     const AuditTemplate &checklist, const QList<Audit> &audits)
{
    QList<Measurement> result;
    const QList<AuditPeriodScore> scores =
        pooledAuditScores(checklist, audits, feed.period, standard.departmentId);
    for (const AuditPeriodScore &score : scores) {
        Measurement m;
        m.standardId = standard.id;
        m.periodStart = score.period.start;
        m.periodEnd = score.period.end;
        m.value = score.meanScore;
        m.sampleSize = score.audits;
        m.source = auditMeasurementSource();
        result.append(m);
    }
    return result;
}

StorageResult refreshAuditMeasurements(Workbench &workbench)
{
    const QList<AuditFeed> feeds = workbench.audits().feeds();
    if (feeds.isEmpty())
        return StorageResult::success();
    // One outer transaction: the per-standard replacements become savepoints,
    // so a failure halfway leaves every standard as it was.
    Transaction transaction(workbench.database().connection());
    if (!transaction.isActive())
        return StorageResult::failure(transaction.beginError());
    for (const AuditFeed &feed : feeds) {
        const std::optional<Standard> standard =
            workbench.standardRepository().byId(feed.standardId);
        const std::optional<AuditTemplate> checklist =
            workbench.audits().findTemplate(feed.templateId);
        if (!standard || !checklist)
            continue; // the feed goes with its standard or checklist
        QList<Measurement> measurements = auditMeasurements(
            feed, *standard, *checklist, workbench.audits().auditsOf(checklist->id));
        // The replacement is the same for any computed source; the complaint
        // letters' repository already does it in one transaction.
        if (StorageResult r = workbench.measurements().replaceDerived(
                standard->id, auditMeasurementSource(), measurements);
            !r.ok())
            return r;
    }
    if (QString error = transaction.commit(); !error.isEmpty())
        return StorageResult::failure(error);
    return StorageResult::success();
}

} // namespace Yardstick
