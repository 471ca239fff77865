// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace Yardstick {

// What the compliance engine needs of one completed case, packed small: a
// million of them are read for every scorecard.
struct CaseFact
{
    qint64 departmentId = 0;   // 0 when the case names no department
    double calendarDays = 0;   // elapsedDays(received, completed)
    qint32 receivedDay = 0;    // Julian day of the received date as written
    qint32 completedDay = 0;   // Julian day of the completed date as written
    qint8 rightFirstTime = -1; // 1 yes, 0 no, -1 unknown
};

} // namespace Yardstick
