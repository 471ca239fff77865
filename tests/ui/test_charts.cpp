// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "catchqt.h"
#include "charts/chartcoordinates.h"
#include "charts/chartpalette.h"
#include "charts/chartplot.h"
#include "charts/charttext.h"
#include "charts/charttheme.h"
#include "charts/departmentplot.h"
#include "charts/heatmapplot.h"
#include "charts/periodaxisticker.h"
#include "charts/qcustomplotshim.h"
#include "export/chartexporter.h"
#include "test_chartsamples.h"

#include <QFontMetricsF>
#include <QImage>
#include <QLocale>
#include <QSet>

#include <cmath>
#include <memory>

using namespace Yardstick;

namespace {

// Unix times of midnight UTC, from any epoch converter.
constexpr double k2023 = 1672531200;      // 2023-01-01
constexpr double k2024 = 1704067200;      // 2024-01-01
constexpr double kMarch2024 = 1709251200; // 2024-03-01: 2024-01-01 + (31 + 29) days
constexpr double k2026 = 1767225600;      // 2026-01-01
constexpr double kDay = 86400;

std::unique_ptr<QCustomPlot> newPlot()
{
    return std::unique_ptr<QCustomPlot>(createChartPlot(nullptr));
}

ChartTheme screenTheme(QSizeF size)
{
    ChartTheme theme = ChartTheme::screen(QFont(QStringLiteral("DejaVu Sans"), 9));
    theme.setPlotSize(size);
    return theme;
}

// Lays the plot out at width × height as drawing it there would, twice:
// ticks are chosen from the layout before.
void layOut(QCustomPlot *plot, int width, int height)
{
    for (int pass = 0; pass < 2; ++pass) {
        QImage image(width, height, QImage::Format_ARGB32_Premultiplied);
        QCPPainter painter(&image);
        plot->toPainter(&painter, width, height);
    }
}

template<class T = QCPGraph>
T *named(QCustomPlot *plot, const char *name)
{
    return plot->findChild<T *>(QLatin1String(name));
}

template<class T>
QList<T *> allNamed(QCustomPlot *plot, const char *name)
{
    return plot->findChildren<T *>(QLatin1String(name));
}

QVector<double> valuesOf(QCPGraph *graph)
{
    QVector<double> values;
    for (auto it = graph->data()->constBegin(); it != graph->data()->constEnd(); ++it)
        values << it->value;
    return values;
}

QVector<double> keysOf(QCPGraph *graph)
{
    QVector<double> keys;
    for (auto it = graph->data()->constBegin(); it != graph->data()->constEnd(); ++it)
        keys << it->key;
    return keys;
}

// The tick labels of a laid-out axis as rectangles in pixels.
QList<QRectF> labelRects(QCPAxis *axis)
{
    const QFontMetricsF metrics(axis->tickLabelFont());
    QList<QRectF> rects;
    const QVector<double> ticks = axis->tickVector();
    const QVector<QString> labels = axis->tickVectorLabels();
    for (qsizetype i = 0; i < ticks.size(); ++i) {
        const double centre = axis->coordToPixel(ticks[i]);
        const double width = metrics.horizontalAdvance(labels[i]);
        rects << QRectF(centre - width / 2, 0, width, metrics.height());
    }
    return rects;
}

} // namespace

TEST_CASE("a trend chart draws its values at period midpoints with a gap where a month has no data")
{
    auto plot = newPlot();
    const TrendChart chart = ChartSamples::turnaroundTrend();
    ChartPlot::populate(plot.get(), chart, screenTheme({900, 500}));

    QCPGraph *values = named(plot.get(), "values");
    REQUIRE(values);
    REQUIRE(values->dataCount() == 36);
    // January 2023 runs 31 days: its midpoint is 15.5 days in.
    CHECK(keysOf(values).first() == k2023 + 15.5 * kDay);
    CHECK(std::isnan(valuesOf(values).at(7))); // August 2023: the line breaks
    CHECK(valuesOf(values).at(0) == Approx(*ChartSamples::turnaroundValue(0)));
    CHECK(values->scatterStyle().shape() == QCPScatterStyle::ssDisc);

    // The x axis spans the first day of January 2023 to the end of December 2025.
    CHECK(plot->xAxis->range().lower == k2023);
    CHECK(plot->xAxis->range().upper == k2026);
    CHECK(plot->yAxis->label() == QStringLiteral("days"));
    CHECK(plot->yAxis->range().lower == 0);
    CHECK(dynamic_cast<PeriodAxisTicker *>(plot->xAxis->ticker().data()));
}

