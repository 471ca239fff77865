// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/standard.h"

#include <QCoreApplication>
#include <QStringList>

#include <functional>

namespace Yardstick {

// Says in words what an edit changed in a standard, for the audit trail:
// "target 35 days → 15 days", "title 'A' → 'B'". Names of the service,
// department and dimension come from the caller, who knows the workbench.
class StandardChanges final
{
    Q_DECLARE_TR_FUNCTIONS(Yardstick::StandardChanges)

public:
    struct Names
    {
        std::function<QString(qint64)> service;
        std::function<QString(qint64)> department;
        std::function<QString(qint64)> dimension;
    };

    // One phrase per field that differs, in the order of the standard dialog.
    static QStringList describe(const Standard &before, const Standard &after, const Names &names);
    // A new or removed standard in one line: "target 15 days, Card issuance".
    static QString summary(const Standard &standard, const Names &names);
};

} // namespace Yardstick
