// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "catchqt.h"
#include "charts/heatmapplot.h"
#include "export/chartexportdialog.h"
#include "export/chartexporter.h"
#include "export/chartexportoptions.h"
#include "export/chartpage.h"
#include "test_chartsamples.h"

#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QXmlStreamReader>

using namespace Yardstick;

namespace {

using Format = ChartExportOptions::Format;
using Preset = ChartExportOptions::SizePreset;

ChartExportOptions optionsFor(const AnyChart &chart, Format format, Preset preset, int dpi)
{
    ChartExportOptions options =
        ChartExporter::optionsFor(chart, QStringLiteral("Borough of Example"));
    options.format = format;
    options.preset = preset;
    options.dpi = dpi;
    return options;
}

// The output of a poppler tool, or empty when it is not installed.
QString poppler(const QString &tool, const QStringList &arguments)
{
    if (QStandardPaths::findExecutable(tool).isEmpty())
        return {};
    QProcess process;
    process.start(tool, arguments);
    if (!process.waitForFinished(30000) || process.exitCode() != 0)
        return QStringLiteral("%1 failed: %2")
            .arg(tool, QString::fromUtf8(process.readAllStandardError()));
    return QString::fromUtf8(process.readAllStandardOutput());
}

// How many pixels in rows [top, bottom) are clearly not white.
int inkIn(const QImage &image, int top, int bottom)
{
    int ink = 0;
    for (int y = top; y < bottom; ++y) {
        for (int x = 0; x < image.width(); ++x) {
            if (qGray(image.pixel(x, y)) < 160)
                ++ink;
        }
    }
    return ink;
}

} // namespace

TEST_CASE("export size presets give their pixel sizes, A4 follows the resolution")
{
    ChartExportOptions o;
    o.preset = Preset::Slide;
    CHECK(o.pixelSize() == QSize(1920, 1080));
    o.preset = Preset::Slide4x3;
    CHECK(o.pixelSize() == QSize(1440, 1080));
    // 297 mm / 25.4 × 300 = 3507.9 → 3508; 210 mm / 25.4 × 300 = 2480.3 → 2480.
    o.preset = Preset::A4Landscape;
    o.dpi = 300;
    CHECK(o.pixelSize() == QSize(3508, 2480));
    // 210 / 25.4 × 150 = 1240.2 → 1240; 297 / 25.4 × 150 = 1753.9 → 1754.
    o.preset = Preset::A4Portrait;
    o.dpi = 150;
    CHECK(o.pixelSize() == QSize(1240, 1754));
    CHECK(o.pageSizeMillimetres() == QSizeF(210, 297));
    o.preset = Preset::Custom;
    o.customSize = QSize(1280, 720);
    CHECK(o.pixelSize() == QSize(1280, 720));
}

TEST_CASE("the resolution is kept from 96 to 600 dpi")
{
    ChartExportOptions o;
    o.setDpi(1200);
    CHECK(o.dpi == 600);
    o.setDpi(72);
    CHECK(o.dpi == 96);
    CHECK(std::get<int>(ChartExportOptions::parseDpi(QStringLiteral("300"))) == 300);
    CHECK(std::holds_alternative<QString>(ChartExportOptions::parseDpi(QStringLiteral("72"))));
    CHECK(std::holds_alternative<QString>(ChartExportOptions::parseDpi(QStringLiteral("lots"))));
    o.dpi = 50;
    CHECK_FALSE(o.validate().isEmpty());
}