TEST_CASE("a trend chart draws target and threshold as steps with the band between them")
{
    auto plot = newPlot();
    TrendChart chart = ChartSamples::turnaroundTrend();
    // The target tightens from 20 to 15 in January 2024 (month 12).
    for (int i = 0; i < 12; ++i)
        chart.series[0].points[i].target = 20, chart.series[0].points[i].threshold = 25;
    ChartPlot::populate(plot.get(), chart, screenTheme({900, 500}));

    QCPGraph *target = named(plot.get(), "target");
    QCPGraph *threshold = named(plot.get(), "threshold");
    QCPGraph *band = named(plot.get(), "band");
    REQUIRE(target);
    REQUIRE(threshold);
    REQUIRE(band);
    // Held over whole months: two points a month, the step at the first of January 2024.
    const QVector<double> keys = keysOf(target);
    const QVector<double> values = valuesOf(target);
    REQUIRE(keys.size() == 72);
    CHECK(keys[23] == k2024);
    CHECK(values[23] == 20);
    CHECK(keys[24] == k2024);
    CHECK(values[24] == 15);
    CHECK(values.last() == 15);
    CHECK(valuesOf(threshold).last() == 20);
    CHECK(band->channelFillGraph() == threshold);
    CHECK(band->brush().style() != Qt::NoBrush);
    CHECK(target->pen().style() == Qt::DashLine);
}

TEST_CASE("a trend chart marks each phase's mean, the annotation and the headline")
{
    auto plot = newPlot();
    const TrendChart chart = ChartSamples::turnaroundTrend();
    ChartPlot::populate(plot.get(), chart, screenTheme({900, 500}));

    const auto means = allNamed<QCPItemLine>(plot.get(), "phaseMean");
    REQUIRE(means.size() == 2);
    const TrendPhase &before = chart.series[0].phases[0];
    CHECK(means[0]->start->coords().y() == Approx(*before.mean));
    CHECK(means[0]->end->coords().y() == Approx(*before.mean));
    CHECK(means[0]->start->coords().x() == k2023);
    CHECK(means[0]->end->coords().x() == kMarch2024);
    CHECK(means[0]->pen().style() == Qt::DashLine);
    const auto phaseLabels = allNamed<QCPItemText>(plot.get(), "phaseLabel");
    REQUIRE(phaseLabels.size() == 2);
    CHECK(phaseLabels[0]->text().startsWith(QStringLiteral("Before the quality programme")));

    const auto annotations = allNamed<QCPItemLine>(plot.get(), "annotation");
    REQUIRE(annotations.size() == 1);
    CHECK(annotations[0]->start->coords().x() == kMarch2024);
    CHECK(annotations[0]->pen().style() == Qt::DashLine);
    const auto labels = allNamed<QCPItemText>(plot.get(), "annotationLabel");
    REQUIRE(labels.size() == 1);
    CHECK(labels[0]->text() == QStringLiteral("1 Mar 2024 · Quality programme starts"));
    CHECK(labels[0]->property(ChartPlot::toolTipProperty()).toString() ==
          QStringLiteral("Triage desk and daily huddles"));

    auto *headline = named<QCPItemText>(plot.get(), "headline");
    REQUIRE(headline);
    CHECK(headline->text() == QStringLiteral("35 → 15 days"));
    CHECK(headline->font().bold());

    // The headline and labels sit in room kept free above the highest value.
    layOut(plot.get(), 900, 500);
    double highest = 0;
    for (double v : valuesOf(named(plot.get(), "values")))
        highest = std::isnan(v) ? highest : std::max(highest, v);
    const double highestPixel = plot->yAxis->coordToPixel(highest);
    CHECK(headline->bottomLeft->pixelPosition().y() < highestPixel);
    CHECK(labels[0]->bottom->pixelPosition().y() < highestPixel);
}

