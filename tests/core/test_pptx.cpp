// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The PowerPoint writer in core, judged by an independent reader
// (tests/support/pptxreading: QuaZip and QXmlStreamReader, none of the
// writer's code) against ECMA-376: parts, content types, relationships,
// slides, tables, pictures and notes; and on an organisation's master, a
// deck LibreOffice wrote from its Blue Curve template.
#include "io/pptx/pptxmaster.h"
#include "io/pptx/pptxwriter.h"
#include "report/chartslidetext.h"
#include "support/pptxreading.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

using namespace Yardstick;

namespace {

const QString kFixture =
    QStringLiteral(YARDSTICK_TEST_DATA_DIR "/pptx/libreoffice-blue-curve.pptx");

// A 1 × 1 white PNG (PNG specification: signature, IHDR, IDAT, IEND).
const QByteArray kPng = QByteArray::fromBase64(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4//8/AAX+Av4N70a4AAAAAElFTkSuQmCC");
const QByteArray kSvg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"160\" height=\"90\"/>";

PptxDeck sampleDeck(int tableRows)
{
    PptxDeck deck;
    deck.title = QStringLiteral("Sample");
    PptxSlide title;
    title.kind = PptxSlide::Kind::Title;
    title.title = QStringLiteral("Service quality report");
    title.subtitle = {QStringLiteral("Card Division"), QStringLiteral("Period: 2025-12")};
    deck.slides.append(title);

    PptxSlide table;
    table.title = QStringLiteral("Scorecard");
    PptxTable t;
    t.header = {QStringLiteral("Code"), QStringLiteral("Value")};
    t.continuedTitle = QStringLiteral("Scorecard (continued)");
    for (int i = 1; i <= tableRows; ++i)
        t.rows.append({QStringLiteral("R%1").arg(i), QString::number(i)});
    table.table = t;
    deck.slides.append(table);

    PptxSlide chart;
    chart.title = QStringLiteral("Mean processing time");
    chart.takeaway = QStringLiteral("35.7 → 15.0 days");
    chart.picture = PptxPicture{kPng, kSvg, QSize(160, 90), QStringLiteral("A trend chart")};
    chart.notes = {QStringLiteral("Value: 15.0 days"), QStringLiteral("Target: ≤ 15 days")};
    deck.slides.append(chart);
    return deck;
}

// The attribute of the first element named element (qualified) in xml
// that has it.
QString attributeOf(const QByteArray &xml, const QString &element, const QString &attribute)
{
    QXmlStreamReader reader(xml);
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement() && reader.qualifiedName() == element &&
            reader.attributes().hasAttribute(attribute))
            return reader.attributes().value(attribute).toString();
    }
    return {};
}

QString relTarget(const PptxReading::Package &package, const QString &source, const QString &id)
{
    for (const PptxReading::Relationship &r : package.relationships(source)) {
        if (r.id == id)
            return r.target;
    }
    return {};
}

} // namespace

TEST_CASE("a deck's package is well-formed: every part typed, every link found, all XML parsed",
          "[pptx]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("deck.pptx"));
    const PptxDeck deck = sampleDeck(60);
    REQUIRE(PptxWriter::write(deck, PptxMaster::builtIn(), path).isEmpty());
    const PptxReading::Package package = PptxReading::read(path);
    REQUIRE(package.ok());
    CHECK(package.problems() == QStringList());
    const QStringList slides = package.slides();
    CHECK(slides.size() == PptxWriter::slideCount(deck, PptxMaster::builtIn()));
    for (const QString &slide : slides)
        CHECK(package.contentType(slide) ==
              QStringLiteral(
                  "application/vnd.openxmlformats-officedocument.presentationml.slide+xml"));
    CHECK(
        package.contentType(QStringLiteral("ppt/presentation.xml")) ==
        QStringLiteral(
            "application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml"));
    // Every slide on a layout, the layout on a master, the master with a theme.
    for (const QString &slide : slides) {
        const auto layouts = package.relationshipsOfType(slide, QStringLiteral("slideLayout"));
        REQUIRE(layouts.size() == 1);
        const auto masters =
            package.relationshipsOfType(layouts.constFirst().target, QStringLiteral("slideMaster"));
        REQUIRE(masters.size() == 1);
        CHECK(package.relationshipsOfType(masters.constFirst().target, QStringLiteral("theme"))
                  .size() == 1);
    }
    // The title slide's words.
    CHECK(package.texts(slides.constFirst()) ==
          QStringList({QStringLiteral("Service quality report"), QStringLiteral("Card Division"),
                       QStringLiteral("Period: 2025-12")}));
}