TEST_CASE("the command line's --size takes the preset keys or WxH")
{
    const auto preset = [](const char *text) {
        const auto parsed = ChartExportOptions::parseSize(QLatin1String(text));
        REQUIRE(std::holds_alternative<ChartExportOptions::SizeChoice>(parsed));
        return std::get<ChartExportOptions::SizeChoice>(parsed);
    };
    CHECK(preset("slide").preset == Preset::Slide);
    CHECK(preset("slide-4:3").preset == Preset::Slide4x3);
    CHECK(preset("a4").preset == Preset::A4Landscape);
    CHECK(preset("a4-portrait").preset == Preset::A4Portrait);
    CHECK(preset("1280x720").preset == Preset::Custom);
    CHECK(preset("1280x720").customSize == QSize(1280, 720));
    for (const char *bad : {"a5", "1280", "x720", "12x720", "1280x", "custom", "90000x100"}) {
        CAPTURE(bad);
        CHECK(std::holds_alternative<QString>(ChartExportOptions::parseSize(QLatin1String(bad))));
    }
    CHECK(ChartExportOptions::formatFromFileName(QStringLiteral("out/chart.PDF")) == Format::Pdf);
    CHECK_FALSE(ChartExportOptions::formatFromFileName(QStringLiteral("chart.jpg")));
}

TEST_CASE(
    "pages are laid out in logical pixels: 96 to the inch on paper, half a slide for pixel outputs")
{
    ChartExportOptions o;
    CHECK(ChartPage::logicalSizeFor(o) == QSizeF(960, 540));
    o.preset = Preset::A4Landscape;
    o.dpi = 300;
    // 297 mm at 96 dpi: 1122.5 px; 210 mm: 793.7 px.
    const QSizeF a4 = ChartPage::logicalSizeFor(o);
    CHECK(a4.width() == Approx(1122.5).epsilon(0.001));
    CHECK(a4.height() == Approx(793.7).epsilon(0.001));
    o.preset = Preset::Custom;
    o.customSize = QSize(640, 360); // small outputs are never shrunk further
    CHECK(ChartPage::logicalSizeFor(o) == QSizeF(640, 360));
}

TEST_CASE("a PNG at slide size has exactly 1920 × 1080 pixels and the resolution in its header")
{
    QTemporaryDir dir;
    const AnyChart chart = ChartSamples::turnaroundTrend();
    const QString path = dir.filePath(QStringLiteral("trend.png"));
    const ChartExportResult result =
        ChartExporter::exportChart(chart, optionsFor(chart, Format::Png, Preset::Slide, 150), path);
    REQUIRE(result.ok());
    const QImage image(path);
    REQUIRE_FALSE(image.isNull());
    CHECK(image.size() == QSize(1920, 1080));
    // 150 dpi / 0.0254 m = 5905.5 dots per metre.
    CHECK(image.dotsPerMeterX() == 5906);
    CHECK(image.dotsPerMeterY() == 5906);
    // The title is drawn at the top, in large dark type.
    CHECK(inkIn(image, 0, 100) > 2000);
    CHECK(qGray(image.pixel(5, 5)) == 255);
}

TEST_CASE("a PNG of A4 landscape at 300 dpi has 3508 × 2480 pixels")
{
    QTemporaryDir dir;
    const AnyChart chart = ChartSamples::complaintPareto();
    const QString path = dir.filePath(QStringLiteral("pareto.png"));
    REQUIRE(ChartExporter::exportChart(
                chart, optionsFor(chart, Format::Png, Preset::A4Landscape, 300), path)
                .ok());
    const QImage image(path);
    CHECK(image.size() == QSize(3508, 2480));
    CHECK(image.dotsPerMeterX() == 11811); // 300 / 0.0254 = 11811.02
}

TEST_CASE("a PDF is one A4 page whose text has the title and the footnote")
{
    QTemporaryDir dir;
    const AnyChart chart = ChartSamples::turnaroundControlChart();
    const QString path = dir.filePath(QStringLiteral("control.pdf"));
    const ChartExportOptions options = optionsFor(chart, Format::Pdf, Preset::A4Landscape, 300);
    REQUIRE(ChartExporter::exportChart(chart, options, path).ok());
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.read(5) == QByteArray("%PDF-"));

    const QString info = poppler(QStringLiteral("pdfinfo"), {path});
    const QString text = poppler(QStringLiteral("pdftotext"),
                                 {QStringLiteral("-layout"), path, QStringLiteral("-")});
    if (info.isEmpty() || text.isEmpty()) {
        WARN("pdfinfo/pdftotext not found (poppler-utils): the PDF's pages and text were not "
             "checked");
        return;
    }
    CHECK(info.contains(QRegularExpression(QStringLiteral("Pages:\\s+1\\n"))));
    // A4 is 595.276 × 841.89 points (Qt rounds them to whole points);
    // landscape puts the long side across.
    CHECK(info.contains(QRegularExpression(
        QStringLiteral("Page size:\\s+84[12](\\.\\d+)? x 595(\\.\\d+)? pts \\(A4\\)"))));
    const QString flat = text.simplified();
    CHECK(flat.contains(options.title));
    CHECK(flat.contains(options.footnote));
    CHECK(flat.contains(QStringLiteral("Borough of Example")));
}

