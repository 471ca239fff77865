// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "controlplot.h"

#include "chartcoordinates.h"
#include "chartpalette.h"
#include "chartplot.h"
#include "charts/qcustomplotshim.h"
#include "chartstyler.h"
#include "charttext.h"
#include "model/valueformat.h"
#include "periodaxisticker.h"

#include <QFontMetricsF>
#include <QHash>

#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>

namespace Yardstick {

namespace {

// Where each chart point sits on the time axis, and the span it holds a
// step line over: from halfway to its left neighbour to halfway to its
// right one (periods without data are not points, so spans close gaps).
class PointPlaces
{
public:
    PointPlaces(const StandardControlChart &chart)
    {
        const auto &points = chart.chart.primary.points;
        const bool dated = chart.periods.size() == static_cast<qsizetype>(points.size());
        for (size_t i = 0; i < points.size(); ++i) {
            // Without a period per point (a malformed chart), fall back to
            // the point number rather than drawing nothing.
            m_x << (dated ? ChartCoordinates::periodMidX(chart.periods[static_cast<qsizetype>(i)])
                          : static_cast<double>(i + 1));
        }
        m_dated = dated && !m_x.isEmpty();
        if (m_x.isEmpty())
            return;
        m_low = dated ? ChartCoordinates::periodStartX(chart.periods.first()) : 0.5;
        m_high = dated ? ChartCoordinates::periodEndX(chart.periods.last()) : m_x.size() + 0.5;
    }

