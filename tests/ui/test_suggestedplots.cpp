// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "catchqt.h"
#include "charts/chartcoordinates.h"
#include "charts/chartpalette.h"
#include "charts/chartplot.h"
#include "charts/charttheme.h"
#include "charts/hatchedbars.h"
#include "charts/qcustomplotshim.h"
#include "export/chartexporter.h"

#include <QImage>
#include <QTemporaryDir>

#include <memory>

using namespace Yardstick;

// The classifier's suggestions are drawn apart from the confirmed counts:
// hatched, stacked on top, with one legend key.

namespace {

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

QCPBars *barsNamed(QCustomPlot *plot, const QString &name)
{
    for (QCPBars *bars : plot->findChildren<QCPBars *>()) {
        if (bars->name() == name)
            return bars;
    }
    return nullptr;
}

QStringList legendNames(QCustomPlot *plot)
{
    QStringList names;
    for (int i = 0; i < plot->legend->itemCount(); ++i) {
        if (auto *item = qobject_cast<QCPPlottableLegendItem *>(plot->legend->item(i)))
            names << item->plottable()->name();
    }
    return names;
}

// January and February 2025: timeliness confirmed 2 and 1, suggested 1 and
// 1; accuracy confirmed 1 and 1, suggested 1 and 1; unlabelled 0 and 2.
ComplaintTrendChart trendSample()
{
    ComplaintTrendChart chart;
    chart.months << Period{QDate(2025, 1, 1), QDate(2025, 1, 31)}
                 << Period{QDate(2025, 2, 1), QDate(2025, 2, 28)};
    auto add = [&](const char *label, std::optional<qint64> id, QList<int> counts, int order,
                   bool suggested) {
        ComplaintTrendSeries s{QString::fromUtf8(label),    id,    counts,
                               counts.at(0) + counts.at(1), order, suggested};
        chart.series << s;
    };
    add("Timeliness", 1, {2, 1}, 0, false);
    add("Accuracy", 2, {1, 1}, 1, false);
    add("Timeliness (suggested, not confirmed)", 1, {1, 1}, 0, true);
    add("Accuracy (suggested, not confirmed)", 2, {1, 1}, 1, true);
    add("Not yet labelled", std::nullopt, {0, 2}, -1, false);
    chart.totals = {5, 6};
    chart.total = 11;
    chart.suggested = 4;
    chart.title = QStringLiteral("Complaint letters per month by dimension");
    return chart;
}

// Billing 3 confirmed + 3 suggested, Cards 2 + 2, unclassified 1 + 0.
ParetoChart paretoSample()
{
    ParetoChart chart;
    chart.bars = {{QStringLiteral("Billing"), 3, 50, false, 3},
                  {QStringLiteral("Cards"), 2, 500.0 / 6, false, 2},
                  {QStringLiteral("Not yet classified"), 1, 100, false, 0}};
    chart.total = 6;
    chart.suggested = 5;
    chart.vitalFew = 2;
    chart.weightLabel = QStringLiteral("Letters");
    chart.title = QStringLiteral("Complaint letters by service");
    return chart;
}

} // namespace

TEST_CASE("suggested dimensions are hatched in their colour, above the confirmed ones",
          "[charts][complaints][suggested]")
{
    auto plot = newPlot();
    ChartPlot::populate(plot.get(), trendSample(), screenTheme({900, 500}));

    const QList<QCPBars *> confirmed = plot->findChildren<QCPBars *>(QStringLiteral("dimension"));
    CHECK(confirmed.size() == 3); // timeliness, accuracy, unlabelled
    const QList<QCPBars *> suggested =
        plot->findChildren<QCPBars *>(QStringLiteral("suggestedDimension"));
    REQUIRE(suggested.size() == 2);

    QCPBars *timeliness = barsNamed(plot.get(), QStringLiteral("Timeliness"));
    QCPBars *accuracy = barsNamed(plot.get(), QStringLiteral("Accuracy"));
    auto *timelySuggested = dynamic_cast<HatchedBars *>(
        barsNamed(plot.get(), QStringLiteral("Timeliness (suggested, not confirmed)")));
    auto *accuracySuggested = dynamic_cast<HatchedBars *>(
        barsNamed(plot.get(), QStringLiteral("Accuracy (suggested, not confirmed)")));
    QCPBars *unlabelled = barsNamed(plot.get(), QStringLiteral("Not yet labelled"));
    REQUIRE(timeliness);
    REQUIRE(accuracy);
    REQUIRE(timelySuggested);
    REQUIRE(accuracySuggested);
    REQUIRE(unlabelled);
    // The stack: confirmed, then suggested, then unlabelled.
    CHECK(accuracy->barBelow() == timeliness);
    CHECK(timelySuggested->barBelow() == accuracy);
    CHECK(accuracySuggested->barBelow() == timelySuggested);
    CHECK(unlabelled->barBelow() == accuracySuggested);
    // Hatched in the dimension's own colour.
    CHECK(timelySuggested->colour() == ChartPalette::series(0));
    CHECK(accuracySuggested->colour() == ChartPalette::series(1));
    CHECK(timelySuggested->data()->at(0)->value == 1);

    // The legend names each dimension once and has one key for the hatching.
    const QStringList legend = legendNames(plot.get());
    CHECK(legend.size() == 4);
    CHECK(legend.contains(QStringLiteral("Timeliness")));
    CHECK_FALSE(legend.contains(QStringLiteral("Timeliness (suggested, not confirmed)")));
    CHECK(legend.contains(QStringLiteral("Hatched: suggested, not confirmed")));
    CHECK(plot->findChild<HatchedBars *>(QStringLiteral("suggestedKey")));
}