TEST_CASE("a page after the first goes to the file name with its page number")
{
    CHECK(ChartExporter::pageFileName(QStringLiteral("/tmp/heat.png"), 0) ==
          QStringLiteral("/tmp/heat.png"));
    CHECK(ChartExporter::pageFileName(QStringLiteral("/tmp/heat.png"), 1) ==
          QStringLiteral("/tmp/heat-2.png"));
    CHECK(ChartExporter::pageFileName(QStringLiteral("/tmp/a.b/heat.svg"), 2) ==
          QStringLiteral("/tmp/a.b/heat-3.svg"));
    CHECK(ChartExporter::pageFileName(QStringLiteral("/tmp/a.b/heat"), 1) ==
          QStringLiteral("/tmp/a.b/heat-2"));
}

TEST_CASE(
    "a heat map longer than a page is exported as PNG a page a file with every standard on one")
{
    QTemporaryDir dir;
    const AnyChart chart = ChartSamples::heatmap(120, 12);
    const ChartExportOptions options = optionsFor(chart, Format::Png, Preset::Slide, 96);
    const int perPage =
        HeatmapPlot::rowsPerPage(std::get<HeatmapChart>(chart), ChartExporter::themeFor(options));
    REQUIRE(perPage < 120);
    // ceil(120 / perPage) pages, at least two.
    const int pages = (120 + perPage - 1) / perPage;
    CHECK(ChartExporter::pageCount(chart, options) == pages);
    const QString path = dir.filePath(QStringLiteral("heat.png"));
    REQUIRE(ChartExporter::exportChart(chart, options, path).ok());
    QStringList expected{path};
    for (int page = 2; page <= pages; ++page)
        expected << dir.filePath(QStringLiteral("heat-%1.png").arg(page));
    CHECK(ChartExporter::filesFor(chart, options, path) == expected);
    for (const QString &file : expected) {
        INFO(file.toStdString());
        CHECK(QImage(file).size() == QSize(1920, 1080));
    }
    CHECK_FALSE(QFile::exists(dir.filePath(QStringLiteral("heat-%1.png").arg(pages + 1))));

    // A chart that fits is one file, under the name given.
    const AnyChart short_ = ChartSamples::heatmap(10, 12);
    const QString one = dir.filePath(QStringLiteral("short.png"));
    REQUIRE(ChartExporter::exportChart(short_, options, one).ok());
    CHECK(ChartExporter::filesFor(short_, options, one) == QStringList{one});
    CHECK_FALSE(QFile::exists(dir.filePath(QStringLiteral("short-2.png"))));
}

TEST_CASE("a heat map longer than a page is one PDF with a page for each part")
{
    QTemporaryDir dir;
    const AnyChart chart = ChartSamples::heatmap(120, 12);
    const ChartExportOptions options = optionsFor(chart, Format::Pdf, Preset::A4Landscape, 300);
    const int pages = ChartExporter::pageCount(chart, options);
    REQUIRE(pages >= 2);
    const QString path = dir.filePath(QStringLiteral("heat.pdf"));
    REQUIRE(ChartExporter::exportChart(chart, options, path).ok());
    CHECK(ChartExporter::filesFor(chart, options, path) == QStringList{path});
    CHECK_FALSE(QFile::exists(dir.filePath(QStringLiteral("heat-2.pdf"))));
    const QString info = poppler(QStringLiteral("pdfinfo"), {path});
    const QString text = poppler(QStringLiteral("pdftotext"),
                                 {QStringLiteral("-layout"), path, QStringLiteral("-")});
    if (info.isEmpty() || text.isEmpty()) {
        WARN("pdfinfo/pdftotext not found (poppler-utils): the PDF's pages were not checked");
        return;
    }
    CHECK(info.contains(QRegularExpression(QStringLiteral("Pages:\\s+%1\\n").arg(pages))));
    const QString flat = text.simplified();
    // The first page starts at standard 1 and the last ends at 120; the
    // last standard's code is on the last page.
    CHECK(flat.contains(QStringLiteral("Standards 1–")));
    CHECK(flat.contains(QStringLiteral("–120 of 120")));
    CHECK(flat.contains(QStringLiteral("STD-120")));
    CHECK_FALSE(flat.contains(QStringLiteral("Showing the first")));
}

