// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "referencedimensions.h"

#include "storage/transaction.h"
#include "workbench.h"

#include <QSet>

namespace Yardstick {

QList<Dimension> referenceDimensions()
{
    // The card case's three first, so its dimensions lead every list.
    return {
        {0, QStringLiteral("timeliness"), QStringLiteral("Timeliness"), true, std::nullopt},
        {0, QStringLiteral("accuracy"), QStringLiteral("Accuracy"), true, std::nullopt},
        {0, QStringLiteral("responsiveness"), QStringLiteral("Responsiveness"), true, 0.22},
        {0, QStringLiteral("reliability"), QStringLiteral("Reliability"), false, 0.32},
        {0, QStringLiteral("assurance"), QStringLiteral("Assurance"), false, 0.19},
        {0, QStringLiteral("empathy"), QStringLiteral("Empathy"), false, 0.16},
        {0, QStringLiteral("tangibles"), QStringLiteral("Tangibles"), false, 0.11},
    };
}

StorageResult addReferenceDimensions(Workbench &workbench)
{
    return Transaction::run(workbench.database().connection(), [&workbench] {
        QSet<QString> present;
        for (const Dimension &dimension : workbench.dimensions().all())
            present.insert(dimension.key);
        for (Dimension dimension : referenceDimensions()) {
            if (present.contains(dimension.key))
                continue;
            if (StorageResult r = workbench.dimensions().insert(dimension); !r.ok())
                return r;
        }
        return StorageResult::success();
    });
}

} // namespace Yardstick