TEST_CASE("a dimension only suggested has its own hatched legend entry",
          "[charts][complaints][suggested]")
{
    ComplaintTrendChart chart = trendSample();
    // Assurance, the workbench's fifth dimension, has suggestions only.
    chart.series.insert(
        4, ComplaintTrendSeries{
               QStringLiteral("Assurance (suggested, not confirmed)"), 5, {0, 1}, 1, 4, true});
    chart.totals = {5, 7};
    chart.total = 12;
    chart.suggested = 5;
    auto plot = newPlot();
    ChartPlot::populate(plot.get(), chart, screenTheme({900, 500}));
    const QStringList legend = legendNames(plot.get());
    CHECK(legend.size() == 5);
    CHECK(legend.contains(QStringLiteral("Assurance (suggested, not confirmed)")));
    CHECK_FALSE(legend.contains(QStringLiteral("Timeliness (suggested, not confirmed)")));
    auto *assurance = dynamic_cast<HatchedBars *>(
        barsNamed(plot.get(), QStringLiteral("Assurance (suggested, not confirmed)")));
    REQUIRE(assurance);
    CHECK(assurance->colour() == ChartPalette::series(4));
}

TEST_CASE("a chart without suggestions has no hatching and no key for it",
          "[charts][complaints][suggested]")
{
    ComplaintTrendChart chart = trendSample();
    chart.series.removeAt(3);
    chart.series.removeAt(2);
    chart.suggested = 0;
    auto plot = newPlot();
    ChartPlot::populate(plot.get(), chart, screenTheme({900, 500}));
    CHECK(plot->findChildren<HatchedBars *>().isEmpty());
    CHECK(legendNames(plot.get()).size() == 3);
}

TEST_CASE("a Pareto bar carries its suggestions on top, hatched and outside the ranking",
          "[charts][pareto][suggested]")
{
    auto plot = newPlot();
    const ParetoChart chart = paretoSample();
    ChartPlot::populate(plot.get(), chart, screenTheme({900, 500}));

    auto *vital = plot->findChild<QCPBars *>(QStringLiteral("vitalFew"));
    REQUIRE(vital);
    // Billing and Cards are the vital few (50%, 83%): one hatched series on them.
    const QList<HatchedBars *> hatched =
        plot->findChildren<HatchedBars *>(QStringLiteral("suggested"));
    REQUIRE(hatched.size() == 1);
    CHECK(hatched.first()->barBelow() == vital);
    CHECK(hatched.first()->colour() == vital->brush().color());
    REQUIRE(hatched.first()->dataCount() == 2);
    CHECK(hatched.first()->data()->at(0)->key == 1);
    CHECK(hatched.first()->data()->at(0)->value == 3);
    CHECK(hatched.first()->data()->at(1)->value == 2);

    // The confirmed bars keep their own heights: 3, 2 (and 1 in the rest).
    CHECK(vital->data()->at(0)->value == 3);
    CHECK(vital->data()->at(1)->value == 2);

    // Values read "confirmed + suggested" over the whole stack.
    QStringList values;
    for (QCPItemText *text : plot->findChildren<QCPItemText *>(QStringLiteral("barValue")))
        values << text->text();
    CHECK(values.contains(QStringLiteral("3 + 3")));
    CHECK(values.contains(QStringLiteral("2 + 2")));
    CHECK(values.contains(QStringLiteral("1")));

    // Billing with its suggestions is 6 letters, as high as the total of 6:
    // the axis reaches above it, and 100% stays level with the total.
    CHECK(plot->yAxis->range().upper > 6);
    CHECK(plot->yAxis->range().upper / 6 == Approx(plot->yAxis2->range().upper / 100));
    CHECK(legendNames(plot.get())
              .contains(QStringLiteral("Hatched: suggested, not confirmed (not ranked)")));
}