TEST_CASE("an SVG is well-formed, carries the title and has the page's physical size")
{
    QTemporaryDir dir;
    const AnyChart chart = ChartSamples::departments();
    const QString path = dir.filePath(QStringLiteral("departments.svg"));
    const ChartExportOptions options = optionsFor(chart, Format::Svg, Preset::Slide, 96);
    REQUIRE(ChartExporter::exportChart(chart, options, path).ok());
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray svg = file.readAll();
    QXmlStreamReader xml(svg);
    QString width;
    QString height;
    QString viewBox;
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement &&
            xml.name() == QLatin1String("svg")) {
            width = xml.attributes().value(QLatin1String("width")).toString();
            height = xml.attributes().value(QLatin1String("height")).toString();
            viewBox = xml.attributes().value(QLatin1String("viewBox")).toString();
        }
    }
    CHECK_FALSE(xml.hasError());
    // 1920 px at 96 dpi: 20 in = 508 mm; 1080 px: 11.25 in = 285.75 mm.
    CHECK(width == QStringLiteral("508mm"));
    CHECK(height == QStringLiteral("285.75mm"));
    CHECK(viewBox == QStringLiteral("0 0 1920 1080"));
    CHECK(QString::fromUtf8(svg).contains(options.title));
}

TEST_CASE("an export to a folder that does not exist fails with a message naming the file")
{
    const AnyChart chart = ChartSamples::complaintPareto();
    const QString path = QStringLiteral("/nonexistent-folder/chart.pdf");
    for (Format format : {Format::Png, Format::Pdf, Format::Svg}) {
        const ChartExportResult result =
            ChartExporter::exportChart(chart, optionsFor(chart, format, Preset::Slide, 96), path);
        CHECK_FALSE(result.ok());
        CHECK(result.error.contains(path));
    }
}

TEST_CASE("the clipboard gets the page as an image of the export size")
{
    const AnyChart chart = ChartSamples::heatmap(12, 12);
    ChartExportOptions options = optionsFor(chart, Format::Png, Preset::Custom, 96);
    options.customSize = QSize(1200, 700);
    ChartExporter::copyToClipboard(chart, options);
    QClipboard *clipboard = QGuiApplication::clipboard();
    REQUIRE(clipboard);
    CHECK(clipboard->image().size() == QSize(1200, 700));
}

TEST_CASE("the export dialog starts from the chart's words and remembers the last format and size")
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    const AnyChart chart = ChartSamples::turnaroundTrend();
    {
        ChartExportDialog dialog(chart, QStringLiteral("Borough of Example"), settings);
        CHECK(dialog.titleEdit()->text() ==
              QStringLiteral("Complaints are answered in 15 days, down from 35"));
        CHECK(dialog.options().footnote ==
              QStringLiteral("Source: case records, 2023-01 to 2025-12"));
        CHECK(dialog.options().organisation == QStringLiteral("Borough of Example"));
        CHECK(dialog.fileEdit()->text().endsWith(QStringLiteral(".png")));
        dialog.formatBox()->setCurrentIndex(
            dialog.formatBox()->findData(static_cast<int>(Format::Pdf)));
        CHECK(dialog.fileEdit()->text().endsWith(QStringLiteral(".pdf")));
        dialog.sizeBox()->setCurrentIndex(
            dialog.sizeBox()->findData(static_cast<int>(Preset::A4Landscape)));
        dialog.dpiBox()->setValue(300);
        dialog.fileEdit()->setText(dir.filePath(QStringLiteral("trend.pdf")));
        CHECK_FALSE(dialog.preview()->pixmap().isNull());
        dialog.accept();
        CHECK(dialog.result() == QDialog::Accepted);
        CHECK(dialog.options().pixelSize() == QSize(3508, 2480));
    }
    ChartExportDialog again(chart, QString(), settings);
    CHECK(again.options().format == Format::Pdf);
    CHECK(again.options().preset == Preset::A4Landscape);
    CHECK(again.options().dpi == 300);
    CHECK(again.fileEdit()->text().startsWith(QDir(dir.path()).absolutePath()));
}

