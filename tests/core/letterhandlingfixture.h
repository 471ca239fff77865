// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A workbench with one complaint-handling standard and six handled letters
// whose measurements nothing has computed yet, shared by the letter
// service's tests (core) and the test that imports letters through the
// command line and through the window (ui).

#include "model/complaintletter.h"
#include "model/measurement.h"
#include "workbench/workbench.h"

#include <QStringList>
#include <QTemporaryDir>

namespace Yardstick::Testing {

// 09:00 (or the hour given) on a day of 2025, UTC.
QDateTime at(int month, int day, int hour = 9);
// A letter handled from receipt to resolution.
ComplaintLetter resolvedLetter(const QDateTime &received, const QDateTime &resolved,
                               const QString &text);

// "Complaints resolved within three days" (a share, in %), fed by the
// letters' resolution, and six handled letters stored before the rule was
// added. Resolution times, in days:
//   received 3 Mar, resolved 4 Mar      1     March
//   received 5 Mar, resolved 7 Mar 21h  2.5   March
//   received 10 Mar, resolved 15 Mar    5     March
//   received 20 Mar, resolved 24 Mar    4     March
//   received 25 Feb, resolved 2 Mar     5     March (the month it was resolved)
//   received 1 Apr, resolved 2 Apr      1     April
struct HandlingFixture
{
    qint64 standardId = 0;
};
HandlingFixture prepare(Workbench &workbench);

// The standard's measurements computed from the letters.
QList<Measurement> fromLetters(Workbench &workbench, qint64 standardId);

// What the six letters give: March 2 of 5 resolved within 3 days (1 and
// 2.5 days; 5, 4 and 5 are not) = 40 %; April 1 of 1 = 100 %.
void checkSixLetterMeasurements(const QList<Measurement> &stored);

// Two new letters as .txt files (not handled: they change no measurement).
QStringList writeLetters(const QTemporaryDir &dir);

} // namespace Yardstick::Testing
