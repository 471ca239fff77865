// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "plannerplot.h"

#include "chartpalette.h"
#include "chartplot.h"
#include "charts/qcustomplotshim.h"
#include "chartstyler.h"
#include "model/valueformat.h"

#include <algorithm>

namespace Yardstick {

namespace {

// Targets keep the digits they were set with, as everywhere (ValueFormat).
QString number(double value)
{
    return ValueFormat::target(value, QString());
}

// A labelled reference line: vertical at x, or horizontal at y.
void addMark(QCustomPlot *plot, const ChartTheme &theme, const QString &name, const QString &text,
             const QPen &pen, double at, bool vertical, Qt::Alignment alignment)
{
    QCPItemLine *line = nullptr;
    if (vertical) {
        line = ChartStyler::addVerticalLine(plot, plot->axisRect(), at, pen);
    } else {
        line = new QCPItemLine(plot);
        line->start->setTypeX(QCPItemPosition::ptAxisRectRatio);
        line->start->setTypeY(QCPItemPosition::ptPlotCoords);
        line->end->setTypeX(QCPItemPosition::ptAxisRectRatio);
        line->end->setTypeY(QCPItemPosition::ptPlotCoords);
        line->start->setCoords(0, at);
        line->end->setCoords(1, at);
        line->setPen(pen);
        line->setClipToAxisRect(true);
    }
    line->setObjectName(name);
    line->setSelectable(false);
    QCPItemText *label =
        ChartStyler::addText(plot, text, theme, ChartTheme::Text::Label, pen.color());
    label->setObjectName(name + QStringLiteral("Label"));
    label->setClipToAxisRect(false);
    const double em = theme.basePixelSize();
    if (vertical) {
        label->position->setTypeX(QCPItemPosition::ptPlotCoords);
        label->position->setTypeY(QCPItemPosition::ptAxisRectRatio);
        label->position->setCoords(at, 0);
    } else {
        label->position->setTypeX(QCPItemPosition::ptAxisRectRatio);
        label->position->setTypeY(QCPItemPosition::ptPlotCoords);
        label->position->setCoords(0, at);
    }
    label->setPositionAlignment(alignment);
    label->setPadding(QMargins(qRound(em * 0.3), qRound(em * 0.2), qRound(em * 0.3), 0));
}

} // namespace

void PlannerPlot::populate(QCustomPlot *plot, const PlannerCurve &chart, const ChartTheme &theme)
{
    ChartPlot::reset(plot);
    QCPGraph *curve = plot->addGraph();
    curve->setObjectName(QStringLiteral("curve"));
    curve->setName(tr("Share of cases meeting the target"));
    curve->setLineStyle(QCPGraph::lsStepLeft);
    curve->setPen(ChartStyler::pen(ChartPalette::blue(), theme.lineWidth()));
    curve->setBrush(ChartPalette::tint(ChartPalette::blue(), 0.10));
    curve->setSelectable(QCP::stNone);
    for (const PlannerCurvePoint &point : chart.points)
        curve->addData(point.target, point.caseShare);

    // The x range spans the cases and the marks, so a target beyond the
    // observed values is still in sight.
    std::vector<double> xs;
    for (const PlannerCurvePoint &point : chart.points)
        xs.push_back(point.target);
    if (chart.targetIsShare)
        xs.push_back(chart.withinLimit);
    else
        xs.insert(xs.end(), {chart.currentTarget, chart.proposedTarget});
    const auto [low, high] = std::minmax_element(xs.begin(), xs.end());
    const double margin = std::max(1.0, (*high - *low) * 0.04);
    plot->xAxis->setRange(std::max(0.0, *low - margin), *high + margin);
    plot->yAxis->setRange(0, 104);
    auto quarters = QSharedPointer<QCPAxisTickerFixed>::create();
    quarters->setTickStep(25);
    quarters->setScaleStrategy(QCPAxisTickerFixed::ssNone);
    plot->yAxis->setTicker(quarters);
    plot->xAxis->setLabel(chart.xLabel);
    plot->yAxis->setLabel(tr("Cases meeting it (%)"));

    const QPen current = ChartStyler::pen(ChartPalette::grey(), theme.lineWidth(), Qt::DashLine);
    const QPen proposed = ChartStyler::pen(ChartPalette::vermillion(), theme.lineWidth());
    if (chart.targetIsShare) {
        addMark(plot, theme, QStringLiteral("withinLimit"),
                tr("Within %1").arg(number(chart.withinLimit)),
                ChartStyler::pen(ChartPalette::ink(), theme.thinWidth(), Qt::DotLine),
                chart.withinLimit, true, Qt::AlignLeft | Qt::AlignTop);
        addMark(plot, theme, QStringLiteral("currentTarget"),
                tr("Current %1%").arg(number(chart.currentTarget)), current, chart.currentTarget,
                false, Qt::AlignLeft | Qt::AlignBottom);
        addMark(plot, theme, QStringLiteral("proposedTarget"),
                tr("Proposed %1%").arg(number(chart.proposedTarget)), proposed,
                chart.proposedTarget, false, Qt::AlignLeft | Qt::AlignTop);
    } else {
        // The lower target's label goes left of its line, the other right,
        // so the two never overlap.
        const bool proposedLeft = chart.proposedTarget < chart.currentTarget;
        addMark(plot, theme, QStringLiteral("currentTarget"),
                tr("Current %1").arg(number(chart.currentTarget)), current, chart.currentTarget,
                true, (proposedLeft ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignTop);
        addMark(plot, theme, QStringLiteral("proposedTarget"),
                tr("Proposed %1").arg(number(chart.proposedTarget)), proposed, chart.proposedTarget,
                true, (proposedLeft ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignTop);
    }
    ChartStyler::apply(plot, theme);
    plot->legend->setVisible(false);
}

} // namespace Yardstick