TEST_CASE("a long table continues on further slides with its header, every row once", "[pptx]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("deck.pptx"));
    REQUIRE(PptxWriter::write(sampleDeck(60), PptxMaster::builtIn(), path).isEmpty());
    const PptxReading::Package package = PptxReading::read(path);
    const QStringList slides = package.slides();
    // By hand: a one-line row of 12 pt is 12 × 1.2 pt of text (182,880 EMU)
    // and 0.05 in above and below (91,440): 274,320 EMU. The built-in
    // layout's body is 5,250,000 EMU high; nine tenths of it less the
    // header row leave 4,450,680, room for 16 rows (16.2). 60 rows: 16, 16,
    // 16, 12 on four slides, then the chart: 1 + 4 + 1.
    REQUIRE(slides.size() == 6);
    QMap<QString, int> seen;
    for (int s = 1; s <= 4; ++s) {
        const QStringList texts = package.texts(slides.at(s));
        CHECK(texts.at(0) ==
              (s == 1 ? QStringLiteral("Scorecard") : QStringLiteral("Scorecard (continued)")));
        CHECK(texts.at(1) == QStringLiteral("Code"));
        CHECK(texts.at(2) == QStringLiteral("Value"));
        int rows = 0;
        for (const QString &text : texts) {
            if (QRegularExpression(QStringLiteral("^R\\d+$")).match(text).hasMatch()) {
                ++seen[text];
                ++rows;
            }
        }
        CHECK(rows == (s < 4 ? 16 : 12));
        // A native table: a:tbl in a graphicFrame, with two grid columns.
        CHECK(package.parts.value(slides.at(s)).contains("<a:tbl>"));
        CHECK(package.parts.value(slides.at(s)).count("<a:gridCol ") == 2);
    }
    CHECK(seen.size() == 60);
    for (auto it = seen.cbegin(); it != seen.cend(); ++it)
        CHECK(it.value() == 1);
}

TEST_CASE("a chart picture is its PNG with the SVG in PowerPoint's svgBlip extension", "[pptx]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("deck.pptx"));
    REQUIRE(PptxWriter::write(sampleDeck(3), PptxMaster::builtIn(), path).isEmpty());
    const PptxReading::Package package = PptxReading::read(path);
    const QString slide = package.slides().constLast();
    const QByteArray xml = package.parts.value(slide);
    const QString png = relTarget(
        package, slide, attributeOf(xml, QStringLiteral("a:blip"), QStringLiteral("r:embed")));
    CHECK(package.contentType(png) == QStringLiteral("image/png"));
    CHECK(package.parts.value(png) == kPng);
    CHECK(attributeOf(xml, QStringLiteral("a:ext"), QStringLiteral("uri")) ==
          QStringLiteral("{96DAC541-7B7A-43D3-8B79-37D633B846F1}"));
    const QString svg =
        relTarget(package, slide,
                  attributeOf(xml, QStringLiteral("asvg:svgBlip"), QStringLiteral("r:embed")));
    CHECK(package.contentType(svg) == QStringLiteral("image/svg+xml"));
    CHECK(package.parts.value(svg) == kSvg);
    // The picture keeps the chart's 16:9.
    QXmlStreamReader reader(xml);
    bool inPicture = false;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement() && reader.qualifiedName() == QLatin1String("p:pic"))
            inPicture = true;
        if (inPicture && reader.isStartElement() &&
            reader.qualifiedName() == QLatin1String("a:ext") &&
            reader.attributes().hasAttribute(QLatin1String("cx"))) {
            const double cx = reader.attributes().value(QLatin1String("cx")).toDouble();
            const double cy = reader.attributes().value(QLatin1String("cy")).toDouble();
            CHECK(cx / cy == Approx(16.0 / 9.0).epsilon(1e-4));
            break;
        }
    }
    // The takeaway is text on the slide, not in the picture.
    CHECK(package.texts(slide).contains(QStringLiteral("35.7 → 15.0 days")));
}

