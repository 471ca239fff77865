// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>
#include <QStringView>

#include <optional>

namespace Yardstick {

// The reporting periods of the scorecard. Weeks are ISO weeks (Monday to
// Sunday); months and quarters are calendar ones.
enum class PeriodKind
{
    Week,
    Month,
    Quarter,
};

// "week", "month", "quarter".
QString periodKindKey(PeriodKind kind);
std::optional<PeriodKind> periodKindFromKey(QStringView key);

// One period: first and last day, both inclusive.
struct Period
{
    QDate start;
    QDate end;

    bool isValid() const { return start.isValid() && end.isValid(); }
    bool contains(QDate date) const { return date >= start && date <= end; }
    friend bool operator==(const Period &, const Period &) = default;
};

Period periodContaining(PeriodKind kind, QDate date);
// Which kind of period this is, when it is one whole week, month or quarter.
std::optional<PeriodKind> kindOfPeriod(const Period &period);
Period nextPeriod(PeriodKind kind, const Period &period);
Period previousPeriod(PeriodKind kind, const Period &period);
// "2025-W05" (ISO week-numbering year), "2025-02", "2025-Q1".
QString periodLabel(PeriodKind kind, const Period &period);

} // namespace Yardstick