TEST_CASE("the annotation's reason is the tool tip at its line")
{
    auto plot = newPlot();
    ChartPlot::populate(plot.get(), ChartSamples::turnaroundTrend(), screenTheme({900, 500}));
    layOut(plot.get(), 900, 500);
    const double x = plot->xAxis->coordToPixel(kMarch2024);
    const double y = plot->yAxis->coordToPixel(5);
    CHECK(ChartPlot::toolTipAt(plot.get(), QPointF(x + 1, y)) ==
          QStringLiteral("Triage desk and daily huddles"));
    CHECK(ChartPlot::toolTipAt(plot.get(), QPointF(x + 100, y)).isEmpty());
}

TEST_CASE("overlaid trend series each get their own colour and a legend entry")
{
    auto plot = newPlot();
    TrendChart chart = ChartSamples::turnaroundTrend();
    TrendSeries second = chart.series[0];
    second.code = QStringLiteral("APP-T-02");
    chart.series << second;
    ChartPlot::populate(plot.get(), chart, screenTheme({900, 500}));

    QCPGraph *a = named(plot.get(), "values:APP-T-01");
    QCPGraph *b = named(plot.get(), "values:APP-T-02");
    REQUIRE(a);
    REQUIRE(b);
    CHECK(a->pen().color() != b->pen().color());
    CHECK(plot->legend->hasItemWithPlottable(a));
    CHECK(plot->legend->hasItemWithPlottable(b));
    CHECK(plot->legend->itemWithPlottable(a)->visible());
    CHECK_FALSE(named(plot.get(), "band"));
}

TEST_CASE("period ticks at calendar periods carry their names")
{
    const QLocale c = QLocale::c();
    using U = PeriodAxisTicker::Unit;
    CHECK(PeriodAxisTicker::label(U::Week, QDate(2025, 1, 27), c) == QStringLiteral("W05 2025"));
    // 30 December 2024 is a Monday in ISO week 1 of 2025.
    CHECK(PeriodAxisTicker::label(U::Week, QDate(2024, 12, 30), c) == QStringLiteral("W01 2025"));
    CHECK(PeriodAxisTicker::label(U::Month, QDate(2025, 2, 1), c) == QStringLiteral("Feb 2025"));
    CHECK(PeriodAxisTicker::label(U::Quarter, QDate(2025, 4, 1), c) == QStringLiteral("Q2 2025"));
    CHECK(PeriodAxisTicker::label(U::Year, QDate(2025, 1, 1), c) == QStringLiteral("2025"));
}

TEST_CASE(
    "the period ticker labels every month when there is room and whole years when there is little")
{
    const QFont font(QStringLiteral("DejaVu Sans"), 9);
    const QCPRange twoYears(k2024, k2026);
    const auto wide =
        PeriodAxisTicker::choose(twoYears, 5000, font, PeriodKind::Month, QLocale::c(), 0);
    CHECK(wide.unit == PeriodAxisTicker::Unit::Month);
    CHECK(wide.step == 1);
    REQUIRE(wide.positions.size() == 24);
    CHECK(wide.positions.first() == k2024 + 15.5 * kDay); // mid January 2024
    CHECK(wide.labels.first() == QStringLiteral("Jan 2024"));
    CHECK(wide.labels.last() == QStringLiteral("Dec 2025"));

    const auto narrow =
        PeriodAxisTicker::choose(twoYears, 150, font, PeriodKind::Month, QLocale::c(), 0);
    CHECK(narrow.unit == PeriodAxisTicker::Unit::Year);
    CHECK(narrow.labels == QVector<QString>{QStringLiteral("2024"), QStringLiteral("2025")});

    // Quarterly data is never labelled by month.
    const auto quarterly =
        PeriodAxisTicker::choose(twoYears, 5000, font, PeriodKind::Quarter, QLocale::c(), 0);
    CHECK(quarterly.unit == PeriodAxisTicker::Unit::Quarter);
    CHECK(quarterly.labels.first() == QStringLiteral("Q1 2024"));
}