TEST_CASE("speaker notes are a notes slide on the notes master, holding the numbers", "[pptx]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("deck.pptx"));
    REQUIRE(PptxWriter::write(sampleDeck(3), PptxMaster::builtIn(), path).isEmpty());
    const PptxReading::Package package = PptxReading::read(path);
    const QString slide = package.slides().constLast();
    const auto notes = package.relationshipsOfType(slide, QStringLiteral("notesSlide"));
    REQUIRE(notes.size() == 1);
    const QString notesPart = notes.constFirst().target;
    CHECK(package.contentType(notesPart) ==
          QStringLiteral(
              "application/vnd.openxmlformats-officedocument.presentationml.notesSlide+xml"));
    CHECK(package.texts(notesPart) ==
          QStringList({QStringLiteral("Value: 15.0 days"), QStringLiteral("Target: ≤ 15 days")}));
    CHECK(package.relationshipsOfType(notesPart, QStringLiteral("slide")).constFirst().target ==
          slide);
    const auto master = package.relationshipsOfType(notesPart, QStringLiteral("notesMaster"));
    REQUIRE(master.size() == 1);
    CHECK(package
              .relationshipsOfType(QStringLiteral("ppt/presentation.xml"),
                                   QStringLiteral("notesMaster"))
              .constFirst()
              .target == master.constFirst().target);
    CHECK(package.parts.value(QStringLiteral("ppt/presentation.xml")).contains("p:notesMasterId"));
    // A slide without notes has no notes slide.
    CHECK(package.relationshipsOfType(package.slides().at(1), QStringLiteral("notesSlide"))
              .isEmpty());
}

TEST_CASE("an organisation's deck gives the master, layouts and theme, and slides use its Title "
          "and Content layout",
          "[pptx][master]")
{
    // Which of the fixture's layouts is Title and Content (type "obj"),
    // read here without the writer's code: the first master the
    // presentation lists, its layouts in its order.
    const PptxReading::Package fixture = PptxReading::read(kFixture);
    REQUIRE(fixture.ok());
    const QString presentationPart = QStringLiteral("ppt/presentation.xml");
    const QString firstMaster =
        relTarget(fixture, presentationPart,
                  attributeOf(fixture.parts.value(presentationPart),
                              QStringLiteral("p:sldMasterId"), QStringLiteral("r:id")));
    REQUIRE_FALSE(firstMaster.isEmpty());
    QString objLayout;
    QString titleSlideLayout;
    for (const auto &r : fixture.relationshipsOfType(firstMaster, QStringLiteral("slideLayout"))) {
        const QByteArray layout = fixture.parts.value(r.target);
        if (attributeOf(layout, QStringLiteral("p:sldLayout"), QStringLiteral("type")) ==
                QLatin1String("obj") &&
            objLayout.isEmpty())
            objLayout = r.target;
        if (attributeOf(layout, QStringLiteral("p:cSld"), QStringLiteral("name")) ==
                QLatin1String("Title Slide") &&
            titleSlideLayout.isEmpty())
            titleSlideLayout = r.target;
    }
    REQUIRE_FALSE(objLayout.isEmpty());

    QString error;
    const std::optional<PptxMaster> master = PptxMaster::load(kFixture, &error);
    INFO(error.toStdString());
    REQUIRE(master);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("deck.pptx"));
    REQUIRE(PptxWriter::write(sampleDeck(3), *master, path).isEmpty());
    const PptxReading::Package package = PptxReading::read(path);
    CHECK(package.problems() == QStringList());
    const QStringList slides = package.slides();
    REQUIRE(slides.size() == 3); // the fixture's own two slides are not copied
    CHECK_FALSE(package.parts.contains(QStringLiteral("ppt/slides/slide4.xml")));
    for (int i = 1; i < 3; ++i)
        CHECK(package.relationshipsOfType(slides.at(i), QStringLiteral("slideLayout"))
                  .constFirst()
                  .target == objLayout);
    // LibreOffice names its title layout "Title Slide" (of type "tx").
    CHECK(package.relationshipsOfType(slides.at(0), QStringLiteral("slideLayout"))
              .constFirst()
              .target == titleSlideLayout);
    // Layout, master and theme byte for byte; the slide size the deck's.
    CHECK(package.parts.value(objLayout) == fixture.parts.value(objLayout));
    const QString theme = QStringLiteral("ppt/theme/theme1.xml");
    CHECK(package.parts.value(theme) == fixture.parts.value(theme));
    const QString masterPart = QStringLiteral("ppt/slideMasters/slideMaster1.xml");
    CHECK(package.parts.value(masterPart) == fixture.parts.value(masterPart));
    const QByteArray presentation = package.parts.value(QStringLiteral("ppt/presentation.xml"));
    CHECK(attributeOf(presentation, QStringLiteral("p:sldSz"), QStringLiteral("cx")) ==
          QStringLiteral("10080625"));
    CHECK(attributeOf(presentation, QStringLiteral("p:sldSz"), QStringLiteral("cy")) ==
          QStringLiteral("5670550"));
    // The content sits in the layout's body: its picture starts at the
    // body's left edge or inside it (the layout's obj placeholder).
    CHECK(master->geometry().body.left() >= 0);
    CHECK(master->geometry().body.right() <= 10080625);
}