// Not run by ctest: writes every chart kind as PNG, PDF and SVG for a person
// to look at. Run with: yardstick_ui_tests "[preview]"; the files go to
// $YARDSTICK_CHART_PREVIEW_DIR or /tmp/chart-previews.
TEST_CASE("chart previews", "[.][preview]")
{
    QString folder = qEnvironmentVariable("YARDSTICK_CHART_PREVIEW_DIR");
    if (folder.isEmpty())
        folder = QStringLiteral("/tmp/chart-previews");
    REQUIRE(QDir().mkpath(folder));
    const QList<QPair<QString, AnyChart>> charts = {
        {QStringLiteral("trend"), ChartSamples::turnaroundTrend()},
        {QStringLiteral("control"), ChartSamples::turnaroundControlChart()},
        {QStringLiteral("pareto"), ChartSamples::complaintPareto()},
        {QStringLiteral("heatmap"), ChartSamples::heatmap(24, 12)},
        {QStringLiteral("heatmap-many"), ChartSamples::heatmap(70, 24)},
        {QStringLiteral("departments"), ChartSamples::departments()},
    };
    for (const auto &[name, chart] : charts) {
        const QString base = QDir(folder).filePath(name);
        CHECK(ChartExporter::exportChart(chart, optionsFor(chart, Format::Png, Preset::Slide, 150),
                                         base + QStringLiteral(".png"))
                  .ok());
        CHECK(ChartExporter::exportChart(chart,
                                         optionsFor(chart, Format::Pdf, Preset::A4Landscape, 300),
                                         base + QStringLiteral(".pdf"))
                  .ok());
        CHECK(ChartExporter::exportChart(chart,
                                         optionsFor(chart, Format::Svg, Preset::Slide4x3, 96),
                                         base + QStringLiteral(".svg"))
                  .ok());
        CHECK(ChartExporter::exportChart(chart,
                                         optionsFor(chart, Format::Png, Preset::A4Portrait, 96),
                                         base + QStringLiteral("-portrait.png"))
                  .ok());
    }
}

TEST_CASE("a PDF with a Chinese title embeds Noto Sans CJK and holds the Chinese text",
          "[export][language]")
{
    QTemporaryDir dir;
    const AnyChart chart = ChartSamples::turnaroundControlChart();
    const QString path = dir.filePath(QStringLiteral("zh.pdf"));
    ChartExportOptions options = optionsFor(chart, Format::Pdf, Preset::A4Landscape, 300);
    // No 长: Noto's ToUnicode maps it to the radical ⻓, which pdftotext then gives.
    options.title = QStringLiteral("申请处理控制图");
    REQUIRE(ChartExporter::exportChart(chart, options, path).ok());

    const QString fonts = poppler(QStringLiteral("pdffonts"), {path});
    const QString text = poppler(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
    if (fonts.isEmpty() || text.isEmpty()) {
        WARN("pdffonts/pdftotext not found (poppler-utils): the PDF's fonts were not checked");
        return;
    }
    // Embedded (the "emb" column says yes) and the Chinese face, not a
    // fallback that might draw empty boxes.
    const QRegularExpression notoEmbedded(QStringLiteral("NotoSansCJK\\S*\\s+\\S.*\\byes\\b"));
    CHECK(fonts.contains(notoEmbedded));
    CHECK(text.simplified().contains(options.title));
}
