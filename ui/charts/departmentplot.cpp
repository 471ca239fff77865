// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "departmentplot.h"

#include "chartpalette.h"
#include "chartplot.h"
#include "charts/qcustomplotshim.h"
#include "chartstyler.h"
#include "charttext.h"
#include "model/valueformat.h"

#include <QFontMetricsF>

#include <algorithm>

namespace Yardstick {

namespace {

constexpr double kBarWidth = 0.62;

QCPBars *addBars(QCustomPlot *plot, const QString &objectName, const QColor &colour)
{
    auto *bars = new QCPBars(plot->yAxis, plot->xAxis); // keys down, values across
    bars->setObjectName(objectName);
    bars->setWidth(kBarWidth);
    bars->setPen(Qt::NoPen);
    bars->setBrush(colour);
    bars->setSelectable(QCP::stNone);
    bars->removeFromLegend();
    return bars;
}

} // namespace

QString DepartmentPlot::barLabel(const DepartmentBar &bar)
{
    if (bar.assessed <= 0)
        return tr("No standard assessed");
    // The share as the department table prints it: "33.3%", not "33%".
    return tr("%1 of %2 (%3)", "standards met, standards assessed, percentage")
        .arg(ValueFormat::count(bar.met), ValueFormat::count(bar.assessed),
             ValueFormat::value(bar.sharePercent, QStringLiteral("%")));
}

void DepartmentPlot::populate(QCustomPlot *plot, const DepartmentChart &chart,
                              const ChartTheme &theme)
{
    ChartPlot::reset(plot);
    const double em = theme.basePixelSize();
    const int n = static_cast<int>(chart.bars.size());
    QCPBars *track =
        addBars(plot, QStringLiteral("track"), ChartPalette::tint(ChartPalette::grey(), 0.18));
    QCPBars *share = addBars(plot, QStringLiteral("share"), ChartPalette::blue());

    const QFont tickFont = theme.font(ChartTheme::Text::Tick);
    const QFont labelFont = theme.font(ChartTheme::Text::Label);
    const QFontMetricsF labelMetrics(labelFont);
    // Names take at most a quarter of the width, on up to two lines.
    const double nameWidth = theme.plotSize().width() * 0.25;
    const double axisWidth = std::max(1.0, theme.plotSize().width() - nameWidth - 3 * em);
    auto names = QSharedPointer<QCPAxisTickerText>::create();
    for (int i = 0; i < n; ++i) {
        const DepartmentBar &bar = chart.bars[i];
        names->addTick(i, ChartText::wrap(bar.name, tickFont, nameWidth, 2));
        track->addData(i, 100);
        if (bar.assessed > 0)
            share->addData(i, bar.sharePercent);

        const QString text = barLabel(bar);
        const double end = bar.assessed > 0 ? bar.sharePercent : 0;
        // Beside the bar on the track, or inside its end in white when the
        // track has no room left.
        const double free = (100 - end) / 100 * axisWidth;
        const bool inside = free < labelMetrics.horizontalAdvance(text) + em && end > 0;
        QCPItemText *label = ChartStyler::addText(plot, text, theme, ChartTheme::Text::Label,
                                                  inside             ? QColor(Qt::white)
                                                  : bar.assessed > 0 ? theme.text()
                                                                     : theme.mutedText());
        label->setObjectName(QStringLiteral("barLabel"));
        label->position->setAxes(plot->xAxis, plot->yAxis);
        label->position->setCoords(end, i);
        label->setPositionAlignment((inside ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
        label->setPadding(QMargins(qRound(em * 0.4), 0, qRound(em * 0.4), 0));
    }

    plot->yAxis->setTicker(names);
    plot->yAxis->setRange(-0.5, std::max(1, n) - 0.5);
    plot->yAxis->setRangeReversed(true);
    plot->xAxis->setRange(0, 100);
    auto quarters = QSharedPointer<QCPAxisTickerFixed>::create();
    quarters->setTickStep(25);
    quarters->setScaleStrategy(QCPAxisTickerFixed::ssNone);
    plot->xAxis->setTicker(quarters);
    plot->xAxis->setLabel(tr("Standards met (%)"));

    ChartStyler::apply(plot, theme);
    plot->yAxis->grid()->setVisible(false);
    plot->yAxis->setBasePen(Qt::NoPen);
    plot->yAxis->setTickPen(Qt::NoPen);
    plot->yAxis->setTickLabelColor(theme.text());
    plot->axisRect()->setMinimumMargins(QMargins(0, qRound(em * 0.5), qRound(em * 1.5), 0));
}

} // namespace Yardstick
