// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "paretoplot.h"

#include "chartpalette.h"
#include "chartplot.h"
#include "charts/qcustomplotshim.h"
#include "chartstyler.h"
#include "charttext.h"
#include "costofdelay/money.h"
#include "hatchedbars.h"

#include <QFontMetricsF>
#include <QHash>

#include <algorithm>

namespace Yardstick {

namespace {

constexpr double kBarWidth = 0.72;
// Both axes run a little past the total and 100%, so the value on the
// tallest bar has room; the same factor keeps them aligned.
constexpr double kHeadroom = 1.08;

// Dollar amounts as a slide writes them, "US$1.40M", rather than 1.4e+06.
class MoneyTicker final : public QCPAxisTicker
{
protected:
    QString getTickLabel(double tick, const QLocale &, QChar, int) override
    {
        return formatMoney(tick);
    }
};

QCPBars *addBars(QCustomPlot *plot, const QString &objectName, const QString &name,
                 const QColor &colour)
{
    auto *bars = new QCPBars(plot->xAxis, plot->yAxis);
    bars->setObjectName(objectName);
    bars->setName(name);
    bars->setWidth(kBarWidth);
    bars->setPen(Qt::NoPen);
    bars->setBrush(colour);
    bars->setSelectable(QCP::stNone);
    return bars;
}

} // namespace

bool ParetoPlot::isOther(const ParetoBar &bar)
{
    return bar.lumped;
}

void ParetoPlot::populate(QCustomPlot *plot, const ParetoChart &chart, const ChartTheme &theme)
{
    ChartPlot::reset(plot);
    const double em = theme.basePixelSize();
    const int n = static_cast<int>(chart.bars.size());

    QCPBars *vital = addBars(plot, QStringLiteral("vitalFew"),
                             tr("The vital few, to 80% of the total"), ChartPalette::blue());
    QCPBars *rest = addBars(plot, QStringLiteral("rest"), tr("The rest"),
                            ChartPalette::tint(ChartPalette::skyBlue(), 0.6));
    QCPBars *other = addBars(plot, QStringLiteral("other"), tr("Other (grouped)"),
                             ChartPalette::tint(ChartPalette::grey(), 0.7));

    // Each bar's suggestions sit on it, hatched in its colour; created only
    // where some bar has any, so a chart without suggestions is unchanged.
    QHash<QCPBars *, HatchedBars *> suggestedOn;
    const auto hatchedOver = [&](QCPBars *base) {
        HatchedBars *&hatched = suggestedOn[base];
        if (!hatched) {
            hatched = new HatchedBars(plot->xAxis, plot->yAxis, base->brush().color(),
                                      theme.thinWidth() * 0.8);
            hatched->setObjectName(QStringLiteral("suggested"));
            hatched->setWidth(kBarWidth);
            hatched->setSelectable(QCP::stNone);
            hatched->setStackingGap(0);
            hatched->moveAbove(base);
            hatched->removeFromLegend();
        }
        return hatched;
    };

    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    const QFont tickFont = theme.font(ChartTheme::Text::Tick);
    const double axisWidth = std::max(1.0, theme.plotSize().width() - 9 * em);
    const double slot = axisWidth / std::max(1, n) - em * 0.4;
    // Labels wrap onto up to three lines between their neighbours; when a
    // word is wider than its bar's slot they are turned instead, whole, so
    // no label is ever cut short ("Applica… process…").
    QStringList labels;
    bool turned = false;
    for (const ParetoBar &bar : chart.bars) {
        labels << ChartText::wrapWhole(bar.label, tickFont, slot, 3);
        turned = turned || labels.constLast().isEmpty();
    }
    if (turned) {
        for (int i = 0; i < n; ++i)
            labels[i] = chart.bars[i].label;
        // At 45 degrees neighbours sit a slot times sin 45 apart; they need a
        // line's height.
        const double line = QFontMetricsF(tickFont).height();
        plot->xAxis->setTickLabelRotation(slot * 0.7 >= 1.2 * line ? -45 : -90);
    }
    double maxWeight = 0;
    for (int i = 0; i < n; ++i) {
        const ParetoBar &bar = chart.bars[i];
        const double x = i + 1;
        QCPBars *bars = isOther(bar) ? other : (i < chart.vitalFew ? vital : rest);
        bars->addData(x, bar.weight);
        if (bar.suggested > 0)
            hatchedOver(bars)->addData(x, bar.suggested);
        ticker->addTick(x, labels.at(i));
        maxWeight = std::max(maxWeight, bar.weight + bar.suggested);

        QString valueText =
            chart.weightIsMoney ? formatMoney(bar.weight) : ChartText::value(bar.weight);
        if (bar.suggested > 0)
            valueText = tr("%1 + %2", "confirmed letters + letters only suggested")
                            .arg(valueText, ChartText::value(bar.suggested));
        QCPItemText *value =
            ChartStyler::addText(plot, valueText, theme, ChartTheme::Text::Label, theme.text());
        value->setObjectName(QStringLiteral("barValue"));
        value->position->setCoords(x, bar.weight + bar.suggested);
        value->setPositionAlignment(Qt::AlignHCenter | Qt::AlignBottom);
        value->setPadding(QMargins(0, 0, 0, qRound(em * 0.2)));
    }
    for (QCPBars *bars : {vital, rest, other}) {
        if (bars->data()->isEmpty())
            bars->removeFromLegend();
    }

    // The cumulative share after each bar, at the bar's right edge.
    QCPGraph *cumulative = plot->addGraph(plot->xAxis, plot->yAxis2);
    cumulative->setObjectName(QStringLiteral("cumulative"));
    cumulative->setName(tr("Cumulative share"));
    cumulative->setSelectable(QCP::stNone);
    for (int i = 0; i < n; ++i)
        cumulative->addData(i + 1 + kBarWidth / 2, chart.bars[i].cumulativePercent);
    cumulative->setPen(ChartStyler::pen(ChartPalette::vermillion(), theme.lineWidth()));
    cumulative->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, ChartPalette::vermillion(),
                                                ChartPalette::vermillion(), theme.markerSize()));

    auto *eighty = new QCPItemLine(plot);
    eighty->setObjectName(QStringLiteral("eightyPercent"));
    eighty->setSelectable(false);
    for (QCPItemPosition *end : {eighty->start, eighty->end})
        end->setAxes(plot->xAxis, plot->yAxis2);
    eighty->start->setCoords(0.5, 80);
    eighty->end->setCoords(n + 0.5, 80);
    eighty->setPen(ChartStyler::pen(theme.mutedText(), theme.thinWidth() * 1.2, Qt::DashLine));
    QCPItemText *eightyLabel =
        ChartStyler::addText(plot, tr("80%"), theme, ChartTheme::Text::Small, theme.mutedText());
    eightyLabel->position->setAxes(plot->xAxis, plot->yAxis2);
    eightyLabel->position->setCoords(n + 0.5, 80);
    eightyLabel->setPositionAlignment(Qt::AlignRight | Qt::AlignBottom);
    eightyLabel->setPadding(QMargins(0, 0, qRound(em * 0.2), qRound(em * 0.15)));

    // A bar with its suggestions may stand above the total; the percent
    // axis stretches with the left one so 100% stays level with the total.
    const double total = chart.total > 0 ? chart.total : std::max(1.0, maxWeight);
    const double top = std::max(total, maxWeight) * kHeadroom;
    if (chart.total <= 0) {
        // Nothing confirmed to rank: no cumulative share to draw.
        cumulative->setVisible(false);
        cumulative->removeFromLegend();
        eighty->setVisible(false);
        eightyLabel->setVisible(false);
    }
    plot->xAxis->setTicker(ticker);
    plot->xAxis->setRange(0.5, n + 0.5);
    plot->xAxis->grid()->setVisible(false);
    plot->xAxis->setTickLength(0, 0);
    plot->yAxis->setRange(0, top);
    plot->yAxis->setLabel(chart.weightLabel);
    if (chart.weightIsMoney)
        plot->yAxis->setTicker(QSharedPointer<MoneyTicker>::create());
    plot->yAxis2->setVisible(true);
    plot->yAxis2->setRange(0, top / total * 100);
    auto percent = QSharedPointer<QCPAxisTickerFixed>::create();
    percent->setTickStep(20);
    percent->setScaleStrategy(QCPAxisTickerFixed::ssNone);
    plot->yAxis2->setTicker(percent);
    plot->yAxis2->setLabel(tr("Cumulative share (%)"));

    ChartStyler::apply(plot, theme);
    plot->xAxis->setTickLength(0, 0);
    plot->yAxis2->grid()->setVisible(false);
    QList<QCPAbstractPlottable *> legendOrder = {vital, rest, other};
    if (chart.suggested > 0) {
        auto *key = new HatchedBars(plot->xAxis, plot->yAxis, ChartPalette::grey(),
                                    theme.thinWidth() * 0.8);
        key->setObjectName(QStringLiteral("suggestedKey"));
        key->setName(tr("Hatched: suggested, not confirmed (not ranked)"));
        key->setSelectable(QCP::stNone);
        legendOrder << key;
    }
    legendOrder << cumulative;
    ChartStyler::placeLegendBelow(plot, theme, legendOrder);
}

} // namespace Yardstick
