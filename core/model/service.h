// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Yardstick {

// A service a customer receives (application processing, card replacement...).
// Standards, cases and complaint letters all hang off a service.
struct Service
{
    qint64 id = 0;
    QString code; // short, stable key used in codes and imports, e.g. "APP"
    QString name;
    QString description;
    bool retired = false; // left out of the pick lists of new work, kept for history
};

} // namespace Yardstick
