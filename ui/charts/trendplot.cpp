// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "trendplot.h"

#include "chartcoordinates.h"
#include "chartpalette.h"
#include "chartplot.h"
#include "chartstyler.h"
#include "charttext.h"
#include "periodaxisticker.h"

#include <QFontMetricsF>
#include <QLocale>

#include "charts/qcustomplotshim.h"

#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>

namespace Yardstick {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

using PointValue = std::function<std::optional<double>(const TrendPoint &)>;

// A value held over each period, from its first day to its last, with a
// gap where it is missing: how a target in force per period is drawn.
void setSteps(QCPGraph *graph, const QList<TrendPoint> &points, const PointValue &valueOf)
{
    QVector<double> keys;
    QVector<double> values;
    for (const TrendPoint &p : points) {
        if (const auto v = valueOf(p)) {
            keys << ChartCoordinates::periodStartX(p.period) << ChartCoordinates::periodEndX(p.period);
            values << *v << *v;
        } else {
            keys << ChartCoordinates::periodMidX(p.period);
            values << kNaN;
        }
    }
    graph->setData(keys, values, true);
}

QString periodicName(PeriodKind kind)
{
    switch (kind) {
    case PeriodKind::Week:
        return TrendPlot::tr("Weekly value");
    case PeriodKind::Month:
        return TrendPlot::tr("Monthly value");
    case PeriodKind::Quarter:
        break;
    }
    return TrendPlot::tr("Quarterly value");
}

QString unitsOf(const TrendChart &chart)
{
    QStringList units;
    for (const TrendSeries &s : chart.series) {
        if (!s.unit.isEmpty() && !units.contains(s.unit))
            units << s.unit;
    }
    return units.join(QStringLiteral(" / "));
}

// The data range of everything drawn against the y axis.
struct ValueRange
{
    double low = std::numeric_limits<double>::infinity();
    double high = -std::numeric_limits<double>::infinity();
    void add(std::optional<double> v)
    {
        if (v && std::isfinite(*v)) {
            low = std::min(low, *v);
            high = std::max(high, *v);
        }
    }
    bool isEmpty() const { return low > high; }
};

ValueRange valueRangeOf(const TrendChart &chart, bool withLimits)
{
    ValueRange range;
    for (const TrendSeries &s : chart.series) {
        for (const TrendPoint &p : s.points) {
            range.add(p.value);
            range.add(p.target);
            if (withLimits)
                range.add(p.threshold);
        }
    }
    return range;
}

QCPGraph *addGraph(QCustomPlot *plot, const QString &objectName, const QString &name)
{
    QCPGraph *graph = plot->addGraph();
    graph->setObjectName(objectName);
    graph->setName(name);
    graph->setSelectable(QCP::stNone);
    return graph;
}

// Rows of annotation labels at the top of the axis rect: row 0 shares the
// headline's height where the headline leaves room, later rows sit under it.
class LabelRows
{
public:
    explicit LabelRows(double headlineRight)
        : m_headlineRight(headlineRight)
    {
    }

    // The first row where [left, right] (pixels from the axis rect's left)
    // meets no other label.
    int place(double left, double right)
    {
        for (int row = 0;; ++row) {
            if (row == 0 && left < m_headlineRight)
                continue;
            if (row >= m_rows.size())
                m_rows.resize(row + 1);
            auto &taken = m_rows[row];
            const bool free = std::none_of(taken.begin(), taken.end(), [&](const QPair<double, double> &t) {
                return left < t.second && right > t.first;
            });
            if (free) {
                taken << qMakePair(left, right);
                return row;
            }
        }
    }

    int rowsUnderHeadline() const { return std::max(0, static_cast<int>(m_rows.size()) - 1); }

private:
    double m_headlineRight;
    QVector<QVector<QPair<double, double>>> m_rows;
};

} // namespace