TEST_CASE("the time axis labels of a two-year monthly trend never overlap, whatever the width")
{
    TrendChart chart = ChartSamples::turnaroundTrend();
    chart.series[0].points = chart.series[0].points.mid(12); // January 2024 to December 2025
    chart.series[0].phases.clear();
    chart.annotations.clear();
    for (int width : {240, 320, 480, 640, 800, 1024, 1400, 2000, 3000}) {
        CAPTURE(width);
        auto plot = newPlot();
        ChartPlot::populate(plot.get(), chart, screenTheme(QSizeF(width, 400)));
        layOut(plot.get(), width, 400);
        const QList<QRectF> rects = labelRects(plot->xAxis);
        CHECK(rects.size() >= 1);
        for (qsizetype i = 0; i < rects.size(); ++i) {
            CHECK(rects[i].left() >= 0);
            CHECK(rects[i].right() <= width);
            if (i > 0)
                CHECK(rects[i - 1].right() < rects[i].left());
        }
        if (width >= 2000) // room for every month
            CHECK(rects.size() == 24);
    }
}

TEST_CASE(
    "a control chart draws flagged points apart, by shape and colour, and excluded points hollow")
{
    auto plot = newPlot();
    const StandardControlChart chart = ChartSamples::turnaroundControlChart();
    ChartPlot::populate(plot.get(), chart, screenTheme({900, 600}));

    QCPGraph *flagged = named(plot.get(), "flagged");
    QCPGraph *points = named(plot.get(), "points");
    QCPGraph *excluded = named(plot.get(), "excluded");
    REQUIRE(flagged);
    REQUIRE(points);
    REQUIRE(excluded);
    // Points 8 and 17 are flagged, point 4 excluded, the other 21 ordinary.
    CHECK(valuesOf(flagged) == QVector<double>{30.5, 21.2});
    CHECK(flagged->dataCount() == 2);
    CHECK(excluded->dataCount() == 1);
    CHECK(points->dataCount() == 21);
    CHECK(named(plot.get(), "values")->dataCount() == 24);
    // August 2024 (point 8): 1 August 2024 is 213 days into 2024, the month 31 days.
    CHECK(keysOf(flagged).first() == k2024 + (213 + 15.5) * kDay);
    CHECK(flagged->scatterStyle().shape() != points->scatterStyle().shape());
    CHECK(flagged->scatterStyle().brush().color() != points->scatterStyle().brush().color());
    CHECK(excluded->scatterStyle().shape() == QCPScatterStyle::ssCircle);
    CHECK(excluded->scatterStyle().brush().color() == QColor(Qt::white));
    CHECK(flagged->property(ChartPlot::toolTipProperty())
              .toStringList()
              .first()
              .contains(QStringLiteral("3 standard errors")));
}

TEST_CASE("a control chart steps its limits at a phase and marks the boundary")
{
    auto plot = newPlot();
    const StandardControlChart chart = ChartSamples::turnaroundControlChart();
    ChartPlot::populate(plot.get(), chart, screenTheme({900, 600}));

    const QVector<double> ucl = valuesOf(named(plot.get(), "ucl"));
    REQUIRE(ucl.size() == 48);
    CHECK(ucl.first() == 28);
    CHECK(ucl.last() == 22);
    CHECK(valuesOf(named(plot.get(), "lcl")).last() == 10);
    CHECK(valuesOf(named(plot.get(), "centre")).first() == 20);
    CHECK(valuesOf(named(plot.get(), "target")) == QVector<double>{18, 18});

    // The boundary lies halfway between December 2024 and January 2025 and
    // runs through both charts.
    const auto boundaries = allNamed<QCPItemLine>(plot.get(), "phaseBoundary");
    REQUIRE(boundaries.size() == 2);
    const double december = ChartCoordinates::periodMidX({QDate(2024, 12, 1), QDate(2024, 12, 31)});
    const double january = ChartCoordinates::periodMidX({QDate(2025, 1, 1), QDate(2025, 1, 31)});
    CHECK(boundaries[0]->start->coords().x() == (december + january) / 2);
    const auto phaseLabels = allNamed<QCPItemText>(plot.get(), "phaseLabel");
    REQUIRE(phaseLabels.size() == 2);
    CHECK(phaseLabels[1]->text().remove(QLatin1Char('\n')).remove(QLatin1Char(' ')) ==
          QStringLiteral("Afterthequalityprogramme"));

    const auto letters = allNamed<QCPItemText>(plot.get(), "complaints");
    REQUIRE(letters.size() == 2);
    CHECK(letters[0]->text() == QStringLiteral("5"));
}

