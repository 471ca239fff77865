// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "letterchanges.h"

#include "model/valueformat.h"

#include <algorithm>

namespace Yardstick {

namespace {

QList<qint64> dimensionIds(const ComplaintLetter &letter)
{
    QList<qint64> ids;
    for (const DimensionLabel &label : letter.dimensions)
        ids.append(label.dimensionId);
    std::sort(ids.begin(), ids.end());
    return ids;
}

bool sameSecond(const QDateTime &a, const QDateTime &b)
{
    if (a.isValid() != b.isValid())
        return false;
    return !a.isValid() || a.toSecsSinceEpoch() == b.toSecsSinceEpoch();
}

QString nameOr(const LetterChanges::NameOf &name, std::optional<qint64> id)
{
    if (!id)
        return ValueFormat::none();
    const QString found = name ? name(*id) : QString();
    return found.isEmpty() ? QString::number(*id) : found;
}

QString timeOr(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : ValueFormat::none();
}

} // namespace

bool LetterChanges::sameLabels(const ComplaintLetter &a, const ComplaintLetter &b)
{
    const bool aConfirmed = a.labelStatus == LabelStatus::Confirmed;
    const bool bConfirmed = b.labelStatus == LabelStatus::Confirmed;
    if (!aConfirmed && !bConfirmed)
        return true;
    return aConfirmed == bConfirmed && a.serviceId == b.serviceId &&
           a.primaryDimensionId == b.primaryDimensionId && dimensionIds(a) == dimensionIds(b) &&
           a.severity == b.severity;
}

bool LetterChanges::sameHandling(const ComplaintLetter &a, const ComplaintLetter &b)
{
    return a.status == b.status && sameSecond(a.firstResponseAt, b.firstResponseAt) &&
           sameSecond(a.resolvedAt, b.resolvedAt);
}

QStringList LetterChanges::labels(const ComplaintLetter &before, const ComplaintLetter &after,
                                  const NameOf &service, const NameOf &dimension)
{
    QStringList changes;
    auto changed = [&changes](const QString &field, const QString &from, const QString &to) {
        if (from != to)
            changes.append(tr("%1 %2 → %3").arg(field, from, to));
    };
    auto dimensions = [&dimension](const ComplaintLetter &letter) {
        QStringList names;
        for (const DimensionLabel &label : letter.dimensions)
            names.append(nameOr(dimension, label.dimensionId));
        return names.isEmpty() ? ValueFormat::none() : names.join(QStringLiteral(", "));
    };
    auto severity = [](const ComplaintLetter &letter) {
        return letter.severity ? severityKey(*letter.severity) : ValueFormat::none();
    };
    changed(tr("service"), nameOr(service, before.serviceId), nameOr(service, after.serviceId));
    changed(tr("dimensions"), dimensions(before), dimensions(after));
    changed(tr("severity"), severity(before), severity(after));
    changed(tr("labels"), labelStatusKey(before.labelStatus), labelStatusKey(after.labelStatus));
    return changes;
}

QStringList LetterChanges::handling(const ComplaintLetter &before, const ComplaintLetter &after)
{
    QStringList changes;
    auto changed = [&changes](const QString &field, const QString &from, const QString &to) {
        if (from != to)
            changes.append(tr("%1 %2 → %3").arg(field, from, to));
    };
    changed(tr("status"), letterStatusKey(before.status), letterStatusKey(after.status));
    changed(tr("first response"), timeOr(before.firstResponseAt), timeOr(after.firstResponseAt));
    changed(tr("resolved"), timeOr(before.resolvedAt), timeOr(after.resolvedAt));
    return changes;
}

} // namespace Yardstick
