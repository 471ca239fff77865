// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "casechanges.h"

#include "model/moment.h"

namespace Yardstick {

namespace {

std::optional<QString> momentText(const std::optional<StoredMoment> &moment)
{
    if (!moment)
        return std::nullopt;
    const std::optional<Moment> value = fromStoredMoment(moment->digits, moment->utcOffsetSeconds);
    return value ? std::optional<QString>(value->toIsoString()) : std::nullopt;
}

std::optional<QString> yesNoText(std::optional<qint64> value)
{
    if (!value)
        return std::nullopt;
    return *value != 0 ? QStringLiteral("yes") : QStringLiteral("no");
}

std::optional<QString> idText(std::optional<qint64> id)
{
    return id ? std::optional<QString>(QString::number(*id)) : std::nullopt;
}

} // namespace

std::optional<qint64> rightFirstTimeValue(RightFirstTime value)
{
    if (value == RightFirstTime::Unknown)
        return std::nullopt;
    return value == RightFirstTime::Yes ? 1 : 0;
}

bool sameValues(const StoredCase &stored, const CaseRow &row)
{
    return stored.serviceId == row.serviceId && stored.received == row.receivedAt &&
           stored.completed == row.completedAt &&
           stored.rightFirstTime == rightFirstTimeValue(row.rightFirstTime) &&
           stored.departmentId == row.departmentId && stored.keyCustomer == row.keyCustomer;
}

std::vector<CaseFieldChange> changesOf(const StoredCase &stored, const CaseRow &row)
{
    std::vector<CaseFieldChange> changes;
    const auto changed = [&](const char *field, const auto &before, const auto &after,
                             const auto &asText) {
        if (before != after)
            changes.push_back({field, asText(before), asText(after)});
    };
    changed("service", std::optional<qint64>(stored.serviceId),
            std::optional<qint64>(row.serviceId), idText);
    changed("received", std::optional<StoredMoment>(stored.received),
            std::optional<StoredMoment>(row.receivedAt), momentText);
    changed("completed", stored.completed, row.completedAt, momentText);
    changed("right_first_time", stored.rightFirstTime, rightFirstTimeValue(row.rightFirstTime),
            yesNoText);
    changed("department", stored.departmentId, row.departmentId, idText);
    changed("key_customer", std::optional<qint64>(stored.keyCustomer),
            std::optional<qint64>(row.keyCustomer), yesNoText);
    return changes;
}

} // namespace Yardstick