TEST_CASE("a Pareto of suggestions only draws them without a cumulative line",
          "[charts][pareto][suggested]")
{
    ParetoChart chart;
    chart.bars = {{QStringLiteral("Cards"), 0, 0, false, 3}};
    chart.suggested = 3;
    auto plot = newPlot();
    ChartPlot::populate(plot.get(), chart, screenTheme({900, 500}));
    const QList<HatchedBars *> hatched =
        plot->findChildren<HatchedBars *>(QStringLiteral("suggested"));
    REQUIRE(hatched.size() == 1);
    CHECK(hatched.first()->data()->at(0)->value == 3);
    CHECK(plot->yAxis->range().upper > 3);
    auto *cumulative = plot->findChild<QCPGraph *>(QStringLiteral("cumulative"));
    REQUIRE(cumulative);
    CHECK_FALSE(cumulative->visible());
    CHECK_FALSE(plot->findChild<QCPItemLine *>(QStringLiteral("eightyPercent"))->visible());
}

TEST_CASE("hatched bars are drawn as a light fill crossed by lines of their colour",
          "[charts][suggested]")
{
    auto plot = newPlot();
    plot->resize(900, 500);
    ChartPlot::populate(plot.get(), paretoSample(), screenTheme({900, 500}));
    const QImage image = plot->toPixmap(900, 500).toImage();
    auto *hatched = plot->findChild<HatchedBars *>(QStringLiteral("suggested"));
    REQUIRE(hatched);
    // Billing's suggestions: from 3 to 6 letters at x = 1, the middle third
    // of its width, away from the outline.
    const int left = int(plot->xAxis->coordToPixel(1 - 0.12));
    const int right = int(plot->xAxis->coordToPixel(1 + 0.12));
    const int top = int(plot->yAxis->coordToPixel(5.5));
    const int bottom = int(plot->yAxis->coordToPixel(3.5));
    REQUIRE(right > left + 5);
    REQUIRE(bottom > top + 5);
    const QColor line = hatched->colour();
    const QColor fill = ChartPalette::tint(line, 0.25);
    int lines = 0;
    int fills = 0;
    const auto distance = [](QColor a, QColor b) {
        return std::abs(a.red() - b.red()) + std::abs(a.green() - b.green()) +
               std::abs(a.blue() - b.blue());
    };
    for (int y = top; y <= bottom; ++y) {
        for (int x = left; x <= right; ++x) {
            const QColor pixel = image.pixelColor(x, y);
            // Antialiased lines blend into the fill: nearer the line's colour
            // than the fill's is a line.
            if (distance(pixel, fill) < 30)
                ++fills;
            else if (distance(pixel, line) < distance(pixel, fill))
                ++lines;
        }
    }
    const int area = (right - left + 1) * (bottom - top + 1);
    // Both show, and neither covers the area: it is hatched, not solid.
    CHECK(lines > area / 10);
    CHECK(fills > area / 3);
    CHECK(lines + fills <= area);
}

TEST_CASE("hatched suggestions reach SVG exports as lines", "[charts][suggested][export]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    // Qt's SVG generator drops pattern brushes: the hatch must come as lines.
    const auto strokes = [&dir](const ComplaintTrendChart &trend, const QString &name) {
        const AnyChart chart = trend;
        ChartExportOptions options = ChartExporter::optionsFor(chart, QString());
        options.format = ChartExportOptions::Format::Svg;
        const QString path = dir.filePath(name);
        REQUIRE(ChartExporter::exportChart(chart, options, path).ok());
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadOnly));
        const QString svg = QString::fromUtf8(file.readAll());
        return svg.count(QStringLiteral("<polyline")) + svg.count(QStringLiteral("<line")) +
               svg.count(QStringLiteral("<path"));
    };
    ComplaintTrendChart plain = trendSample();
    plain.series.removeAt(3);
    plain.series.removeAt(2);
    plain.suggested = 0;
    // Four hatched month bars of 1 letter each on a 1920 x 1080 slide: each
    // crossed by several lines.
    CHECK(strokes(trendSample(), QStringLiteral("suggested.svg")) >
          strokes(plain, QStringLiteral("plain.svg")) + 4 * 3);
}
