// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "complainthandling.h"

namespace Yardstick {

QString complaintEventKey(ComplaintEvent event)
{
    switch (event) {
    case ComplaintEvent::FirstResponse:
        return QStringLiteral("first_response");
    case ComplaintEvent::Resolution:
        return QStringLiteral("resolution");
    }
    Q_UNREACHABLE();
}

std::optional<ComplaintEvent> complaintEventFromKey(const QString &key)
{
    for (ComplaintEvent e : {ComplaintEvent::FirstResponse, ComplaintEvent::Resolution}) {
        if (key.trimmed().compare(complaintEventKey(e), Qt::CaseInsensitive) == 0)
            return e;
    }
    return std::nullopt;
}

} // namespace Yardstick