TEST_CASE("a control chart's moving range sits in its own axis rect on the same time axis")
{
    auto plot = newPlot();
    ChartPlot::populate(plot.get(), ChartSamples::turnaroundControlChart(),
                        screenTheme({900, 600}));
    REQUIRE(plot->axisRectCount() == 2);
    QCPGraph *mr = named(plot.get(), "dispersion");
    REQUIRE(mr);
    CHECK(mr->dataCount() == 23);
    CHECK(mr->keyAxis()->axisRect() == plot->axisRect(1));
    CHECK(valuesOf(named(plot.get(), "dispersionUcl")).first() == 9.8);
    QCPAxis *topX = plot->axisRect(0)->axis(QCPAxis::atBottom);
    QCPAxis *bottomX = plot->axisRect(1)->axis(QCPAxis::atBottom);
    CHECK(topX->range() == bottomX->range());
    topX->setRange(k2024, k2026);
    CHECK(bottomX->range() == QCPRange(k2024, k2026));
    CHECK_FALSE(topX->tickLabels());
    CHECK(plot->axisRect(1)->axis(QCPAxis::atLeft)->label() == QStringLiteral("Moving range"));
}

TEST_CASE("a p chart is drawn in percent")
{
    StandardControlChart chart = ChartSamples::turnaroundControlChart();
    chart.chart.kind = ControlChartType::P;
    for (ChartPoint &p : chart.chart.primary.points)
        p.value /= 100, p.center /= 100, p.lcl /= 100, p.ucl /= 100;
    chart.target = 0.18;
    auto plot = newPlot();
    ChartPlot::populate(plot.get(), chart, screenTheme({900, 600}));
    CHECK(valuesOf(named(plot.get(), "flagged")).first() == Approx(30.5));
    CHECK(valuesOf(named(plot.get(), "target")).first() == Approx(18));
    CHECK(plot->axisRect(0)->axis(QCPAxis::atLeft)->label() == QStringLiteral("Proportion (%)"));
}

TEST_CASE(
    "a Pareto chart has its bars in order, Other in grey, the cumulative share and an 80% line")
{
    auto plot = newPlot();
    const ParetoChart chart = ChartSamples::complaintPareto();
    ChartPlot::populate(plot.get(), chart, screenTheme({900, 500}));

    auto *vital = named<QCPBars>(plot.get(), "vitalFew");
    auto *rest = named<QCPBars>(plot.get(), "rest");
    auto *other = named<QCPBars>(plot.get(), "other");
    REQUIRE(vital);
    REQUIRE(rest);
    REQUIRE(other);
    CHECK(vital->dataCount() == 4);
    CHECK(rest->dataCount() == 2);
    REQUIRE(other->dataCount() == 1);
    CHECK(other->data()->at(0)->key == 7);
    CHECK(other->data()->at(0)->value == 7);
    const QColor grey = other->brush().color();
    CHECK(grey.red() == grey.green());
    CHECK(grey.green() == grey.blue());

    QCPGraph *cumulative = named(plot.get(), "cumulative");
    REQUIRE(cumulative);
    CHECK(cumulative->valueAxis() == plot->yAxis2);
    // 42 of 110 letters after the first bar: 38.18%; all after the last.
    CHECK(valuesOf(cumulative).at(0) == Approx(42.0 / 110 * 100));
    CHECK(valuesOf(cumulative).last() == Approx(100));
    CHECK(plot->yAxis2->visible());
    CHECK(plot->yAxis2->range().lower == 0);
    CHECK(plot->yAxis2->range().upper >= 100);
    // The left axis runs to the total on the same scale as the right one.
    CHECK(plot->yAxis->range().upper / 110 == Approx(plot->yAxis2->range().upper / 100));

    auto *eighty = named<QCPItemLine>(plot.get(), "eightyPercent");
    REQUIRE(eighty);
    CHECK(eighty->start->valueAxis() == plot->yAxis2);
    CHECK(eighty->start->coords().y() == 80);
    CHECK(eighty->end->coords().y() == 80);
    CHECK(eighty->pen().style() == Qt::DashLine);
}

