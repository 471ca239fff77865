// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "standardchanges.h"

#include "model/valueformat.h"

namespace Yardstick {

namespace {

QString quoted(const QString &text)
{
    return QStringLiteral("“%1”").arg(text);
}

QString nameOr(const std::function<QString(qint64)> &name, qint64 id)
{
    const QString found = name ? name(id) : QString();
    return found.isEmpty() ? QString::number(id) : found;
}

QString dateOr(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : ValueFormat::none();
}

} // namespace

QStringList StandardChanges::describe(const Standard &before, const Standard &after,
                                      const Names &names)
{
    QStringList changes;
    auto changed = [&changes](const QString &field, const QString &from, const QString &to) {
        if (from != to)
            changes.append(tr("%1 %2 → %3").arg(field, from, to));
    };
    changed(tr("code"), before.code, after.code);
    changed(tr("title"), quoted(before.title), quoted(after.title));
    changed(tr("service"), nameOr(names.service, before.serviceId),
            nameOr(names.service, after.serviceId));
    changed(tr("dimension"), nameOr(names.dimension, before.dimensionId),
            nameOr(names.dimension, after.dimensionId));
    changed(tr("department"), nameOr(names.department, before.departmentId),
            nameOr(names.department, after.departmentId));
    changed(tr("metric"), metricDisplayName(before.metric), metricDisplayName(after.metric));
    changed(tr("statistic"), before.statistic.displayName(), after.statistic.displayName());
    changed(tr("direction"), directionDisplayName(before.direction),
            directionDisplayName(after.direction));
    changed(tr("unit"), before.unit, after.unit);
    changed(tr("basis"), basisDisplayText(before.basis), basisDisplayText(after.basis));
    changed(tr("rationale"), quoted(before.rationale), quoted(after.rationale));
    changed(tr("status"), standardStatusDisplayName(before.status),
            standardStatusDisplayName(after.status));
    changed(tr("retired on"), dateOr(before.retiredOn), dateOr(after.retiredOn));
    changed(tr("day basis"), dayBasisKey(before.dayBasis), dayBasisKey(after.dayBasis));
    if (before.revisions.isEmpty() || after.revisions.isEmpty())
        return changes;
    changed(tr("target"), ValueFormat::value(before.target(), before.unit),
            ValueFormat::value(after.target(), after.unit));
    changed(tr("threshold"), ValueFormat::value(before.threshold(), before.unit),
            ValueFormat::value(after.threshold(), after.unit));
    changed(tr("effective from"), dateOr(before.current().effectiveFrom),
            dateOr(after.current().effectiveFrom));
    if (after.revisions.size() > before.revisions.size() && !after.current().reason.isEmpty())
        changes.append(tr("reason %1").arg(quoted(after.current().reason)));
    else if (after.revisions.size() != before.revisions.size())
        changes.append(tr("%n target revision(s)", nullptr, int(after.revisions.size())));
    return changes;
}

QString StandardChanges::summary(const Standard &standard, const Names &names)
{
    QStringList parts = {quoted(standard.title)};
    if (!standard.revisions.isEmpty())
        parts.append(tr("target %1").arg(ValueFormat::value(standard.target(), standard.unit)));
    parts.append(nameOr(names.service, standard.serviceId));
    return parts.join(QStringLiteral(", "));
}

} // namespace Yardstick