void TrendPlot::populate(QCustomPlot *plot, const TrendChart &chart, const ChartTheme &theme)
{
    ChartPlot::reset(plot);
    QCPAxisRect *rect = plot->axisRect();
    const bool single = chart.series.size() == 1;
    const double em = theme.basePixelSize();

    double xLow = std::numeric_limits<double>::infinity();
    double xHigh = -xLow;
    for (const TrendSeries &s : chart.series) {
        if (!s.points.isEmpty()) {
            xLow = std::min(xLow, ChartCoordinates::periodStartX(s.points.first().period));
            xHigh = std::max(xHigh, ChartCoordinates::periodEndX(s.points.last().period));
        }
    }
    if (!(xLow < xHigh)) {
        const QDate today = QDate::currentDate();
        xLow = ChartCoordinates::xOfDate(today.addYears(-1));
        xHigh = ChartCoordinates::xOfDate(today);
    }

    // Target and threshold behind the values: the band first, the lines on it.
    if (single) {
        const TrendSeries &s = chart.series.first();
        QCPGraph *band = addGraph(plot, QStringLiteral("band"), tr("Between target and threshold"));
        QCPGraph *threshold = addGraph(plot, QStringLiteral("threshold"), tr("Threshold"));
        QCPGraph *target = addGraph(plot, QStringLiteral("target"), tr("Target"));
        setSteps(band, s.points, [](const TrendPoint &p) {
            return p.threshold.has_value() ? p.target : std::nullopt;
        });
        setSteps(threshold, s.points, [](const TrendPoint &p) { return p.threshold; });
        setSteps(target, s.points, [](const TrendPoint &p) { return p.target; });
        band->setPen(Qt::NoPen);
        band->setBrush(ChartPalette::tint(ChartPalette::orange(), 0.16));
        band->setChannelFillGraph(threshold);
        threshold->setPen(ChartStyler::pen(ChartPalette::vermillion(), theme.thinWidth() * 1.5, Qt::DashLine));
        target->setPen(ChartStyler::pen(ChartPalette::bluishGreen(), theme.thinWidth() * 1.5, Qt::DashLine));
    } else {
        for (int i = 0; i < chart.series.size(); ++i) {
            const TrendSeries &s = chart.series[i];
            QCPGraph *target = addGraph(plot, QStringLiteral("target:") + s.code,
                                        tr("%1 target", "standard code").arg(s.code));
            setSteps(target, s.points, [](const TrendPoint &p) { return p.target; });
            target->setPen(ChartStyler::pen(ChartPalette::series(i), theme.thinWidth() * 1.5, Qt::DotLine));
        }
    }

    // Phase means, dashed over their spans.
    const QFont labelFont = theme.font(ChartTheme::Text::Label);
    for (int i = 0; i < chart.series.size(); ++i) {
        const TrendSeries &s = chart.series[i];
        const QColor colour = single ? ChartPalette::ink() : ChartPalette::series(i);
        for (const TrendPhase &phase : s.phases) {
            if (!phase.mean || !phase.span.isValid())
                continue;
            auto *line = new QCPItemLine(plot);
            line->setObjectName(QStringLiteral("phaseMean"));
            line->setSelectable(false);
            line->start->setCoords(ChartCoordinates::periodStartX(phase.span), *phase.mean);
            line->end->setCoords(ChartCoordinates::periodEndX(phase.span), *phase.mean);
            line->setPen(ChartStyler::pen(colour, theme.thinWidth() * 1.5, Qt::DashLine));
            if (!phase.reason.isEmpty())
                line->setProperty(ChartPlot::toolTipProperty(), phase.reason);
            if (!single)
                continue;
            const QString text = phase.label.isEmpty()
                                     ? tr("Mean %1 %2", "mean value, unit").arg(ChartText::value(*phase.mean), s.unit)
                                     : tr("%1: mean %2 %3", "phase label, mean value, unit")
                                           .arg(phase.label, ChartText::value(*phase.mean), s.unit);
            QCPItemText *label = ChartStyler::addText(plot, text.trimmed(), theme, ChartTheme::Text::Label,
                                                      theme.text());
            label->setObjectName(QStringLiteral("phaseLabel"));
            label->position->setCoords(ChartCoordinates::periodStartX(phase.span), *phase.mean);
            label->setPositionAlignment(Qt::AlignLeft | Qt::AlignBottom);
            label->setPadding(QMargins(qRound(em * 0.3), 0, qRound(em * 0.3), qRound(em * 0.2)));
            label->setBrush(QColor(255, 255, 255, 200));
            label->setClipToAxisRect(true);
        }
    }

    // The values on top of everything else.
    for (int i = 0; i < chart.series.size(); ++i) {
        const TrendSeries &s = chart.series[i];
        const QColor colour = single ? ChartPalette::blue() : ChartPalette::series(i);
        QCPGraph *graph = addGraph(plot, single ? QStringLiteral("values") : QStringLiteral("values:") + s.code,
                                   single ? periodicName(chart.kind) : s.code);
        QVector<double> keys;
        QVector<double> values;
        for (const TrendPoint &p : s.points) {
            keys << ChartCoordinates::periodMidX(p.period);
            values << (p.value ? *p.value : kNaN); // NaN: QCustomPlot breaks the line
        }
        graph->setData(keys, values, true);
        graph->setPen(ChartStyler::pen(colour, theme.lineWidth()));
        graph->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, colour, colour, theme.markerSize()));
    }

    // The headline, top left, and the annotation labels in rows beside and
    // under it.
    QCPItemText *headline = ChartStyler::addText(plot, chart.headline, theme, ChartTheme::Text::Headline,
                                                 theme.text());
    headline->setObjectName(QStringLiteral("headline"));
    headline->position->setType(QCPItemPosition::ptAxisRectRatio);
    headline->position->setAxisRect(rect);
    headline->position->setCoords(0, 0);
    headline->setPositionAlignment(Qt::AlignLeft | Qt::AlignTop);
    headline->setPadding(QMargins(qRound(em * 0.6), qRound(em * 0.3), 0, 0));
    const QFontMetricsF headlineMetrics(headline->font());
    const double headlineRight = chart.headline.isEmpty()
                                     ? 0
                                     : em * 0.6 + headlineMetrics.horizontalAdvance(chart.headline) + em;
    const double headlineHeight = chart.headline.isEmpty() ? 0 : headlineMetrics.height() + em * 0.3;

    const QFontMetricsF labelMetrics(labelFont);
    const QSizeF plotSize = theme.plotSize();
    const double axisWidth = std::max(1.0, plotSize.width() - 6 * em);
    LabelRows rows(headlineRight);
    for (const TrendAnnotation &a : chart.annotations) {
        const double x = ChartCoordinates::xOfDate(a.date);
        QCPItemLine *line = ChartStyler::addVerticalLine(
            plot, rect, x, ChartStyler::pen(theme.mutedText(), theme.thinWidth(), Qt::DashLine));
        line->setObjectName(QStringLiteral("annotation"));
        line->setProperty(ChartPlot::toolTipProperty(), a.reason);

        const QString text = tr("%1 · %2", "annotation: date, label")
                                 .arg(QLocale().toString(a.date, tr("d MMM yyyy", "annotation date: a QDate format")),
                                      a.label);
        const double width = labelMetrics.horizontalAdvance(text) + em;
        const double at = (x - xLow) / (xHigh - xLow) * axisWidth;
        // Right of the line unless that runs out of the plot.
        const bool leftOfLine = at + width > axisWidth;
        const int row = leftOfLine ? rows.place(at - width, at) : rows.place(at, at + width);
        QCPItemText *label = ChartStyler::addText(plot, text, theme, ChartTheme::Text::Label, theme.text());
        label->setObjectName(QStringLiteral("annotationLabel"));
        label->setProperty(ChartPlot::toolTipProperty(), a.reason);
        label->position->setTypeX(QCPItemPosition::ptPlotCoords);
        label->position->setTypeY(QCPItemPosition::ptAbsolute); // pixels under the anchor
        label->position->setParentAnchorY(row == 0 ? headline->topLeft : headline->bottomLeft);
        label->position->setCoords(x, row == 0 ? em * 0.3 : (row - 1) * labelMetrics.height() * 1.15);
        label->setPositionAlignment((leftOfLine ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignTop);
        label->setPadding(QMargins(qRound(em * 0.4), 0, qRound(em * 0.4), 0));
        label->setBrush(QColor(255, 255, 255, 220));
    }

    // Room above the data for the headline and the labels, so they never
    // sit on a point.
    ValueRange values = valueRangeOf(chart, single);
    for (const TrendSeries &s : chart.series) {
        for (const TrendPhase &phase : s.phases)
            values.add(phase.mean);
    }
    if (values.isEmpty())
        values = {0, 1};
    const double low = values.low >= 0 ? 0 : values.low - (values.high - values.low) * 0.05;
    const double high = values.high > low ? values.high : low + 1;
    const double axisHeight = std::max(1.0, plotSize.height() - 5.5 * em);
    const double band = (headlineHeight > 0 ? headlineHeight : 0) +
                        rows.rowsUnderHeadline() * labelMetrics.height() * 1.15 + em * 0.8;
    const double share = std::clamp(band / axisHeight, 0.06, 0.45);
    plot->yAxis->setRange(low, low + (high - low) * 1.04 / (1 - share));
    plot->yAxis->setLabel(unitsOf(chart));

    plot->xAxis->setTicker(QSharedPointer<PeriodAxisTicker>::create(plot->xAxis, chart.kind));
    plot->xAxis->setRange(xLow, xHigh);
    plot->xAxis->grid()->setVisible(false);

    ChartStyler::apply(plot, theme);
    ChartStyler::placeLegendBelow(plot, theme);
    const int slack = qRound(PeriodAxisTicker::edgeSlack(theme.font(ChartTheme::Text::Tick)));
    rect->setMinimumMargins(QMargins(slack, qRound(em * 0.5), slack, 0));
}

} // namespace Yardstick