    bool dated() const { return m_dated; }
    double low() const { return m_low; }
    double high() const { return m_high; }
    bool has(int index) const { return index >= 1 && index <= m_x.size(); }
    // index: 1-based, as ChartPoint::index
    double x(int index) const { return m_x.at(index - 1); }
    double left(int index) const { return index == 1 ? m_low : (x(index - 1) + x(index)) / 2; }
    double right(int index) const
    {
        return index == m_x.size() ? m_high : (x(index) + x(index + 1)) / 2;
    }

private:
    QVector<double> m_x;
    bool m_dated = false;
    double m_low = 0;
    double m_high = 1;
};

struct Range
{
    double low = std::numeric_limits<double>::infinity();
    double high = -std::numeric_limits<double>::infinity();
    void add(double v)
    {
        if (std::isfinite(v)) {
            low = std::min(low, v);
            high = std::max(high, v);
        }
    }
};

QCPGraph *addGraph(QCustomPlot *plot, QCPAxisRect *rect, const QString &objectName,
                   const QString &name)
{
    QCPGraph *graph = plot->addGraph(rect->axis(QCPAxis::atBottom), rect->axis(QCPAxis::atLeft));
    graph->setObjectName(objectName);
    graph->setName(name);
    graph->setSelectable(QCP::stNone);
    return graph;
}

void setSteps(QCPGraph *graph, const std::vector<ChartPoint> &points, const PointPlaces &places,
              double scale, const std::function<double(const ChartPoint &)> &valueOf)
{
    QVector<double> keys;
    QVector<double> values;
    for (const ChartPoint &p : points) {
        if (!places.has(p.index))
            continue;
        keys << places.left(p.index) << places.right(p.index);
        values << valueOf(p) * scale << valueOf(p) * scale;
    }
    graph->setData(keys, values, true);
}

QString quantityLabel(ControlChartType kind, const QString &unit)
{
    // The unit as the tables show it: "days", never "days [2]".
    const QString shown = ValueFormat::shownUnit(unit);
    const auto withUnit = [&shown](const QString &quantity) {
        return shown.isEmpty() ? quantity
                               : ControlPlot::tr("%1 (%2)", "quantity, unit").arg(quantity, shown);
    };
    switch (kind) {
    case ControlChartType::IndividualsMovingRange:
        return withUnit(ControlPlot::tr("Value"));
    case ControlChartType::XbarR:
    case ControlChartType::XbarS:
        return withUnit(ControlPlot::tr("Subgroup mean"));
    case ControlChartType::P:
        return ControlPlot::tr("Proportion (%)");
    case ControlChartType::Np:
        return ControlPlot::tr("Number defective");
    case ControlChartType::C:
        return ControlPlot::tr("Count");
    case ControlChartType::U:
        break;
    }
    return ControlPlot::tr("Count per unit");
}

QString dispersionLabel(const QString &key)
{
    if (key == QLatin1String("mr"))
        return ControlPlot::tr("Moving range");
    if (key == QLatin1String("r"))
        return ControlPlot::tr("Range");
    if (key == QLatin1String("s"))
        return ControlPlot::tr("Standard deviation");
    return key;
}

// Values, markers, flagged and excluded points, centre line and limits of
// one series in rect; returns the range of everything drawn.
Range drawSeries(QCustomPlot *plot, QCPAxisRect *rect, const ChartSeries &series,
                 const PointPlaces &places, double scale, const QString &prefix,
                 const QHash<int, QString> &tips, const ChartTheme &theme, bool primary)
{
    const auto name = [&prefix](const char *base) {
        const QString b = QLatin1String(base);
        return prefix.isEmpty() ? b : prefix + b.left(1).toUpper() + b.mid(1);
    };
    Range range;
    QCPGraph *centre = addGraph(plot, rect, name("centre"), ControlPlot::tr("Centre line"));
    QCPGraph *ucl = addGraph(plot, rect, name("ucl"), ControlPlot::tr("Control limits"));
    QCPGraph *lcl = addGraph(plot, rect, name("lcl"), ControlPlot::tr("Lower control limit"));
    setSteps(centre, series.points, places, scale, [](const ChartPoint &p) { return p.center; });
    setSteps(ucl, series.points, places, scale, [](const ChartPoint &p) { return p.ucl; });
    setSteps(lcl, series.points, places, scale, [](const ChartPoint &p) { return p.lcl; });
    centre->setPen(ChartStyler::pen(ChartPalette::ink(), theme.thinWidth() * 1.5));
    const QPen limitPen =
        ChartStyler::pen(ChartPalette::vermillion(), theme.thinWidth() * 1.5, Qt::DashLine);
    ucl->setPen(limitPen);
    lcl->setPen(limitPen);
    lcl->removeFromLegend();
    // A range chart's lower limit is zero: no line to draw on the axis.
    lcl->setVisible(std::any_of(series.points.begin(), series.points.end(),
                                [](const ChartPoint &p) { return p.lcl > 0; }) ||
                    primary);
    if (!primary) {
        centre->removeFromLegend();
        ucl->removeFromLegend();
    }

    QCPGraph *line =
        addGraph(plot, rect, prefix.isEmpty() ? QStringLiteral("values") : prefix, QString());
    QCPGraph *points = addGraph(plot, rect, name("points"), ControlPlot::tr("Value"));
    QCPGraph *excluded =
        addGraph(plot, rect, name("excluded"), ControlPlot::tr("Excluded from the limits"));
    QCPGraph *flagged =
        addGraph(plot, rect, name("flagged"), ControlPlot::tr("Signal: a run rule is broken"));
    QStringList flaggedTips;
    for (const ChartPoint &p : series.points) {
        if (!places.has(p.index))
            continue;
        const double x = places.x(p.index);
        const double y = p.value * scale;
        line->addData(x, y);
        range.add(y);
        range.add(p.center * scale);
        range.add(p.ucl * scale);
        range.add(p.lcl * scale);
        if (p.excluded)
            excluded->addData(x, y);
        if (!p.brokenRules.isEmpty()) {
            flagged->addData(x, y);
            flaggedTips << tips.value(p.index, p.brokenRules.join(QStringLiteral(", ")));
        } else if (!p.excluded) {
            points->addData(x, y);
        }
    }
    flagged->setProperty(ChartPlot::toolTipProperty(), flaggedTips);
    line->removeFromLegend();
    const QColor colour = ChartPalette::blue();
    const double size = theme.markerSize();
    line->setPen(ChartStyler::pen(colour, theme.lineWidth() * 0.75));
    points->setLineStyle(QCPGraph::lsNone);
    points->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, colour, colour, size));
    excluded->setLineStyle(QCPGraph::lsNone);
    excluded->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle,
                                              ChartStyler::pen(colour, theme.thinWidth() * 1.5),
                                              QBrush(theme.background()), size * 1.1));
    flagged->setLineStyle(QCPGraph::lsNone);
    flagged->setScatterStyle(QCPScatterStyle(
        QCPScatterStyle::ssDiamond, ChartStyler::pen(ChartPalette::vermillion(), theme.thinWidth()),
        QBrush(ChartPalette::vermillion()), size * 1.7));
    for (QCPGraph *g : {points, excluded, flagged}) {
        if (g->data()->isEmpty() || !primary)
            g->removeFromLegend();
    }
    return range;
}

} // namespace