TEST_CASE("a master that is missing or is not a deck is an error that says why", "[pptx][master]")
{
    QTemporaryDir dir;
    QString error;
    const QString missing = dir.filePath(QStringLiteral("missing.pptx"));
    CHECK_FALSE(PptxMaster::load(missing, &error));
    CHECK(error.contains(missing));
    CHECK(error.contains(QStringLiteral("does not exist")));

    const QString text = dir.filePath(QStringLiteral("notes.pptx"));
    QFile file(text);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("not a zip");
    file.close();
    CHECK_FALSE(PptxMaster::load(text, &error));
    CHECK(error.contains(QStringLiteral("not an Office Open XML file")));

    // A ZIP package that is no presentation (a workbook's content types).
    const QString workbook = dir.filePath(QStringLiteral("book.pptx"));
    {
        QuaZip zip(workbook);
        REQUIRE(zip.open(QuaZip::mdCreate));
        QuaZipFile entry(&zip);
        REQUIRE(
            entry.open(QIODevice::WriteOnly, QuaZipNewInfo(QStringLiteral("[Content_Types].xml"))));
        entry.write("<?xml version=\"1.0\"?><Types "
                    "xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>");
        entry.close();
        zip.close();
    }
    CHECK_FALSE(PptxMaster::load(workbook, &error));
    CHECK(error.contains(QStringLiteral("is not a PowerPoint deck or template")));
}

TEST_CASE("a trend chart's slide says its headline and notes the latest period's numbers",
          "[pptx][slidetext]")
{
    TrendChart chart;
    chart.kind = PeriodKind::Month;
    chart.headline = QStringLiteral("35.7 → 15.0 days");
    chart.subtitle = QStringLiteral("Monthly mean, target 15 days");
    chart.source = QStringLiteral("Source: case records, 2025-01 to 2025-03");
    TrendSeries series;
    series.code = QStringLiteral("APP-T-01");
    series.title = QStringLiteral("Mean application processing time");
    series.unit = QStringLiteral("days");
    series.direction = Direction::LowerIsBetter;
    const auto month = [](int m) {
        return periodContaining(PeriodKind::Month, QDate(2025, m, 1));
    };
    series.points = {
        TrendPoint{month(1), 35.7, 90, 15.0, 20.0, ComplianceStatus::Breached},
        TrendPoint{month(2), 15.04, 120, 15.0, 20.0, ComplianceStatus::AtRisk},
        TrendPoint{month(3), std::nullopt, std::nullopt, 15.0, 20.0, ComplianceStatus::NoData},
    };
    chart.series = {series};
    const ChartSlideText text = ChartSlideText::of(chart);
    CHECK(text.takeaway == QStringLiteral("35.7 → 15.0 days"));
    // February is the latest period with a value (March has none).
    CHECK(text.notes.contains(QStringLiteral("APP-T-01 Mean application processing time")));
    CHECK(text.notes.contains(QStringLiteral("Period: 2025-02")));
    CHECK(text.notes.contains(QStringLiteral("Value: 15.0 days")));
    CHECK(text.notes.contains(QStringLiteral("Target: ≤ 15 days")));
    CHECK(text.notes.contains(QStringLiteral("Threshold: ≤ 20 days")));
    CHECK(text.notes.contains(QStringLiteral("n: 120")));
    CHECK(text.notes.contains(QStringLiteral("Source: case records, 2025-01 to 2025-03")));
}
