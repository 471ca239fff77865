// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "auditscore.h"

#include <QHash>
#include <QMap>

#include <algorithm>
#include <utility>

namespace Yardstick {

namespace {

// Sum and count, to take a mean at the end.
struct Tally
{
    double sum = 0;
    int count = 0;

    void add(double value)
    {
        sum += value;
        ++count;
    }
    std::optional<double> mean() const
    {
        return count == 0 ? std::nullopt : std::optional<double>(sum / count);
    }
};

QHash<qint64, AuditItem> itemsById(const AuditTemplate &checklist)
{
    QHash<qint64, AuditItem> items;
    for (const AuditItem &item : checklist.items)
        items.insert(item.id, item);
    return items;
}

bool inScope(const Audit &audit, const AuditTemplate &checklist, qint64 departmentId)
{
    return audit.templateId == checklist.id &&
           (departmentId == 0 || audit.departmentId == departmentId);
}

} // namespace

std::optional<double> auditScore(const AuditTemplate &checklist, const Audit &audit)
{
    double weighted = 0;
    double weights = 0;
    for (const AuditRating &rating : audit.ratings) {
        const auto item = std::find_if(checklist.items.cbegin(), checklist.items.cend(),
                                       [&](const AuditItem &i) { return i.id == rating.itemId; });
        if (item == checklist.items.cend() || item->scaleMax <= 0 || item->weight <= 0)
            continue;
        weighted += item->weight * rating.rating / item->scaleMax;
        weights += item->weight;
    }
    if (weights <= 0)
        return std::nullopt;
    return 100.0 * weighted / weights;
}

QList<AuditPeriodScore> auditScoresByDepartment(const AuditTemplate &checklist,
                                                const QList<Audit> &audits, PeriodKind kind)
{
    // Keyed by (period start, department) so the map's order is the result's.
    QMap<std::pair<QDate, qint64>, Tally> tallies;
    for (const Audit &audit : audits) {
        if (!inScope(audit, checklist, 0) || !audit.auditedOn.isValid())
            continue;
        if (const std::optional<double> score = auditScore(checklist, audit))
            tallies[{periodContaining(kind, audit.auditedOn).start, audit.departmentId}].add(
                *score);
    }
    QList<AuditPeriodScore> result;
    for (auto it = tallies.cbegin(); it != tallies.cend(); ++it)
        result.append({periodContaining(kind, it.key().first), it.key().second, *it.value().mean(),
                       it.value().count});
    return result;
}

QList<AuditPeriodScore> pooledAuditScores(const AuditTemplate &checklist,
                                          const QList<Audit> &audits, PeriodKind kind,
                                          qint64 departmentId)
{
    QMap<QDate, Tally> tallies;
    for (const Audit &audit : audits) {
        if (!inScope(audit, checklist, departmentId) || !audit.auditedOn.isValid())
            continue;
        if (const std::optional<double> score = auditScore(checklist, audit))
            tallies[periodContaining(kind, audit.auditedOn).start].add(*score);
    }
    QList<AuditPeriodScore> result;
    for (auto it = tallies.cbegin(); it != tallies.cend(); ++it)
        result.append(
            {periodContaining(kind, it.key()), departmentId, *it.value().mean(), it.value().count});
    return result;
}

QList<Period> auditPeriods(const QList<Audit> &audits, PeriodKind kind)
{
    QMap<QDate, Period> periods;
    for (const Audit &audit : audits)
        if (audit.auditedOn.isValid()) {
            const Period p = periodContaining(kind, audit.auditedOn);
            periods.insert(p.start, p);
        }
    return periods.values();
}

QList<AuditItemResult> auditItemResults(const AuditTemplate &checklist, const QList<Audit> &audits,
                                        PeriodKind kind, const Period &period, qint64 departmentId)
{
    const QHash<qint64, AuditItem> items = itemsById(checklist);
    const Period previous = previousPeriod(kind, period);
    Period firstBaseline = period;
    for (int i = 0; i < kAuditBaselinePeriods; ++i)
        firstBaseline = previousPeriod(kind, firstBaseline);
    const Period baseline{firstBaseline.start, previous.end};
    QHash<qint64, Tally> current;
    QHash<qint64, Tally> before;
    QHash<qint64, Tally> recent;
    for (const Audit &audit : audits) {
        if (!inScope(audit, checklist, departmentId) || !audit.auditedOn.isValid())
            continue;
        const bool inPeriod = period.contains(audit.auditedOn);
        const bool inPrevious = previous.contains(audit.auditedOn);
        const bool inBaseline = baseline.contains(audit.auditedOn);
        if (!inPeriod && !inBaseline)
            continue;
        for (const AuditRating &rating : audit.ratings) {
            const auto item = items.constFind(rating.itemId);
            if (item == items.constEnd() || item->scaleMax <= 0)
                continue;
            const double percent = 100.0 * rating.rating / item->scaleMax;
            if (inPeriod) {
                current[rating.itemId].add(percent);
            } else {
                recent[rating.itemId].add(percent);
                if (inPrevious)
                    before[rating.itemId].add(percent);
            }
        }
    }
    QList<AuditItemResult> result;
    for (const AuditItem &item : checklist.items) {
        AuditItemResult r;
        r.item = item;
        r.ratings = current.value(item.id).count;
        r.percent = current.value(item.id).mean();
        r.previousPercent = before.value(item.id).mean();
        r.averagePercent = recent.value(item.id).mean();
        if (r.percent) {
            if (r.previousPercent)
                r.drop = *r.previousPercent - *r.percent;
            if (r.averagePercent)
                r.drop = std::max(r.drop.value_or(*r.averagePercent - *r.percent),
                                  *r.averagePercent - *r.percent);
        }
        r.slipping = r.drop && *r.drop >= kAuditSlipPoints;
        result.append(r);
    }
    return result;
}

QList<AuditItemResult> slippingBehaviours(const QList<AuditItemResult> &results)
{
    QList<AuditItemResult> slipping;
    for (const AuditItemResult &r : results)
        if (r.slipping)
            slipping.append(r);
    std::stable_sort(
        slipping.begin(), slipping.end(),
        [](const AuditItemResult &a, const AuditItemResult &b) { return *a.drop > *b.drop; });
    return slipping;
}

} // namespace Yardstick
