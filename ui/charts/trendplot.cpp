// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "trendplot.h"

#include "chartcoordinates.h"
#include "chartpalette.h"
#include "chartplot.h"
#include "charts/qcustomplotshim.h"
#include "chartstyler.h"
#include "charttext.h"
#include "labelplacer.h"
#include "model/valueformat.h"
#include "periodaxisticker.h"

#include <QFontMetricsF>
#include <QLocale>

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
            keys << ChartCoordinates::periodStartX(p.period)
                 << ChartCoordinates::periodEndX(p.period);
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
    {}

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
            const bool free =
                std::none_of(taken.begin(), taken.end(), [&](const QPair<double, double> &t) {
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

// A phase's label: its name and mean, or the mean alone.
QString phaseText(const TrendPhase &phase, const QString &unit)
{
    // The unit's rule (ValueFormat), as the headline and the tiles print it.
    const QString mean = ValueFormat::value(*phase.mean, unit);
    return phase.label.isEmpty()
               ? TrendPlot::tr("Mean %1", "mean value with its unit").arg(mean)
               : TrendPlot::tr("%1: mean %2", "phase label, mean value with its unit")
                     .arg(phase.label, mean);
}

struct PhaseLabel
{
    QString text;
    QString reason;
    double from = 0; // x of the phase's start
    double to = 0;   // and of its end
    double mean = 0;
};

// A label in the rows at the top of the plot.
struct BandLabel
{
    QString text;
    QString toolTip;
    double x = 0;
    QString objectName;
    int row = 0;
    bool leftOfX = false; // ends at x instead of starting there
};

// Where a phase label went: on its line (which end, above or below) or
// into the rows at the top.
struct PlacedPhase
{
    bool onLine = false;
    bool atEnd = false;
    bool below = false;
    BandLabel band;
};

// The axis rect a plot of theme's size will get: less the y axis' labels
// and title on the left, the slack for the time labels on the right, the
// time labels and a row of legend underneath.
QSizeF expectedAxisRect(const ChartTheme &theme)
{
    const double em = theme.basePixelSize();
    const QSizeF plot = theme.plotSize();
    return {std::max(1.0, plot.width() - 7.5 * em), std::max(1.0, plot.height() - 6 * em)};
}

void placeInRows(QList<BandLabel> &labels, LabelRows &rows, const QFontMetricsF &metrics, double em,
                 const std::function<double(double)> &pixelX, double axisWidth)
{
    for (BandLabel &label : labels) {
        const double width = metrics.horizontalAdvance(label.text) + em;
        const double at = pixelX(label.x);
        // Right of x unless that runs out of the plot.
        label.leftOfX = at + width > axisWidth;
        label.row = label.leftOfX ? rows.place(at - width, at) : rows.place(at, at + width);
    }
}

QList<PlacedPhase> placeOnLines(const QList<PhaseLabel> &labels, LabelPlacer &placer,
                                const QFontMetricsF &metrics, double em)
{
    QList<PlacedPhase> placed;
    const double pad = em * 0.3;
    for (const PhaseLabel &label : labels) {
        const QSizeF size(metrics.horizontalAdvance(label.text) + 2 * pad, metrics.height() + pad);
        const QPointF start = placer.pixel(label.from, label.mean);
        const QPointF end = placer.pixel(label.to, label.mean);
        PlacedPhase result;
        // Above the start, below it, above the end, below it.
        for (int candidate = 0; candidate < 4 && !result.onLine; ++candidate) {
            const bool atEnd = candidate >= 2;
            const bool below = candidate % 2 == 1;
            const double left = atEnd ? end.x() - size.width() : start.x();
            const double topEdge = below ? start.y() + pad * 0.5 : start.y() - size.height();
            const QRectF box(QPointF(left, topEdge), size);
            if (placer.fits(box)) {
                placer.block(box);
                result = {true, atEnd, below, {}};
            }
        }
        placed << result;
    }
    return placed;
}

void addBandLabel(QCustomPlot *plot, const BandLabel &band, QCPItemText *headline,
                  const ChartTheme &theme, double rowHeight, double em)
{
    QCPItemText *label =
        ChartStyler::addText(plot, band.text, theme, ChartTheme::Text::Label, theme.text());
    label->setObjectName(band.objectName);
    if (!band.toolTip.isEmpty())
        label->setProperty(ChartPlot::toolTipProperty(), band.toolTip);
    label->position->setTypeX(QCPItemPosition::ptPlotCoords);
    label->position->setTypeY(QCPItemPosition::ptAbsolute); // pixels under the anchor
    label->position->setParentAnchorY(band.row == 0 ? headline->topLeft : headline->bottomLeft);
    label->position->setCoords(band.x, band.row == 0 ? em * 0.3 : (band.row - 1) * rowHeight);
    label->setPositionAlignment((band.leftOfX ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignTop);
    label->setPadding(QMargins(qRound(em * 0.4), 0, qRound(em * 0.4), 0));
    label->setBrush(QColor(255, 255, 255, 220));
}

void addLineLabel(QCustomPlot *plot, const PhaseLabel &phase, const PlacedPhase &placed,
                  const ChartTheme &theme, double em)
{
    QCPItemText *label =
        ChartStyler::addText(plot, phase.text, theme, ChartTheme::Text::Label, theme.text());
    label->setObjectName(QStringLiteral("phaseLabel"));
    if (!phase.reason.isEmpty())
        label->setProperty(ChartPlot::toolTipProperty(), phase.reason);
    label->position->setCoords(placed.atEnd ? phase.to : phase.from, phase.mean);
    label->setPositionAlignment((placed.atEnd ? Qt::AlignRight : Qt::AlignLeft) |
                                (placed.below ? Qt::AlignTop : Qt::AlignBottom));
    const int pad = qRound(em * 0.3);
    label->setPadding(QMargins(pad, placed.below ? pad / 2 : 0, pad, placed.below ? 0 : pad / 2));
    label->setClipToAxisRect(true);
}

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
    QList<QCPAbstractPlottable *> legendOrder;
    QList<QCPAbstractPlottable *> limits;
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
        threshold->setPen(
            ChartStyler::pen(ChartPalette::vermillion(), theme.thinWidth() * 1.5, Qt::DashLine));
        target->setPen(
            ChartStyler::pen(ChartPalette::bluishGreen(), theme.thinWidth() * 1.5, Qt::DashLine));
        limits << target << threshold << band;
    } else {
        for (int i = 0; i < chart.series.size(); ++i) {
            const TrendSeries &s = chart.series[i];
            QCPGraph *target = addGraph(plot, QStringLiteral("target:") + s.code,
                                        tr("%1 target", "standard code").arg(s.code));
            setSteps(target, s.points, [](const TrendPoint &p) { return p.target; });
            target->setPen(
                ChartStyler::pen(ChartPalette::series(i), theme.thinWidth() * 1.5, Qt::DotLine));
            limits << target;
        }
    }

    // Phase means, dashed over their spans; their labels are placed below,
    // once it is known where there is room.
    QList<PhaseLabel> phaseLabels;
    for (int i = 0; i < chart.series.size(); ++i) {
        const TrendSeries &s = chart.series[i];
        const QColor colour = single ? ChartPalette::ink() : ChartPalette::series(i);
        for (const TrendPhase &phase : s.phases) {
            if (!phase.mean || !phase.span.isValid())
                continue;
            const double from = ChartCoordinates::periodStartX(phase.span);
            const double to = ChartCoordinates::periodEndX(phase.span);
            auto *line = new QCPItemLine(plot);
            line->setObjectName(QStringLiteral("phaseMean"));
            line->setSelectable(false);
            line->start->setCoords(from, *phase.mean);
            line->end->setCoords(to, *phase.mean);
            line->setPen(ChartStyler::pen(colour, theme.thinWidth() * 1.5, Qt::DashLine));
            if (!phase.reason.isEmpty())
                line->setProperty(ChartPlot::toolTipProperty(), phase.reason);
            if (single)
                phaseLabels << PhaseLabel{phaseText(phase, s.unit), phase.reason, from, to,
                                          *phase.mean};
        }
    }

    // The values on top of everything else.
    QList<QVector<QPointF>> lines;
    for (int i = 0; i < chart.series.size(); ++i) {
        const TrendSeries &s = chart.series[i];
        const QColor colour = single ? ChartPalette::blue() : ChartPalette::series(i);
        QCPGraph *graph =
            addGraph(plot, single ? QStringLiteral("values") : QStringLiteral("values:") + s.code,
                     single ? periodicName(chart.kind) : s.code);
        QVector<double> keys;
        QVector<double> values;
        QVector<QPointF> line;
        for (const TrendPoint &p : s.points) {
            keys << ChartCoordinates::periodMidX(p.period);
            values << (p.value ? *p.value : kNaN); // NaN: QCustomPlot breaks the line
            line << QPointF(keys.last(), values.last());
        }
        graph->setData(keys, values, true);
        graph->setPen(ChartStyler::pen(colour, theme.lineWidth()));
        graph->setScatterStyle(
            QCPScatterStyle(QCPScatterStyle::ssDisc, colour, colour, theme.markerSize()));
        legendOrder << graph;
        lines << line;
    }
    legendOrder << limits;

    // The headline top left; annotation labels in rows beside and under it.
    QCPItemText *headline =
        ChartStyler::addText(plot, chart.headline, theme, ChartTheme::Text::Headline, theme.text());
    headline->setObjectName(QStringLiteral("headline"));
    headline->position->setType(QCPItemPosition::ptAxisRectRatio);
    headline->position->setAxisRect(rect);
    headline->position->setCoords(0, 0);
    headline->setPositionAlignment(Qt::AlignLeft | Qt::AlignTop);
    headline->setPadding(QMargins(qRound(em * 0.4), qRound(em * 0.3), 0, 0));
    const QFontMetricsF headlineMetrics(headline->font());
    const double headlineRight =
        chart.headline.isEmpty()
            ? 0
            : em * 0.6 + headlineMetrics.horizontalAdvance(chart.headline) + em;
    const double headlineHeight =
        chart.headline.isEmpty() ? 0 : headlineMetrics.height() + em * 0.3;

    const QFont labelFont = theme.font(ChartTheme::Text::Label);
    const QFontMetricsF labelMetrics(labelFont);
    const double rowHeight = labelMetrics.height() * 1.15;
    const QSizeF axisPixels = expectedAxisRect(theme);
    const auto pixelX = [&](double x) {
        return (x - xLow) / (xHigh - xLow) * axisPixels.width();
    };

    LabelRows rows(headlineRight);
    QList<BandLabel> bandLabels;
    for (const TrendAnnotation &a : chart.annotations) {
        const double x = ChartCoordinates::xOfDate(a.date);
        QCPItemLine *line = ChartStyler::addVerticalLine(
            plot, rect, x, ChartStyler::pen(theme.mutedText(), theme.thinWidth(), Qt::DashLine));
        line->setObjectName(QStringLiteral("annotation"));
        line->setProperty(ChartPlot::toolTipProperty(), a.reason);
        const QString text =
            tr("%1 · %2", "annotation: date, label")
                .arg(
                    QLocale().toString(a.date, tr("d MMM yyyy", "annotation date: a QDate format")),
                    a.label);
        bandLabels << BandLabel{text, a.reason, x, QStringLiteral("annotationLabel"), 0, false};
    }
    placeInRows(bandLabels, rows, labelMetrics, em, pixelX, axisPixels.width());

    // Phase labels go on their mean lines where the data leaves room, else
    // into the rows at the top; each row added there lowers the data, so
    // try again until the rows stay as they are.
    ValueRange values = valueRangeOf(chart, single);
    for (const TrendSeries &s : chart.series) {
        for (const TrendPhase &phase : s.phases)
            values.add(phase.mean);
    }
    if (values.isEmpty())
        values = {0, 1};
    const double low = values.low >= 0 ? 0 : values.low - (values.high - values.low) * 0.05;
    const double high = values.high > low ? values.high : low + 1;
    double top = high;
    QList<PlacedPhase> placed;
    int rowsUnder = rows.rowsUnderHeadline();
    for (int attempt = 0; attempt < 4; ++attempt) {
        const double band = headlineHeight + rowsUnder * rowHeight + em * 0.8;
        const double share = std::clamp(band / axisPixels.height(), 0.06, 0.5);
        top = low + (high - low) * 1.04 / (1 - share);

        LabelPlacer placer(xLow, xHigh, low, top, axisPixels);
        placer.reserveTop(band);
        for (const QVector<QPointF> &line : lines)
            placer.blockLine(line, theme.markerSize() / 2 + em * 0.2);
        for (const TrendAnnotation &a : chart.annotations) {
            const double x = pixelX(ChartCoordinates::xOfDate(a.date));
            placer.block(QRectF(x - 1, 0, 2, axisPixels.height()));
        }
        LabelRows trial = rows;
        QList<BandLabel> extra;
        placed = placeOnLines(phaseLabels, placer, labelMetrics, em);
        for (qsizetype i = 0; i < phaseLabels.size(); ++i) {
            if (!placed[i].onLine)
                extra << BandLabel{phaseLabels[i].text,
                                   phaseLabels[i].reason,
                                   phaseLabels[i].from,
                                   QStringLiteral("phaseLabel"),
                                   0,
                                   false};
        }
        placeInRows(extra, trial, labelMetrics, em, pixelX, axisPixels.width());
        if (trial.rowsUnderHeadline() <= rowsUnder || attempt == 3) {
            for (qsizetype i = 0, e = 0; i < phaseLabels.size(); ++i) {
                if (!placed[i].onLine)
                    placed[i].band = extra[e++];
            }
            break;
        }
        rowsUnder = trial.rowsUnderHeadline();
    }

    for (const BandLabel &label : bandLabels)
        addBandLabel(plot, label, headline, theme, rowHeight, em);
    for (qsizetype i = 0; i < phaseLabels.size(); ++i) {
        if (placed[i].onLine)
            addLineLabel(plot, phaseLabels[i], placed[i], theme, em);
        else
            addBandLabel(plot, placed[i].band, headline, theme, rowHeight, em);
    }

    plot->yAxis->setRange(low, top);
    plot->yAxis->setLabel(unitsOf(chart));
    plot->xAxis->setTicker(QSharedPointer<PeriodAxisTicker>::create(plot->xAxis, chart.kind));
    plot->xAxis->setRange(xLow, xHigh);
    plot->xAxis->grid()->setVisible(false);

    ChartStyler::apply(plot, theme);
    ChartStyler::placeLegendBelow(plot, theme, legendOrder);
    const int slack = qRound(PeriodAxisTicker::edgeSlack(theme.font(ChartTheme::Text::Tick)));
    rect->setMinimumMargins(QMargins(slack, qRound(em * 0.5), slack, 0));
}

} // namespace Yardstick
