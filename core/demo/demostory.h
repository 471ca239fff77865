// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace Yardstick {

// The calendar and the headline figures the demo's story hangs on, in one
// place so the cases, the measurements and the letters tell the same story:
// DOMAIN.md's before/after table, a programme that starts on a Monday, and
// an improvement that takes a couple of months to bite.
class DemoStory final
{
public:
    // One of the three services whose turnaround the programme transformed.
    struct Headline
    {
        QString serviceCode;    // "APP"
        QString departmentCode; // who does the work
        double daysBefore = 0;  // mean turnaround before the programme
        double daysAfter = 0;   // ... once it has taken effect
        double turnaroundCv = 0;
        int casesPerWeek = 0;
        double rightFirstTimeBefore = 0; // probability
        double rightFirstTimeAfter = 0;
    };

    static QDate firstWeekStart();
    static int weekCount();
    static QDate programmeStart();
    static int programmeWeek(); // index of the week the programme starts
    static QDate weekStart(int week);
    // Index of the week containing date; may be outside 0..weekCount()-1.
    static int weekOf(const QDate &date);
    // The moment operations extracted the case log: work finished later is
    // still open in it.
    static QDateTime extractedAt();

    // How much of the programme's effect has arrived: 0 before it starts,
    // rising smoothly to 1 over the ramp.
    static double programmeEffect(int week);

    static QList<Headline> headlines();
    // Interpolates before -> after by the programme's effect.
    static double blend(double before, double after, int week);
};

} // namespace Yardstick
