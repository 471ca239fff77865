// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "servqualgapplot.h"

#include "chartpalette.h"
#include "chartplot.h"
#include "charts/qcustomplotshim.h"
#include "chartstyler.h"
#include "charttext.h"
#include "model/valueformat.h"

#include <algorithm>

namespace Yardstick {

namespace {

QCPBars *addBars(QCustomPlot *plot, const QString &objectName, const QString &name,
                 const QColor &colour, double width)
{
    auto *bars = new QCPBars(plot->xAxis, plot->yAxis);
    bars->setObjectName(objectName);
    bars->setName(name);
    bars->setWidth(width);
    bars->setPen(Qt::NoPen);
    bars->setBrush(colour);
    bars->setSelectable(QCP::stNone);
    return bars;
}

QCPItemLine *addLine(QCustomPlot *plot, const QString &objectName, QPointF from, QPointF to,
                     const QPen &pen)
{
    auto *line = new QCPItemLine(plot);
    line->setObjectName(objectName);
    line->setSelectable(false);
    line->start->setCoords(from);
    line->end->setCoords(to);
    line->setPen(pen);
    return line;
}

QString signedValue(double v)
{
    // Points by the one number rule: two decimals, since gaps on a
    // seven-point scale differ in the second, and never "-0.00".
    return ValueFormat::number(v, QStringLiteral("points"));
}

} // namespace

QString ServqualGapPlot::tickLabel(const ServqualGapBar &bar)
{
    if (bar.weight <= 0)
        return tr("%1\nno weight", "dimension name, then a line saying it has no weight")
            .arg(bar.name);
    return tr("%1\nweight %2%", "dimension name, then its weight in percent")
        .arg(bar.name)
        .arg(qRound(bar.weight * 100));
}

void ServqualGapPlot::populate(QCustomPlot *plot, const ServqualGapChart &chart,
                               const ChartTheme &theme)
{
    ChartPlot::reset(plot);
    const double em = theme.basePixelSize();
    const int n = static_cast<int>(chart.bars.size());
    const bool withPrevious = chart.hasPrevious();
    // Side by side when there is a previous wave: the earlier one left, as
    // time reads left to right.
    const double width = withPrevious ? 0.36 : 0.6;
    const double offset = withPrevious ? 0.19 : 0;

    QCPBars *previous = nullptr;
    if (withPrevious)
        previous = addBars(plot, QStringLiteral("previousGaps"), chart.previousWave,
                           ChartPalette::tint(ChartPalette::grey(), 0.45), width);
    QCPBars *gaps = addBars(plot, QStringLiteral("gaps"), chart.wave, ChartPalette::blue(), width);

    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    const QFont tickFont = theme.font(ChartTheme::Text::Tick);
    const double axisWidth = std::max(1.0, theme.plotSize().width() - 8 * em);
    const double slot = axisWidth / std::max(1, n) - em * 0.4;
    const QPen whiskerPen = ChartStyler::pen(ChartPalette::ink(), theme.thinWidth() * 1.4);
    const double cap = width * 0.22;
    for (int i = 0; i < n; ++i) {
        const ServqualGapBar &bar = chart.bars[i];
        const double x = i + 1;
        ServqualGapBar wrapped = bar;
        wrapped.name = ChartText::wrap(bar.name, tickFont, slot, 2);
        ticker->addTick(x, tickLabel(wrapped));
        gaps->addData(x + offset, bar.gap);
        if (previous && bar.previousGap)
            previous->addData(x - offset, *bar.previousGap);

        if (bar.ciLow && bar.ciHigh) {
            const double cx = x + offset;
            addLine(plot, QStringLiteral("whisker"), {cx, *bar.ciLow}, {cx, *bar.ciHigh},
                    whiskerPen);
            addLine(plot, QStringLiteral("whisker"), {cx - cap, *bar.ciLow}, {cx + cap, *bar.ciLow},
                    whiskerPen);
            addLine(plot, QStringLiteral("whisker"), {cx - cap, *bar.ciHigh},
                    {cx + cap, *bar.ciHigh}, whiskerPen);
        }
        // At the zero line on the side away from the bar: never under a
        // whisker, and the eye finds it where the bar starts.
        QCPItemText *value = ChartStyler::addText(plot, signedValue(bar.gap), theme,
                                                  ChartTheme::Text::Label, theme.text());
        value->setObjectName(QStringLiteral("gapValue"));
        value->position->setCoords(x + offset, 0);
        const bool below = bar.gap < 0;
        value->setPositionAlignment(Qt::AlignHCenter | (below ? Qt::AlignBottom : Qt::AlignTop));
        value->setPadding(QMargins(0, qRound(em * 0.2), 0, qRound(em * 0.2)));
        value->setProperty(ChartPlot::toolTipProperty(),
                           (bar.n == 1 ? tr("%1: gap %2 from %3 respondent")
                                       : tr("%1: gap %2 from %3 respondents"))
                               .arg(bar.name, signedValue(bar.gap), ValueFormat::count(bar.n)));
    }
    if (previous && previous->data()->isEmpty())
        previous->removeFromLegend();

    const double xLow = 0.4;
    const double xHigh = n + 0.6;
    addLine(plot, QStringLiteral("zeroLine"), {xLow, 0}, {xHigh, 0},
            ChartStyler::pen(ChartPalette::ink(), theme.thinWidth()));
    if (chart.weightedGap) {
        addLine(plot, QStringLiteral("weightedGap"), {xLow, *chart.weightedGap},
                {xHigh, *chart.weightedGap},
                ChartStyler::pen(ChartPalette::vermillion(), theme.lineWidth(), Qt::DashLine));
        QCPItemText *label = ChartStyler::addText(
            plot, tr("Weighted gap %1").arg(signedValue(*chart.weightedGap)), theme,
            ChartTheme::Text::Small, ChartPalette::vermillion().darker(115));
        label->setObjectName(QStringLiteral("weightedGapLabel"));
        label->position->setCoords(xHigh, *chart.weightedGap);
        // Under the line when it lies in the upper half, else over it, so
        // the label stays inside the axis rect.
        const bool upper = *chart.weightedGap > (chart.valueLow + chart.valueHigh) / 2;
        label->setPositionAlignment(Qt::AlignRight | (upper ? Qt::AlignTop : Qt::AlignBottom));
        label->setPadding(QMargins(0, qRound(em * 0.15), qRound(em * 0.3), qRound(em * 0.15)));
        label->setBrush(theme.background());
    }

    plot->xAxis->setTicker(ticker);
    plot->xAxis->setRange(xLow, xHigh);
    plot->yAxis->setRange(chart.valueLow, chart.valueHigh);
    plot->yAxis->setLabel(chart.valueLabel);
    auto halves = QSharedPointer<QCPAxisTickerFixed>::create();
    halves->setTickStep(0.5);
    halves->setScaleStrategy(QCPAxisTickerFixed::ssMultiples);
    plot->yAxis->setTicker(halves);

    ChartStyler::apply(plot, theme);
    plot->xAxis->grid()->setVisible(false);
    plot->xAxis->setTickLength(0, 0);
    QList<QCPAbstractPlottable *> order;
    if (previous)
        order << previous;
    order << gaps;
    ChartStyler::placeLegendBelow(plot, theme, order);
}

} // namespace Yardstick