TEST_CASE("a heat map colours a cell per standard and period and labels rows by code")
{
    auto plot = newPlot();
    const HeatmapChart chart = ChartSamples::heatmap(10, 12);
    ChartPlot::populate(plot.get(), chart, screenTheme({900, 500}));
    const auto cells = allNamed<QCPItemRect>(plot.get(), "cell");
    REQUIRE(cells.size() == 120);
    // Row 0, column 0 is "met".
    CHECK(cells[0]->brush().color() == ChartPalette::status(ComplianceStatus::Met));
    auto *rows = dynamic_cast<QCPAxisTickerText *>(plot->yAxis->ticker().data());
    REQUIRE(rows);
    CHECK(rows->ticks().value(0) == QStringLiteral("STD-01"));
    CHECK(rows->ticks().value(9) == QStringLiteral("STD-10"));
    CHECK(plot->yAxis->rangeReversed());
    for (const char *status : {"met", "atRisk", "breached", "noData"})
        CHECK(named(plot.get(), status));
    CHECK_FALSE(plot->findChild<QCPTextElement *>(QStringLiteral("truncationNote")));
}

TEST_CASE("a heat map keeps 40 standards legible on a slide")
{
    ChartExportOptions slide;
    const ChartTheme theme = ChartExporter::themeFor(slide);
    auto plot = newPlot();
    ChartPlot::populate(plot.get(), ChartSamples::heatmap(40, 12), theme);
    CHECK(allNamed<QCPItemRect>(plot.get(), "cell").size() == 480);
    CHECK_FALSE(plot->findChild<QCPTextElement *>(QStringLiteral("truncationNote")));

    const QSize size = theme.plotSize().toSize();
    layOut(plot.get(), size.width(), size.height());
    const double rowPitch = plot->yAxis->coordToPixel(1) - plot->yAxis->coordToPixel(0);
    CHECK(rowPitch >= QFontMetricsF(plot->yAxis->tickLabelFont()).height());
    CHECK(plot->yAxis->tickLabelFont().pixelSize() >= std::ceil(theme.minimumFontPixels()));
}

TEST_CASE("a heat map with more standards than fit shows the first ones and says so")
{
    ChartExportOptions slide;
    const ChartTheme theme = ChartExporter::themeFor(slide);
    auto plot = newPlot();
    ChartPlot::populate(plot.get(), ChartSamples::heatmap(120, 12), theme);
    const int shown = static_cast<int>(allNamed<QCPItemRect>(plot.get(), "cell").size() / 12);
    CHECK(shown >= 30);
    CHECK(shown < 120);
    auto *note = plot->findChild<QCPTextElement *>(QStringLiteral("truncationNote"));
    REQUIRE(note);
    CHECK(note->text() == QStringLiteral("Showing the first %1 of 120 standards").arg(shown));
    CHECK(plot->yAxis->tickLabelFont().pixelSize() == std::ceil(theme.minimumFontPixels()));

    const QSize size = theme.plotSize().toSize();
    layOut(plot.get(), size.width(), size.height());
    const double rowPitch = plot->yAxis->coordToPixel(1) - plot->yAxis->coordToPixel(0);
    CHECK(rowPitch >= QFontMetricsF(plot->yAxis->tickLabelFont()).height());
}