void ControlPlot::populate(QCustomPlot *plot, const StandardControlChart &chart,
                           const ChartTheme &theme)
{
    ChartPlot::reset(plot);
    const double em = theme.basePixelSize();
    const PointPlaces places(chart);
    // p charts are computed as proportions; a slide reads percent.
    const double scale = chart.chart.kind == ControlChartType::P ? 100.0 : 1.0;
    QCPAxisRect *top = plot->axisRect();

    QHash<int, QString> tips;
    for (const ChartSignal &s : chart.signalList) {
        const QString line =
            tr("%1: %2", "period, what the rule means").arg(s.periodLabel, s.meaning);
        tips[s.point] = tips.contains(s.point) ? tips[s.point] + QLatin1Char('\n') + line : line;
    }

    // The target first, behind the data.
    Range range;
    if (chart.target) {
        QCPGraph *target = addGraph(
            plot, top, QStringLiteral("target"),
            tr("Target (%1)", "value")
                .arg(ValueFormat::target(*chart.target * scale,
                                         scale == 100.0 ? QStringLiteral("%") : chart.unit)));
        target->setData({places.low(), places.high()},
                        {*chart.target * scale, *chart.target * scale}, true);
        target->setPen(ChartStyler::pen(ChartPalette::bluishGreen(), theme.thinWidth() * 1.5,
                                        Qt::DashDotLine));
        range.add(*chart.target * scale);
    }
    const Range primary =
        drawSeries(plot, top, chart.chart.primary, places, scale, QString(), tips, theme, true);
    range.add(primary.low);
    range.add(primary.high);
    if (!std::isfinite(range.low))
        range = {0, 1};

    // Phase boundaries and names along the top of the primary chart.
    const QFont labelFont = theme.font(ChartTheme::Text::Label);
    const QFontMetricsF labelMetrics(labelFont);
    const double axisWidth = std::max(1.0, theme.plotSize().width() - 6 * em);
    const double pixelsPerX = axisWidth / (places.high() - places.low());
    bool phaseLabels = false;
    for (qsizetype i = 0; i < chart.phases.size(); ++i) {
        const ControlChartPhase &phase = chart.phases[i];
        if (!places.has(phase.firstPoint))
            continue;
        const double x = places.left(phase.firstPoint);
        if (phase.firstPoint > 1) {
            QCPItemLine *line = ChartStyler::addVerticalLine(
                plot, top, x,
                ChartStyler::pen(theme.mutedText(), theme.thinWidth() * 1.2, Qt::DashLine));
            line->setObjectName(QStringLiteral("phaseBoundary"));
            line->setProperty(ChartPlot::toolTipProperty(), phase.reason);
        }
        if (phase.label.isEmpty())
            continue;
        const double next =
            i + 1 < chart.phases.size() && places.has(chart.phases[i + 1].firstPoint)
                ? places.left(chart.phases[i + 1].firstPoint)
                : places.high();
        const QString text =
            ChartText::wrap(phase.label, labelFont, (next - x) * pixelsPerX - em, 2);
        QCPItemText *label =
            ChartStyler::addText(plot, text, theme, ChartTheme::Text::Label, theme.text());
        label->setObjectName(QStringLiteral("phaseLabel"));
        label->setProperty(ChartPlot::toolTipProperty(), phase.reason);
        label->setClipAxisRect(top);
        label->setClipToAxisRect(true);
        label->position->setTypeX(QCPItemPosition::ptPlotCoords);
        label->position->setTypeY(QCPItemPosition::ptAxisRectRatio);
        label->position->setAxisRect(top);
        label->position->setCoords(x, 0);
        label->setPositionAlignment(Qt::AlignLeft | Qt::AlignTop);
        label->setTextAlignment(Qt::AlignLeft);
        label->setPadding(QMargins(qRound(em * 0.4), qRound(em * 0.3), 0, 0));
        phaseLabels = true;
    }

    // Complaint letters linked to the standard: a count in a small box under
    // each point's period.
    bool complaints = false;
    for (const ComplaintMarker &m : chart.complaints) {
        if (m.letters <= 0 || !places.has(m.point))
            continue;
        QCPItemText *box = ChartStyler::addText(plot, ValueFormat::count(m.letters), theme,
                                                ChartTheme::Text::Small, theme.text());
        box->setObjectName(QStringLiteral("complaints"));
        box->position->setTypeX(QCPItemPosition::ptPlotCoords);
        box->position->setTypeY(QCPItemPosition::ptAxisRectRatio);
        box->position->setAxisRect(top);
        box->position->setCoords(places.x(m.point), 1);
        box->setPositionAlignment(Qt::AlignHCenter | Qt::AlignBottom);
        box->setPadding(
            QMargins(qRound(em * 0.3), qRound(em * 0.05), qRound(em * 0.3), qRound(em * 0.05)));
        box->setBrush(ChartPalette::tint(ChartPalette::reddishPurple(), 0.25));
        box->setPen(ChartStyler::pen(ChartPalette::reddishPurple(), theme.thinWidth()));
        box->setProperty(ChartPlot::toolTipProperty(),
                         tr("Complaints linked to this standard, received in the period: %1")
                             .arg(ValueFormat::count(m.letters)));
        complaints = true;
    }
    if (complaints) {
        // A legend entry for the boxes: an empty graph with a box marker.
        QCPGraph *key = addGraph(plot, top, QStringLiteral("complaintsKey"),
                                 tr("Complaints linked to the standard"));
        key->setLineStyle(QCPGraph::lsNone);
        key->setScatterStyle(
            QCPScatterStyle(QCPScatterStyle::ssSquare, ChartPalette::reddishPurple(),
                            ChartPalette::tint(ChartPalette::reddishPurple(), 0.25), em));
    }

    // Room for the phase names above the data and the letter counts below it.
    const bool twoCharts =
        chart.chart.dispersion.has_value() && !chart.chart.dispersion->points.empty();
    const double axisHeight =
        std::max(1.0, theme.plotSize().height() * (twoCharts ? 0.68 : 1.0) - 5 * em);
    const double topShare =
        phaseLabels ? std::min(0.35, (labelMetrics.height() * 2 + em) / axisHeight) : 0.04;
    const double bottomShare =
        complaints ? std::min(0.25, (labelMetrics.height() + em) / axisHeight) : 0.04;
    const double span = std::max(range.high - range.low, std::abs(range.high) * 0.1 + 1e-9);
    const double visible = span / (1 - topShare - bottomShare);
    top->axis(QCPAxis::atLeft)
        ->setRange(range.low - visible * bottomShare, range.high + visible * topShare);
    top->axis(QCPAxis::atLeft)->setLabel(quantityLabel(chart.chart.kind, chart.unit));

    QList<QCPAxisRect *> rects{top};
    if (twoCharts) {
        auto *bottom = new QCPAxisRect(plot, true);
        plot->plotLayout()->addElement(1, 0, bottom);
        plot->plotLayout()->setRowStretchFactor(0, 2.4);
        plot->plotLayout()->setRowStretchFactor(1, 1);
        plot->plotLayout()->setRowSpacing(qRound(em * 0.8));
        bottom->axis(QCPAxis::atTop)->setVisible(false);
        bottom->axis(QCPAxis::atRight)->setVisible(false);
        const ChartSeries &d = *chart.chart.dispersion;
        const Range dr = drawSeries(plot, bottom, d, places, scale, QStringLiteral("dispersion"),
                                    {}, theme, false);
        const double high = std::isfinite(dr.high) ? dr.high : 1;
        bottom->axis(QCPAxis::atLeft)->setRange(std::min(0.0, dr.low), high * 1.12);
        bottom->axis(QCPAxis::atLeft)->setLabel(dispersionLabel(d.chart));
        bottom->axis(QCPAxis::atLeft)->ticker()->setTickCount(3);
        // One time axis: the upper chart shows ticks without labels.
        top->axis(QCPAxis::atBottom)->setTickLabels(false);
        QObject::connect(
            top->axis(QCPAxis::atBottom), qOverload<const QCPRange &>(&QCPAxis::rangeChanged),
            bottom->axis(QCPAxis::atBottom), qOverload<const QCPRange &>(&QCPAxis::setRange));
        QObject::connect(
            bottom->axis(QCPAxis::atBottom), qOverload<const QCPRange &>(&QCPAxis::rangeChanged),
            top->axis(QCPAxis::atBottom), qOverload<const QCPRange &>(&QCPAxis::setRange));
        // Phase boundaries run through both charts.
        for (const ControlChartPhase &phase : chart.phases) {
            if (phase.firstPoint > 1 && places.has(phase.firstPoint)) {
                QCPItemLine *line = ChartStyler::addVerticalLine(
                    plot, bottom, places.left(phase.firstPoint),
                    ChartStyler::pen(theme.mutedText(), theme.thinWidth() * 1.2, Qt::DashLine));
                line->setObjectName(QStringLiteral("phaseBoundary"));
            }
        }
        auto *group = new QCPMarginGroup(plot);
        top->setMarginGroup(QCP::MarginSides(QCP::msLeft) | QCP::msRight, group);
        bottom->setMarginGroup(QCP::MarginSides(QCP::msLeft) | QCP::msRight, group);
        rects << bottom;
    }

    const int slack = qRound(PeriodAxisTicker::edgeSlack(theme.font(ChartTheme::Text::Tick)));
    for (QCPAxisRect *rect : rects) {
        QCPAxis *x = rect->axis(QCPAxis::atBottom);
        if (places.dated())
            x->setTicker(QSharedPointer<PeriodAxisTicker>::create(x, chart.kind));
        x->setRange(places.low(), places.high());
        x->grid()->setVisible(false);
        rect->setMinimumMargins(QMargins(slack, qRound(em * 0.5), slack, 0));
    }

    ChartStyler::apply(plot, theme);
    // The data first, then the lines to judge it by.
    QList<QCPAbstractPlottable *> order;
    for (const char *name :
         {"points", "flagged", "excluded", "centre", "ucl", "target", "complaintsKey"}) {
        if (auto *graph = plot->findChild<QCPGraph *>(QLatin1String(name)))
            order << graph;
    }
    ChartStyler::placeLegendBelow(plot, theme, order);
}

} // namespace Yardstick
