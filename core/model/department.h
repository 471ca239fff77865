// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Yardstick {

// A department that owns standards and does the work cases record.
struct Department
{
    qint64 id = 0;
    QString code;
    QString name;
    bool retired = false; // left out of the pick lists of new work, kept for history
};

} // namespace Yardstick
