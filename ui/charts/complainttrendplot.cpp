// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "complainttrendplot.h"

#include "chartcoordinates.h"
#include "chartpalette.h"
#include "chartplot.h"
#include "charts/qcustomplotshim.h"
#include "chartstyler.h"
#include "charttext.h"
#include "hatchedbars.h"
#include "periodaxisticker.h"

#include <QFontMetricsF>
#include <QLocale>

#include <algorithm>

namespace Yardstick {

namespace {

// A bar covers this share of its month, leaving a gap between months.
constexpr double kBarShare = 0.78;

// What the axis rect will measure once the legend, the tick labels and the
// axis title have taken their share of the plot: only layout decisions read it.
QSizeF expectedAxisRect(const ChartTheme &theme)
{
    const double em = theme.basePixelSize();
    const QSizeF plot = theme.plotSize();
    return {std::max(1.0, plot.width() - 7.5 * em), std::max(1.0, plot.height() - 7 * em)};
}

// About five ticks up to top, never a fraction of a letter.
double countStep(double top)
{
    double power = 1;
    for (;;) {
        for (double factor : {1.0, 2.0, 5.0}) {
            if (top / (factor * power) <= 6)
                return factor * power;
        }
        power *= 10;
    }
}

// A dimension's colour follows its place in the workbench, so it is the
// same on every chart of complaints.
QColor colourOf(const ComplaintTrendSeries &series)
{
    return series.dimensionId ? ChartPalette::series(std::max(0, series.order))
                              : ChartPalette::tint(ChartPalette::grey(), 0.7);
}

} // namespace

void ComplaintTrendPlot::populate(QCustomPlot *plot, const ComplaintTrendChart &chart,
                                  const ChartTheme &theme)
{
    ChartPlot::reset(plot);
    const double em = theme.basePixelSize();
    const QSizeF axisPixels = expectedAxisRect(theme);
    const int monthCount = int(chart.months.size());

    QList<QCPAbstractPlottable *> legendOrder;
    QCPBars *below = nullptr;
    for (const ComplaintTrendSeries &series : chart.series) {
        QCPBars *bars = nullptr;
        if (series.suggested) {
            // Hatched in the dimension's colour: which dimension the
            // classifier guessed, never to be read as a confirmed count.
            bars = new HatchedBars(plot->xAxis, plot->yAxis, colourOf(series),
                                   theme.thinWidth() * 0.8);
            bars->setObjectName(QStringLiteral("suggestedDimension"));
        } else {
            bars = new QCPBars(plot->xAxis, plot->yAxis);
            bars->setObjectName(QStringLiteral("dimension"));
            bars->setPen(QPen(theme.background(), theme.thinWidth() * 0.6));
            bars->setBrush(colourOf(series));
        }
        bars->setName(series.label);
        bars->setSelectable(QCP::stNone);
        bars->setStackingGap(0);
        // An empty month adds no bar: a zero-height one would draw its outline.
        for (int i = 0; i < monthCount && i < series.counts.size(); ++i) {
            if (series.counts.at(i) > 0)
                bars->addData(ChartCoordinates::periodMidX(chart.months.at(i)),
                              series.counts.at(i));
        }
        // Months differ in length by a few days; one width keeps the bars even.
        bars->setWidth(kBarShare * 30.44 * ChartCoordinates::secondsPerDay);
        if (below)
            bars->moveAbove(below);
        below = bars;
        // A suggested dimension is named in the legend only when no
        // confirmed letter names it: otherwise its colour already does.
        const bool named = std::any_of(
            chart.series.cbegin(), chart.series.cend(), [&](const ComplaintTrendSeries &other) {
                return !other.suggested && other.dimensionId == series.dimensionId;
            });
        if (series.suggested && named)
            bars->removeFromLegend();
        else
            legendOrder << bars;
    }
    // One key for every hatched series: the legend names each dimension once.
    if (chart.suggested > 0) {
        auto *key = new HatchedBars(plot->xAxis, plot->yAxis, ChartPalette::grey(),
                                    theme.thinWidth() * 0.8);
        key->setObjectName(QStringLiteral("suggestedKey"));
        key->setName(tr("Hatched: suggested, not confirmed"));
        key->setSelectable(QCP::stNone);
        legendOrder << key;
    }

    const double xLow =
        monthCount > 0 ? ChartCoordinates::periodStartX(chart.months.constFirst()) : 0;
    const double xHigh =
        monthCount > 0 ? ChartCoordinates::periodEndX(chart.months.constLast()) : 1;
    const int highest =
        chart.totals.isEmpty() ? 0 : *std::max_element(chart.totals.cbegin(), chart.totals.cend());

    // Totals over the bars only where each month has room for its number.
    const QFont labelFont = theme.font(ChartTheme::Text::Small);
    const QFontMetricsF labelMetrics(labelFont);
    const double monthPixels = axisPixels.width() / std::max(1, monthCount);
    const QString widest = ChartText::value(highest);
    const bool showTotals =
        monthCount > 0 && monthPixels >= labelMetrics.horizontalAdvance(widest) + em * 0.4;
    const QFont annotationFont = theme.font(ChartTheme::Text::Label);
    const QFontMetricsF annotationMetrics(annotationFont);

    // Room above the tallest bar: a line for its total, a row for the
    // annotation labels, so neither touches a bar.
    double reserved = em * 0.4;
    if (showTotals)
        reserved += labelMetrics.height() + em * 0.3;
    if (!chart.annotations.isEmpty())
        reserved += annotationMetrics.height() + em * 0.4;
    const double usable = std::max(axisPixels.height() * 0.4, axisPixels.height() - reserved);
    const double top = std::max(1.0, double(highest)) * axisPixels.height() / usable;

    if (showTotals) {
        for (int i = 0; i < monthCount && i < chart.totals.size(); ++i) {
            if (chart.totals.at(i) == 0)
                continue;
            QCPItemText *total = ChartStyler::addText(plot, ChartText::value(chart.totals.at(i)),
                                                      theme, ChartTheme::Text::Small, theme.text());
            total->setObjectName(QStringLiteral("monthTotal"));
            total->position->setCoords(ChartCoordinates::periodMidX(chart.months.at(i)),
                                       chart.totals.at(i));
            total->setPositionAlignment(Qt::AlignHCenter | Qt::AlignBottom);
            total->setPadding(QMargins(0, 0, 0, qRound(em * 0.2)));
        }
    }

    for (const TrendAnnotation &a : chart.annotations) {
        const double x = ChartCoordinates::xOfDate(a.date);
        QCPItemLine *line = ChartStyler::addVerticalLine(
            plot, plot->axisRect(), x,
            ChartStyler::pen(theme.mutedText(), theme.thinWidth() * 1.2, Qt::DashLine));
        line->setObjectName(QStringLiteral("annotation"));
        line->setProperty(ChartPlot::toolTipProperty(), a.reason);
        const QString text =
            tr("%1 · %2", "annotation: date, label")
                .arg(
                    QLocale().toString(a.date, tr("d MMM yyyy", "annotation date: a QDate format")),
                    a.label);
        QCPItemText *label =
            ChartStyler::addText(plot, text, theme, ChartTheme::Text::Label, theme.mutedText());
        label->setObjectName(QStringLiteral("annotationLabel"));
        label->setProperty(ChartPlot::toolTipProperty(), a.reason);
        label->position->setTypeY(QCPItemPosition::ptAxisRectRatio);
        label->position->setCoords(x, 0);
        // Right of the line unless that runs out of the plot.
        const double at = (x - xLow) / std::max(1.0, xHigh - xLow) * axisPixels.width();
        const bool leftOfLine =
            at + annotationMetrics.horizontalAdvance(text) + em > axisPixels.width();
        label->setPositionAlignment((leftOfLine ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignTop);
        label->setPadding(leftOfLine ? QMargins(0, qRound(em * 0.2), qRound(em * 0.4), 0)
                                     : QMargins(qRound(em * 0.4), qRound(em * 0.2), 0, 0));
    }

    plot->xAxis->setTicker(
        QSharedPointer<PeriodAxisTicker>::create(plot->xAxis, PeriodKind::Month));
    plot->xAxis->setRange(xLow, xHigh);
    plot->xAxis->grid()->setVisible(false);
    plot->yAxis->setRange(0, top);
    plot->yAxis->setLabel(tr("Letters received"));
    // Counts of letters: whole-number steps of 1, 2 or 5 times a power of ten.
    auto counts = QSharedPointer<QCPAxisTickerFixed>::create();
    counts->setTickStep(countStep(top));
    counts->setScaleStrategy(QCPAxisTickerFixed::ssNone);
    plot->yAxis->setTicker(counts);

    ChartStyler::apply(plot, theme);
    ChartStyler::placeLegendBelow(plot, theme, legendOrder);
    const int slack = qRound(PeriodAxisTicker::edgeSlack(theme.font(ChartTheme::Text::Tick)));
    plot->axisRect()->setMinimumMargins(QMargins(slack, qRound(em * 0.5), slack, 0));
}

} // namespace Yardstick