TEST_CASE("a heat map with more standards than fit is cut into pages that show them all")
{
    ChartExportOptions slide;
    const ChartTheme theme = ChartExporter::themeFor(slide);
    const HeatmapChart chart = ChartSamples::heatmap(120, 12);
    const int perPage = HeatmapPlot::rowsPerPage(chart, theme);
    CHECK(perPage >= 30);
    CHECK(perPage < 120);
    const QList<HeatmapChart> pages = heatmapPages(chart, perPage);
    // ceil(120 / perPage) pages.
    CHECK(pages.size() == (120 + perPage - 1) / perPage);
    QSet<QString> seen;
    for (const HeatmapChart &page : pages) {
        auto plot = newPlot();
        ChartPlot::populate(plot.get(), page, theme);
        // Every row of the page is drawn: none is cut for the note's line.
        CHECK(allNamed<QCPItemRect>(plot.get(), "cell").size() == page.rows.size() * 12);
        CHECK_FALSE(plot->findChild<QCPTextElement *>(QStringLiteral("truncationNote")));
        auto *note = plot->findChild<QCPTextElement *>(QStringLiteral("pageNote"));
        REQUIRE(note);
        CHECK(note->text() == page.pageNote);
        auto *rows = dynamic_cast<QCPAxisTickerText *>(plot->yAxis->ticker().data());
        REQUIRE(rows);
        for (const QString &code : rows->ticks())
            seen.insert(code);
        CHECK(plot->yAxis->tickLabelFont().pixelSize() >= std::ceil(theme.minimumFontPixels()));
    }
    CHECK(seen.size() == 120);
    for (int r = 1; r <= 120; ++r)
        CHECK(seen.contains(QStringLiteral("STD-%1").arg(r, 2, 10, QLatin1Char('0'))));
}

TEST_CASE("Pareto labels wrap whole or turn, and are never cut short")
{
    ParetoChart chart = ChartSamples::complaintPareto();
    chart.bars[0].label = QStringLiteral("Application processing");
    chart.bars[1].label = QStringLiteral("Replacement card issuance and delivery");
    const auto labelsOf = [](QCustomPlot *plot) {
        auto *ticker = dynamic_cast<QCPAxisTickerText *>(plot->xAxis->ticker().data());
        REQUIRE(ticker);
        QStringList labels;
        for (const QString &label : ticker->ticks())
            labels.append(QString(label).replace(QLatin1Char('\n'), QLatin1Char(' ')));
        return labels;
    };
    SECTION("wide: wrapped onto lines at spaces, every word kept, not turned")
    {
        auto plot = newPlot();
        ChartPlot::populate(plot.get(), chart, screenTheme({1400, 600}));
        const QStringList labels = labelsOf(plot.get());
        CHECK(labels.contains(QStringLiteral("Application processing")));
        CHECK(labels.contains(QStringLiteral("Replacement card issuance and delivery")));
        CHECK(plot->xAxis->tickLabelRotation() == 0);
    }
    SECTION("narrow: a word wider than its slot turns the labels, whole")
    {
        auto plot = newPlot();
        ChartPlot::populate(plot.get(), chart, screenTheme({420, 500}));
        const QStringList labels = labelsOf(plot.get());
        CHECK(labels.contains(QStringLiteral("Application processing")));
        CHECK(labels.contains(QStringLiteral("Replacement card issuance and delivery")));
        CHECK(plot->xAxis->tickLabelRotation() != 0);
    }
    auto plot = newPlot();
    ChartPlot::populate(plot.get(), chart, screenTheme({420, 500}));
    for (const QString &label : labelsOf(plot.get()))
        CHECK_FALSE(label.contains(QStringLiteral("…")));
}

TEST_CASE("a department chart shows each department's share met as a labelled bar")
{
    auto plot = newPlot();
    const DepartmentChart chart = ChartSamples::departments();
    ChartPlot::populate(plot.get(), chart, screenTheme({900, 500}));
    auto *share = named<QCPBars>(plot.get(), "share");
    REQUIRE(share);
    CHECK(share->keyAxis() == plot->yAxis);           // horizontal bars
    CHECK(share->dataCount() == 5);                   // Planning assessed nothing
    CHECK(share->data()->at(1)->value == Approx(80)); // 12 of 15
    const auto labels = allNamed<QCPItemText>(plot.get(), "barLabel");
    REQUIRE(labels.size() == 6);
    // 12 / 15 = 80.0%: a percentage to one decimal, as the department table.
    CHECK(labels[1]->text() == QStringLiteral("12 of 15 (80.0%)"));
    CHECK(labels[2]->text() == QStringLiteral("15 of 15 (100.0%)"));
    CHECK(labels[5]->text() == QStringLiteral("No standard assessed"));
    CHECK(plot->xAxis->range() == QCPRange(0, 100));
}

