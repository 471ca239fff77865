// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "catchqt.h"
#include "charts/chartcoordinates.h"
#include "charts/chartpalette.h"
#include "charts/chartplot.h"
#include "charts/charttheme.h"
#include "charts/periodaxisticker.h"
#include "charts/qcustomplotshim.h"
#include "export/chartexporter.h"

#include <QFileInfo>
#include <QImage>
#include <QTemporaryDir>

#include <memory>

using namespace Yardstick;

namespace {

// Twelve months of 2025 in three dimensions and a few unlabelled letters,
// with the programme starting on 3 March: 2025-01 has 10 letters in all.
ComplaintTrendChart sample()
{
    ComplaintTrendChart chart;
    QDate month(2025, 1, 1);
    for (int i = 0; i < 12; ++i) {
        chart.months << Period{month, month.addMonths(1).addDays(-1)};
        month = month.addMonths(1);
    }
    const QList<int> timeliness = {5, 6, 4, 3, 2, 2, 1, 2, 1, 1, 0, 1};
    const QList<int> accuracy = {3, 2, 3, 2, 2, 1, 2, 1, 1, 1, 1, 0};
    const QList<int> responsiveness = {1, 1, 2, 1, 1, 1, 0, 1, 1, 0, 1, 1};
    const QList<int> unlabelled = {1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 2};
    auto add = [&](const QString &label, std::optional<qint64> id, const QList<int> &counts,
                   int order) {
        ComplaintTrendSeries s{label, id, counts, 0, order};
        for (int c : counts)
            s.total += c;
        chart.series << s;
    };
    // The workbench's third dimension had no letters: responsiveness is fourth.
    add(QStringLiteral("Timeliness"), 1, timeliness, 0);
    add(QStringLiteral("Accuracy"), 2, accuracy, 1);
    add(QStringLiteral("Responsiveness"), 4, responsiveness, 3);
    add(QStringLiteral("Not yet labelled"), std::nullopt, unlabelled, -1);
    for (int i = 0; i < 12; ++i) {
        chart.totals << timeliness.at(i) + accuracy.at(i) + responsiveness.at(i) + unlabelled.at(i);
        chart.total += chart.totals.last();
    }
    chart.annotations << TrendAnnotation{QDate(2025, 3, 3), QStringLiteral("Quality programme"),
                                         QStringLiteral("Standards set from customer needs")};
    chart.title = QStringLiteral("Complaint letters per month by dimension");
    chart.subtitle = QStringLiteral("Letters received in 2025");
    chart.source = QStringLiteral("Source: complaint letters received 2025-01-02 to 2025-12-30");
    return chart;
}

ChartTheme screenTheme(QSizeF size)
{
    ChartTheme theme = ChartTheme::screen(QFont(QStringLiteral("DejaVu Sans"), 9));
    theme.setPlotSize(size);
    return theme;
}

} // namespace

