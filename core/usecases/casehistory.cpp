// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "casehistory.h"

#include <QSet>

#include <algorithm>

namespace Yardstick {

namespace {

QString nameOf(const QHash<qint64, QString> &names, const QString &idText)
{
    bool ok = false;
    const qint64 id = idText.toLongLong(&ok);
    return ok && names.contains(id) ? names.value(id) : idText;
}

QString displayValue(const QString &field, const std::optional<QString> &value,
                     const QHash<qint64, QString> &serviceNames,
                     const QHash<qint64, QString> &departmentNames)
{
    if (!value)
        return {};
    if (field == QLatin1String("service"))
        return nameOf(serviceNames, *value);
    if (field == QLatin1String("department"))
        return nameOf(departmentNames, *value);
    return *value;
}

} // namespace

QString CaseHistory::receivedText() const
{
    return record.receivedAt.toIsoString();
}

QString CaseHistory::completedText() const
{
    return record.completedAt ? record.completedAt->toIsoString() : QString();
}

QString CaseHistory::rightFirstTimeText() const
{
    switch (record.rightFirstTime) {
    case RightFirstTime::Yes:
        return QStringLiteral("yes");
    case RightFirstTime::No:
        return QStringLiteral("no");
    case RightFirstTime::Unknown:
        break;
    }
    return {};
}

QString CaseHistory::keyCustomerText() const
{
    return record.keyCustomer ? QStringLiteral("yes") : QStringLiteral("no");
}

QList<CaseHistory> assembleCaseHistories(const QList<CaseRecord> &records,
                                         const QList<CaseChange> &changes,
                                         const QHash<qint64, QString> &serviceNames,
                                         const QHash<qint64, QString> &departmentNames)
{
    QList<CaseHistory> histories;
    for (const CaseRecord &record : records) {
        CaseHistory history;
        history.record = record;
        history.service = serviceNames.value(record.serviceId, QString::number(record.serviceId));
        if (record.departmentId)
            history.department =
                departmentNames.value(*record.departmentId, QString::number(*record.departmentId));
        // Newest first, so a move to this service names the one before it.
        QSet<qint64> services{record.serviceId};
        for (auto it = changes.crbegin(); it != changes.crend(); ++it) {
            if (it->caseId != record.caseId || !services.contains(it->serviceId))
                continue;
            if (it->field == QLatin1String("service") && it->oldValue)
                services.insert(it->oldValue->toLongLong());
            history.changes.append(
                {it->importedAt, it->importFile, it->field,
                 displayValue(it->field, it->oldValue, serviceNames, departmentNames),
                 displayValue(it->field, it->newValue, serviceNames, departmentNames)});
        }
        std::reverse(history.changes.begin(), history.changes.end());
        histories.append(history);
    }
    return histories;
}

} // namespace Yardstick