TEST_CASE("populating a plot again replaces what it drew before")
{
    auto plot = newPlot();
    ChartPlot::populate(plot.get(), ChartSamples::turnaroundControlChart(),
                        screenTheme({900, 600}));
    ChartPlot::populate(plot.get(), ChartSamples::complaintPareto(), screenTheme({900, 600}));
    CHECK(plot->axisRectCount() == 1);
    CHECK_FALSE(named(plot.get(), "flagged"));
    CHECK(allNamed<QCPItemLine>(plot.get(), "phaseBoundary").isEmpty());
    CHECK(named<QCPBars>(plot.get(), "vitalFew"));
    layOut(plot.get(), 800, 500); // and it still draws
}

TEST_CASE("the print theme has no interactions and pixel-sized fonts that grow with the plot")
{
    const ChartTheme small = ChartTheme::print({700, 350});
    const ChartTheme large = ChartTheme::print({1100, 600});
    CHECK(small.font(ChartTheme::Text::Tick).pixelSize() > 0);
    CHECK(large.font(ChartTheme::Text::Tick).pixelSize() >
          small.font(ChartTheme::Text::Tick).pixelSize());
    CHECK(small.font(ChartTheme::Text::Headline).pixelSize() >
          2 * small.font(ChartTheme::Text::Tick).pixelSize());
    auto plot = newPlot();
    ChartPlot::populate(plot.get(), ChartSamples::turnaroundTrend(), small);
    CHECK(plot->interactions() == QCP::Interactions());
    ChartPlot::populate(plot.get(), ChartSamples::turnaroundTrend(), screenTheme({800, 500}));
    CHECK(plot->interactions().testFlag(QCP::iRangeZoom));
}

namespace {

// The expected strings are written for the C locale; the guard restores the
// default it found.
struct CLocaleGuard
{
    QLocale saved;
    CLocaleGuard() { QLocale::setDefault(QLocale::c()); }
    ~CLocaleGuard() { QLocale::setDefault(saved); }
};

} // namespace

TEST_CASE("chart axes group thousands as the tables do")
{
    CLocaleGuard c;
    auto plot = newPlot();
    plot->resize(800, 500);
    plot->yAxis->setRange(0, 20000);
    plot->replot();
    // QCustomPlot's own locale would write 10000; the tables write 10,000.
    const QVector<QString> labels = plot->yAxis->tickVectorLabels();
    CHECK(labels.contains(QStringLiteral("10,000")));
    CHECK_FALSE(labels.contains(QStringLiteral("10000")));
}

TEST_CASE("numbers on charts follow the one number rule")
{
    CLocaleGuard c;
    // Counts whole with separators; anything else to one decimal (not the
    // old "whole numbers from 10 up": 35.7 stays 35.7, as the tile says).
    CHECK(ChartText::value(1204) == QStringLiteral("1,204"));
    CHECK(ChartText::value(7) == QStringLiteral("7"));
    CHECK(ChartText::value(35.7) == QStringLiteral("35.7"));
    CHECK(ChartText::value(2.25) == QStringLiteral("2.3"));
    CHECK(ChartText::value(-0.01) == QStringLiteral("0.0"));

    // A control chart's target reads with its unit, as a target does in the
    // scorecard: 15 days.
    auto plot = newPlot();
    StandardControlChart chart = ChartSamples::turnaroundControlChart();
    chart.unit = QStringLiteral("days [2]");
    chart.target = 15;
    ChartPlot::populate(plot.get(), chart, screenTheme({900, 500}));
    QCPGraph *target = named(plot.get(), "target");
    REQUIRE(target);
    CHECK(target->name() == QStringLiteral("Target (15 days)"));
    // The unit's decimals bracket is never shown on the axis.
    CHECK(plot->axisRect()->axis(QCPAxis::atLeft)->label() == QStringLiteral("Value (days)"));
}