TEST_CASE("complaints per month are stacked bars per month, a colour per dimension",
          "[charts][complaints]")
{
    std::unique_ptr<QCustomPlot> plot(createChartPlot(nullptr));
    const ComplaintTrendChart chart = sample();
    ChartPlot::populate(plot.get(), chart, screenTheme({1000, 600}));

    const QList<QCPBars *> bars = plot->findChildren<QCPBars *>(QStringLiteral("dimension"));
    REQUIRE(bars.size() == 4);
    // Each series stacks on the one before it, the first on the axis.
    QList<QCPBars *> byName;
    for (const char *name : {"Timeliness", "Accuracy", "Responsiveness", "Not yet labelled"}) {
        const auto found = std::find_if(bars.cbegin(), bars.cend(), [&](QCPBars *b) {
            return b->name() == QLatin1String(name);
        });
        REQUIRE(found != bars.cend());
        byName << *found;
    }
    CHECK(byName.at(0)->barBelow() == nullptr);
    CHECK(byName.at(1)->barBelow() == byName.at(0));
    CHECK(byName.at(3)->barBelow() == byName.at(2));

    // January's bar sits at January's midpoint (ChartCoordinates) with its count.
    const QCPBarsData january = *byName.at(0)->data()->at(0);
    CHECK(january.key == Approx(ChartCoordinates::periodMidX(chart.months.at(0))));
    CHECK(january.value == 5);
    // Timeliness has no letters in November: a bar for each of the other 11 months.
    CHECK(byName.at(0)->dataCount() == 11);

    // Okabe-Ito colours by each dimension's place in the workbench (so the
    // fourth dimension keeps the fourth colour), grey for the unlabelled.
    CHECK(byName.at(0)->brush().color() == ChartPalette::series(0));
    CHECK(byName.at(1)->brush().color() == ChartPalette::series(1));
    CHECK(byName.at(2)->brush().color() == ChartPalette::series(3));
    const QColor grey = byName.at(3)->brush().color();
    CHECK(grey.red() == grey.green());
    CHECK(grey.green() == grey.blue());

    // The axis reaches above the busiest month (January and February, 10 letters).
    CHECK(plot->yAxis->range().lower == 0);
    CHECK(plot->yAxis->range().upper > 10);
    CHECK(qSharedPointerDynamicCast<PeriodAxisTicker>(plot->xAxis->ticker()));
    // A month total over each bar that has letters (twelve months, none empty).
    const QList<QCPItemText *> totals =
        plot->findChildren<QCPItemText *>(QStringLiteral("monthTotal"));
    CHECK(totals.size() == 12);
    // The programme's line, with its reason as the tool tip.
    auto *line = plot->findChild<QCPItemLine *>(QStringLiteral("annotation"));
    REQUIRE(line);
    CHECK(line->start->coords().x() == Approx(ChartCoordinates::xOfDate(QDate(2025, 3, 3))));
    CHECK(plot->findChild<QCPItemText *>(QStringLiteral("annotationLabel")));
    // Legend: one entry per series.
    CHECK(plot->legend->itemCount() == 4);
}

TEST_CASE("complaints per month over three years leave the totals out where bars are narrow",
          "[charts][complaints]")
{
    ComplaintTrendChart chart;
    QDate month(2023, 1, 1);
    ComplaintTrendSeries series{QStringLiteral("Timeliness"), 1, {}, 0, 0};
    for (int i = 0; i < 36; ++i) {
        chart.months << Period{month, month.addMonths(1).addDays(-1)};
        month = month.addMonths(1);
        series.counts << 120; // three-digit totals cannot sit over a 36th of 400 pixels
        chart.totals << 120;
    }
    chart.series << series;
    std::unique_ptr<QCustomPlot> plot(createChartPlot(nullptr));
    ChartPlot::populate(plot.get(), chart, screenTheme({400, 300}));
    CHECK(plot->findChildren<QCPItemText *>(QStringLiteral("monthTotal")).isEmpty());
}

TEST_CASE("complaints per month export to PNG, SVG and PDF", "[charts][complaints][export]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const AnyChart chart = sample();
    for (const auto format : {ChartExportOptions::Format::Png, ChartExportOptions::Format::Svg,
                              ChartExportOptions::Format::Pdf}) {
        ChartExportOptions options = ChartExporter::optionsFor(chart, QStringLiteral("Example"));
        options.format = format;
        const QString path =
            dir.filePath(QStringLiteral("complaints.") + ChartExportOptions::formatKey(format));
        const ChartExportResult result = ChartExporter::exportChart(chart, options, path);
        INFO(result.error.toStdString());
        CHECK(result.ok());
        CHECK(QFileInfo(path).size() > 1000);
    }
    // The slide PNG is 1920 x 1080 and not blank: the bars are coloured.
    ChartExportOptions options = ChartExporter::optionsFor(chart, QString());
    const QImage image = ChartExporter::renderImage(chart, options);
    CHECK(image.size() == QSize(1920, 1080));
    bool coloured = false;
    for (int y = 0; y < image.height() && !coloured; y += 4) {
        for (int x = 0; x < image.width() && !coloured; x += 4)
            coloured = image.pixelColor(x, y) == ChartPalette::series(0);
    }
    CHECK(coloured);
}
