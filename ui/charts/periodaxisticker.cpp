// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "periodaxisticker.h"

#include "chartcoordinates.h"

#include <QFontMetricsF>

#include <algorithm>
#include <cmath>

namespace Yardstick {

namespace {

struct Candidate
{
    PeriodAxisTicker::Unit unit;
    int step;
};

double typicalSeconds(PeriodAxisTicker::Unit unit)
{
    switch (unit) {
    case PeriodAxisTicker::Unit::Week:
        return 7 * ChartCoordinates::secondsPerDay;
    case PeriodAxisTicker::Unit::Month:
        return 30.44 * ChartCoordinates::secondsPerDay;
    case PeriodAxisTicker::Unit::Quarter:
        return 91.3 * ChartCoordinates::secondsPerDay;
    case PeriodAxisTicker::Unit::Year:
        break;
    }
    return 365.25 * ChartCoordinates::secondsPerDay;
}

QList<Candidate> candidates(PeriodKind finest)
{
    using U = PeriodAxisTicker::Unit;
    QList<Candidate> list;
    if (finest == PeriodKind::Week)
        list << Candidate{U::Week, 1} << Candidate{U::Week, 2};
    if (finest != PeriodKind::Quarter)
        list << Candidate{U::Month, 1} << Candidate{U::Month, 2};
    list << Candidate{U::Quarter, 1} << Candidate{U::Quarter, 2};
    for (int step : {1, 2, 5, 10, 20, 50, 100, 200, 500, 1000})
        list << Candidate{U::Year, step};
    return list;
}

Period periodOf(PeriodAxisTicker::Unit unit, QDate date)
{
    switch (unit) {
    case PeriodAxisTicker::Unit::Week:
        return periodContaining(PeriodKind::Week, date);
    case PeriodAxisTicker::Unit::Month:
        return periodContaining(PeriodKind::Month, date);
    case PeriodAxisTicker::Unit::Quarter:
        return periodContaining(PeriodKind::Quarter, date);
    case PeriodAxisTicker::Unit::Year:
        break;
    }
    return {QDate(date.year(), 1, 1), QDate(date.year(), 12, 31)};
}

// Whether the period starting on start is one of every step-th.
bool onStep(PeriodAxisTicker::Unit unit, int step, QDate start)
{
    switch (unit) {
    case PeriodAxisTicker::Unit::Week:
        return (start.weekNumber() - 1) % step == 0;
    case PeriodAxisTicker::Unit::Month:
        return (start.month() - 1) % step == 0;
    case PeriodAxisTicker::Unit::Quarter:
        return ((start.month() - 1) / 3) % step == 0;
    case PeriodAxisTicker::Unit::Year:
        break;
    }
    return start.year() % step == 0;
}

} // namespace

PeriodAxisTicker::PeriodAxisTicker(QCPAxis *axis, PeriodKind finest)
    : m_axis(axis)
    , m_finest(finest)
{}

QString PeriodAxisTicker::label(Unit unit, QDate periodStart, const QLocale &locale)
{
    switch (unit) {
    case Unit::Week: {
        int isoYear = 0;
        const int week = periodStart.weekNumber(&isoYear);
        return tr("W%1 %2", "week tick: ISO week number, ISO year")
            .arg(week, 2, 10, QLatin1Char('0'))
            .arg(isoYear);
    }
    case Unit::Month:
        return locale.toString(periodStart, tr("MMM yyyy", "month tick: a QDate format"));
    case Unit::Quarter:
        return tr("Q%1 %2", "quarter tick: quarter number, year")
            .arg((periodStart.month() - 1) / 3 + 1)
            .arg(periodStart.year());
    case Unit::Year:
        break;
    }
    return QString::number(periodStart.year());
}

QString PeriodAxisTicker::shortLabel(Unit unit, QDate periodStart, const QLocale &locale)
{
    switch (unit) {
    case Unit::Week:
        return tr("W%1", "short week label: ISO week number")
            .arg(periodStart.weekNumber(), 2, 10, QLatin1Char('0'));
    case Unit::Month:
        return locale.toString(periodStart, tr("MMM", "short month label: a QDate format"));
    case Unit::Quarter:
        return tr("Q%1", "short quarter label: quarter number")
            .arg((periodStart.month() - 1) / 3 + 1);
    case Unit::Year:
        break;
    }
    return yearLabel(unit, periodStart);
}

QString PeriodAxisTicker::yearLabel(Unit unit, QDate periodStart)
{
    int isoYear = periodStart.year();
    if (unit == Unit::Week)
        periodStart.weekNumber(&isoYear);
    return QString::number(isoYear);
}

double PeriodAxisTicker::edgeSlack(const QFont &font)
{
    return 2.5 * QFontMetricsF(font).height();
}

PeriodAxisTicker::Ticks PeriodAxisTicker::choose(const QCPRange &range, double pixelWidth,
                                                 const QFont &font, PeriodKind finest,
                                                 const QLocale &locale, double edgeSlack)
{
    const QFontMetricsF metrics(font);
    // About one character between labels, so neighbours read as two.
    const double gap = metrics.averageCharWidth() * 1.5;
    const double span = range.size();
    Ticks best;
    if (span <= 0 || pixelWidth <= 0)
        return best;
    const double pixelsPerSecond = pixelWidth / span;
    const QDate first = ChartCoordinates::dateOfX(range.lower);
    const QDate last = ChartCoordinates::dateOfX(range.upper);

    for (const Candidate &c : candidates(finest)) {
        // A candidate with more periods than pixels cannot fit: skip it
        // without walking a century week by week.
        if (span / (typicalSeconds(c.unit) * c.step) > pixelWidth / 4)
            continue;
        Ticks ticks{c.unit, c.step, {}, {}};
        QVector<double> widths;
        for (Period p = periodOf(c.unit, first); p.start <= last;
             p = periodOf(c.unit, p.end.addDays(1))) {
            const double mid = ChartCoordinates::periodMidX(p);
            if (mid < range.lower || mid > range.upper || !onStep(c.unit, c.step, p.start))
                continue;
            ticks.positions << mid;
            ticks.labels << label(c.unit, p.start, locale);
            widths << metrics.horizontalAdvance(ticks.labels.last());
        }
        bool fits = true;
        for (qsizetype i = 0; fits && i < ticks.positions.size(); ++i) {
            const double x = (ticks.positions[i] - range.lower) * pixelsPerSecond;
            if (x - widths[i] / 2 < -edgeSlack || x + widths[i] / 2 > pixelWidth + edgeSlack)
                fits = false;
            if (i > 0) {
                const double distance =
                    (ticks.positions[i] - ticks.positions[i - 1]) * pixelsPerSecond;
                if (distance < (widths[i] + widths[i - 1]) / 2 + gap)
                    fits = false;
            }
        }
        best = ticks;
        if (fits)
            return ticks;
    }
    // Nothing fits (an axis a few pixels wide): the coarsest is the least bad.
    return best;
}

double PeriodAxisTicker::axisPixelWidth() const
{
    if (!m_axis || !m_axis->axisRect())
        return 0;
    QCPAxisRect *rect = m_axis->axisRect();
    const int viewportWidth = m_axis->parentPlot()->viewport().width();
    // Ticks are made before the layout of the frame being drawn, so the
    // rect may still have the size of the previous frame: take the new
    // viewport less the old margins. Every time chart gives its axis rect the
    // full width of the plot.
    if (rect->outerRect().width() > 0)
        return viewportWidth - (rect->outerRect().width() - rect->width());
    return viewportWidth * 0.85;
}

void PeriodAxisTicker::generate(const QCPRange &range, const QLocale &locale, QChar formatChar,
                                int precision, QVector<double> &ticks, QVector<double> *subTicks,
                                QVector<QString> *tickLabels)
{
    Q_UNUSED(formatChar)
    Q_UNUSED(precision)
    const QFont font = m_axis ? m_axis->tickLabelFont() : QFont();
    const Ticks chosen = choose(range, axisPixelWidth(), font, m_finest, locale, edgeSlack(font));
    ticks = chosen.positions;
    if (subTicks)
        subTicks->clear();
    if (tickLabels)
        *tickLabels = chosen.labels;
}

} // namespace Yardstick
