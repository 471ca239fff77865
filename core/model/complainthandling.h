// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace Yardstick {

// The moment in a complaint's handling that a complaint-handling standard
// times: from the letter's arrival to the first response, or to resolution.
enum class ComplaintEvent
{
    FirstResponse,
    Resolution,
};

QString complaintEventKey(ComplaintEvent event); // "first_response", "resolution"
std::optional<ComplaintEvent> complaintEventFromKey(const QString &key);

// A standard fed from the complaint letters instead of from cases or
// imported measurements. `keyCustomersOnly` narrows it to the red channel.
struct ComplaintHandlingRule
{
    qint64 standardId = 0;
    ComplaintEvent event = ComplaintEvent::Resolution;
    bool keyCustomersOnly = false;

    friend bool operator==(const ComplaintHandlingRule &, const ComplaintHandlingRule &) = default;
};

} // namespace Yardstick
