// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/caserecord.h"
#include "storedmoment.h"

#include <QString>

#include <optional>
#include <string_view>
#include <vector>

namespace Yardstick {

// One case as the bulk path stores it: the case id as UTF-8 and the moments
// already in their stored form, so that the writer binds them as they are.
// The case id's text must stay valid until write() returns.
struct CaseRow
{
    qint64 serviceId = 0;
    std::string_view caseId;
    StoredMoment receivedAt;
    std::optional<StoredMoment> completedAt; // empty while the case is open
    RightFirstTime rightFirstTime = RightFirstTime::Unknown;
    std::optional<qint64> departmentId;
    bool keyCustomer = false;
};

// A stored case as both bulk writers (file and server) read it back.
struct StoredCase
{
    std::optional<qint64> batch; // the import that last wrote it
    StoredMoment received;
    std::optional<StoredMoment> completed;
    std::optional<qint64> rightFirstTime; // 1, 0, or none
    std::optional<qint64> departmentId;
    bool keyCustomer = false;
    qint64 serviceId = 0;
};

// right_first_time as stored: 1 yes, 0 no, none unknown.
std::optional<qint64> rightFirstTimeValue(RightFirstTime value);

// Whether the row says exactly what is stored.
bool sameValues(const StoredCase &stored, const CaseRow &row);

// One field the case history records for an update: its name and its old
// and new values as text (a moment as canonical ISO text, yes/no, an id as
// its digits; none for no value).
struct CaseFieldChange
{
    const char *field;
    std::optional<QString> before;
    std::optional<QString> after;
};

// The fields the row changes, in the history's order (service, received,
// completed, right_first_time, department, key_customer). Values are
// compared as stored and turned into text only when they differ.
std::vector<CaseFieldChange> changesOf(const StoredCase &stored, const CaseRow &row);

} // namespace Yardstick
