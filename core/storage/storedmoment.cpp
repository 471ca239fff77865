// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storedmoment.h"

namespace Yardstick {

namespace {

constexpr qint64 kDateOnlyLimit = 100'000'000; // YYYYMMDD is below, with a time above

} // namespace

std::optional<StoredMoment> toStoredMoment(const Moment &moment)
{
    if (!moment.date.isValid())
        return std::nullopt;
    int year = 0;
    int month = 0;
    int day = 0;
    moment.date.getDate(&year, &month, &day);
    if (year < 1 || year > 9999)
        return std::nullopt;
    StoredMoment stored;
    stored.digits = qint64(year) * 10'000 + month * 100 + day;
    if (!moment.secondOfDay)
        return stored;
    const int seconds = *moment.secondOfDay;
    stored.digits = stored.digits * 1'000'000 + (seconds / 3600) * 10'000 +
                    (seconds / 60 % 60) * 100 + seconds % 60;
    stored.utcOffsetSeconds = moment.utcOffsetSeconds;
    return stored;
}

std::optional<StoredCaseMoments> toStoredMoments(const CaseRecord &record)
{
    const std::optional<StoredMoment> received = toStoredMoment(record.receivedAt);
    if (!received)
        return std::nullopt;
    StoredCaseMoments stored{*received, std::nullopt};
    if (record.completedAt) {
        stored.completed = toStoredMoment(*record.completedAt);
        if (!stored.completed)
            return std::nullopt;
    }
    return stored;
}

std::optional<Moment> fromStoredMoment(qint64 digits, std::optional<qint32> utcOffsetSeconds)
{
    if (digits <= 0)
        return std::nullopt;
    const bool hasTime = digits >= kDateOnlyLimit;
    const qint64 date = hasTime ? digits / 1'000'000 : digits;
    Moment moment;
    moment.date = QDate(int(date / 10'000), int(date / 100 % 100), int(date % 100));
    if (!moment.date.isValid() || date >= kDateOnlyLimit)
        return std::nullopt;
    if (!hasTime)
        return moment;
    const int time = int(digits % 1'000'000);
    const int hour = time / 10'000;
    const int minute = time / 100 % 100;
    const int second = time % 100;
    if (hour > 23 || minute > 59 || second > 59)
        return std::nullopt;
    moment.secondOfDay = hour * 3600 + minute * 60 + second;
    moment.utcOffsetSeconds = utcOffsetSeconds;
    return moment;
}

} // namespace Yardstick
