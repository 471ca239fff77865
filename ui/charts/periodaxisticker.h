// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/period.h"
#include "charts/qcustomplotshim.h"

#include <QCoreApplication>
#include <QFont>
#include <QLocale>
#include <QPointer>
#include <QString>
#include <QVector>

namespace Yardstick {

// Ticks for a time axis whose x is seconds since the epoch of a period's
// midpoint (ChartCoordinates). It labels calendar periods, "W05 2025",
// "Feb 2025", "Q1 2025" or "2025", each tick at its period's midpoint so a
// monthly point sits on its month's tick, and takes the finest unit and step
// whose labels fit side by side in the axis' pixel width with the axis'
// tick font: at any zoom no two labels overlap.
class PeriodAxisTicker final : public QCPAxisTicker
{
    Q_DECLARE_TR_FUNCTIONS(Yardstick::PeriodAxisTicker)

public:
    enum class Unit
    {
        Week,
        Month,
        Quarter,
        Year,
    };

    struct Ticks
    {
        Unit unit = Unit::Year;
        int step = 1; // every step-th period of the unit
        QVector<double> positions;
        QVector<QString> labels;
    };

    // The axis gives the pixel width and the font. finest: the chart's
    // period kind, so quarterly data is never labelled by month.
    explicit PeriodAxisTicker(QCPAxis *axis, PeriodKind finest = PeriodKind::Week);

    // The ticks for range drawn over pixelWidth with font: the finest unit
    // and step whose neighbouring labels keep a gap of about one character,
    // and whose outermost labels stick out of the range by at most edgeSlack
    // pixels.
    static Ticks choose(const QCPRange &range, double pixelWidth, const QFont &font,
                        PeriodKind finest, const QLocale &locale, double edgeSlack);

    static QString label(Unit unit, QDate periodStart, const QLocale &locale);
    // The label in two parts, for labels stacked on two lines: "Feb" and
    // "2025", "W05" and "2025" (the ISO week's year), "Q1" and "2025".
    static QString shortLabel(Unit unit, QDate periodStart, const QLocale &locale);
    static QString yearLabel(Unit unit, QDate periodStart);

    // How far a label may reach past either end of the axis; the chart
    // leaves at least this margin beside the axis rect.
    static double edgeSlack(const QFont &font);

    void generate(const QCPRange &range, const QLocale &locale, QChar formatChar, int precision,
                  QVector<double> &ticks, QVector<double> *subTicks,
                  QVector<QString> *tickLabels) override;

private:
    double axisPixelWidth() const;

    QPointer<QCPAxis> m_axis;
    PeriodKind m_finest;
};

} // namespace Yardstick
