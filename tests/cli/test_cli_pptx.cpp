// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later

// yardstick-cli report --out PACK.pptx and chart --out CHART.pptx on a
// workbench made by init and filled through import, read back with QuaZip
// and QXmlStreamReader (tests/support/pptxreading), and opened by
// LibreOffice where it is installed.
#include "clisupport.h"
#include "support/pptxreading.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace CliTest;

namespace {

// Two lower-is-better turnarounds (target 10, threshold 15 days), one
// breached in March 2025, one met; measured January to March.
const QByteArray kCatalogue =
    "code,title,service,dimension,metric,statistic,direction,target,threshold,unit,department,"
    "basis,rationale,effective_from\n"
    "L-MET,Application turnaround met,APP,Timeliness,turnaround_days,mean,lower,10,15,days,OPS,,"
    "Charter,2024-01-01\n"
    "L-BREACH,Application turnaround breached,APP,Timeliness,turnaround_days,mean,lower,10,15,"
    "days,OPS,,Charter,2024-01-01\n";
// March, the latest complete month: L-MET 10 (= target, met), L-BREACH
// 15.5 (> threshold 15, breached) on 5 cases.
const QByteArray kMeasurements = "standard,period_start,period_end,value,sample_size\n"
                                 "L-MET,2025-01-01,2025-01-31,8,10\n"
                                 "L-MET,2025-02-01,2025-02-28,9,20\n"
                                 "L-MET,2025-03-01,2025-03-31,10,10\n"
                                 "L-BREACH,2025-01-01,2025-01-31,11,5\n"
                                 "L-BREACH,2025-02-01,2025-02-28,12,5\n"
                                 "L-BREACH,2025-03-01,2025-03-31,15.5,5\n";

QString measuredWorkbench(const QTemporaryDir &dir)
{
    const QString path = workbenchWithCatalogue(dir, kCatalogue, "measured.yardstick");
    const Result r =
        cli("import", "measurements", path, writeDataFile(dir, "measurements.csv", kMeasurements));
    REQUIRE(r.exitCode == 0);
    return path;
}

const QString kFixture =
    QStringLiteral(YARDSTICK_TEST_DATA_DIR "/pptx/libreoffice-blue-curve.pptx");

int writtenSlides(const QByteArray &err)
{
    const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("Wrote \\S+: (\\d+) slide"))
                                          .match(QString::fromUtf8(err));
    REQUIRE(m.hasMatch());
    return m.captured(1).toInt();
}

} // namespace

TEST_CASE("report --out PACK.pptx writes a deck: title, scorecard table, notes with the numbers",
          "[cli][report][pptx]")
{
    QTemporaryDir dir;
    const QString workbench = measuredWorkbench(dir);
    const QString deck = dir.filePath(QStringLiteral("pack.pptx"));
    const Result result = cli("report", workbench, "--out", deck);
    INFO(result.err.toStdString());
    REQUIRE(result.exitCode == 0);
    const PptxReading::Package package = PptxReading::read(deck);
    REQUIRE(package.ok());
    CHECK(package.problems() == QStringList());
    const QStringList slides = package.slides();
    CHECK(slides.size() == writtenSlides(result.err));
    REQUIRE(slides.size() >= 3);
    // The title slide, then the scorecard as a table of both standards.
    CHECK(package.texts(slides.at(0)).constFirst() == QStringLiteral("Service quality report"));
    const QStringList card = package.texts(slides.at(1));
    CHECK(card.constFirst() == QStringLiteral("Scorecard, 2025-03"));
    CHECK(package.parts.value(slides.at(1)).contains("<a:tbl>"));
    for (const char *cell : {"Code", "Standard", "Value", "Target", "Status", "L-BREACH",
                             "Application turnaround breached", "15.5 days", "≤ 10 days",
                             "Breached", "L-MET", "10.0 days", "Met"})
        CHECK(card.contains(QString::fromUtf8(cell)));
    // Some slide's notes hold the breached standard's March numbers.
    QStringList notes;
    for (const QString &slide : slides) {
        for (const auto &r : package.relationshipsOfType(slide, QStringLiteral("notesSlide")))
            notes += package.texts(r.target);
    }
    CHECK(notes.contains(QStringLiteral("Value: 15.5 days")));
    CHECK(notes.contains(QStringLiteral("Target: ≤ 10 days")));
    CHECK(notes.contains(QStringLiteral("Threshold: ≤ 15 days")));
    CHECK(notes.contains(QStringLiteral("n: 5")));
    CHECK(notes.contains(QStringLiteral("Period: 2025-03")));
}

TEST_CASE("chart --out CHART.pptx is one 16:9 slide: the picture as PNG and SVG, the numbers "
          "in the notes",
          "[cli][chart][pptx]")
{
    QTemporaryDir dir;
    const QString workbench = measuredWorkbench(dir);
    const QString deck = dir.filePath(QStringLiteral("chart.pptx"));
    const Result result =
        cli("chart", workbench, "--kind", "trend", "--standard", "L-BREACH", "--out", deck);
    INFO(result.err.toStdString());
    REQUIRE(result.exitCode == 0);
    const PptxReading::Package package = PptxReading::read(deck);
    CHECK(package.problems() == QStringList());
    const QStringList slides = package.slides();
    REQUIRE(slides.size() == 1);
    const QByteArray presentation = package.parts.value(QStringLiteral("ppt/presentation.xml"));
    CHECK(presentation.contains("<p:sldSz cx=\"12192000\" cy=\"6858000\"/>")); // 16:9
    const auto images = package.relationshipsOfType(slides.constFirst(), QStringLiteral("image"));
    REQUIRE(images.size() == 2);
    QStringList types;
    for (const auto &image : images)
        types.append(package.contentType(image.target));
    types.sort();
    CHECK(types == QStringList({QStringLiteral("image/png"), QStringLiteral("image/svg+xml")}));
    CHECK(package.texts(slides.constFirst()).constFirst() ==
          QStringLiteral("Application turnaround breached"));
    const auto notes =
        package.relationshipsOfType(slides.constFirst(), QStringLiteral("notesSlide"));
    REQUIRE(notes.size() == 1);
    const QStringList lines = package.texts(notes.constFirst().target);
    CHECK(lines.contains(QStringLiteral("Value: 15.5 days")));
    CHECK(lines.contains(QStringLiteral("n: 5")));
}

TEST_CASE("report --master uses the organisation's master and its Title and Content layout",
          "[cli][report][pptx]")
{
    QTemporaryDir dir;
    const QString workbench = measuredWorkbench(dir);
    const QString deck = dir.filePath(QStringLiteral("pack.pptx"));
    const Result result = cli("report", workbench, "--out", deck, "--master", kFixture);
    INFO(result.err.toStdString());
    REQUIRE(result.exitCode == 0);
    const PptxReading::Package package = PptxReading::read(deck);
    CHECK(package.problems() == QStringList());
    const PptxReading::Package fixture = PptxReading::read(kFixture);
    // The fixture's slide size and theme; the scorecard on its layout of
    // type "obj" (slideLayout3 in LibreOffice's numbering, read by hand).
    CHECK(package.parts.value(QStringLiteral("ppt/presentation.xml"))
              .contains("<p:sldSz cx=\"10080625\" cy=\"5670550\"/>"));
    CHECK(package.parts.value(QStringLiteral("ppt/theme/theme1.xml")) ==
          fixture.parts.value(QStringLiteral("ppt/theme/theme1.xml")));
    REQUIRE(fixture.parts.value(QStringLiteral("ppt/slideLayouts/slideLayout3.xml"))
                .contains("type=\"obj\""));
    CHECK(package.relationshipsOfType(package.slides().at(1), QStringLiteral("slideLayout"))
              .constFirst()
              .target == QStringLiteral("ppt/slideLayouts/slideLayout3.xml"));
}

TEST_CASE("report refuses a missing or unusable master and other outputs, writing nothing",
          "[cli][report][pptx]")
{
    QTemporaryDir dir;
    const QString workbench = measuredWorkbench(dir);
    const QString deck = dir.filePath(QStringLiteral("pack.pptx"));
    const QString missing = dir.filePath(QStringLiteral("corporate.pptx"));
    const Result none = cli("report", workbench, "--out", deck, "--master", missing);
    CHECK(none.exitCode == 1);
    CHECK(none.err.contains("corporate.pptx"));
    CHECK(none.err.contains("does not exist"));
    const QString notDeck = writeDataFile(dir, "notes.pptx", "just text");
    const Result bad = cli("report", workbench, "--out", deck, "--master", notDeck);
    CHECK(bad.exitCode == 1);
    CHECK(bad.err.contains("not an Office Open XML file"));
    CHECK_FALSE(QFile::exists(deck));
    // A template the workbench does not have: no deck either.
    const Result unknown = cli("report", workbench, "--out", deck, "--template", "Board");
    CHECK(unknown.exitCode == 1);
    CHECK(unknown.err.contains("Board"));
    CHECK_FALSE(QFile::exists(deck));
    // --master belongs to a deck; the pack is a .pdf or a .pptx.
    CHECK(cli("report", workbench, "--out", dir.filePath(QStringLiteral("pack.pdf")), "--master",
              kFixture)
              .exitCode == 2);
    const Result other =
        cli("report", workbench, "--out", dir.filePath(QStringLiteral("pack.key")));
    CHECK(other.exitCode == 2);
    CHECK(other.err.contains("PACK.pptx"));
    CHECK_FALSE(QFile::exists(dir.filePath(QStringLiteral("pack.pdf"))));
}

TEST_CASE("chart --master puts the one slide on the organisation's master and its Title and "
          "Content layout",
          "[cli][chart][pptx]")
{
    QTemporaryDir dir;
    const QString workbench = measuredWorkbench(dir);
    const QString deck = dir.filePath(QStringLiteral("chart.pptx"));
    const Result result = cli("chart", workbench, "--kind", "trend", "--standard", "L-BREACH",
                              "--out", deck, "--master", kFixture);
    INFO(result.err.toStdString());
    REQUIRE(result.exitCode == 0);
    CHECK(result.err.contains("libreoffice-blue-curve.pptx"));
    const PptxReading::Package package = PptxReading::read(deck);
    CHECK(package.problems() == QStringList());
    const PptxReading::Package fixture = PptxReading::read(kFixture);
    const QStringList slides = package.slides();
    REQUIRE(slides.size() == 1);
    // The fixture's slide size (16:9 at 28 x 15.75 cm, not Yardstick's
    // 33.867 cm) and theme; the slide on its layout of type "obj"
    // (slideLayout3, read by hand).
    CHECK(package.parts.value(QStringLiteral("ppt/presentation.xml"))
              .contains("<p:sldSz cx=\"10080625\" cy=\"5670550\"/>"));
    CHECK(package.parts.value(QStringLiteral("ppt/theme/theme1.xml")) ==
          fixture.parts.value(QStringLiteral("ppt/theme/theme1.xml")));
    REQUIRE(fixture.parts.value(QStringLiteral("ppt/slideLayouts/slideLayout3.xml"))
                .contains("type=\"obj\""));
    CHECK(package.relationshipsOfType(slides.constFirst(), QStringLiteral("slideLayout"))
              .constFirst()
              .target == QStringLiteral("ppt/slideLayouts/slideLayout3.xml"));
    // Still the chart: its title, both pictures, the numbers in the notes.
    CHECK(package.texts(slides.constFirst()).constFirst() ==
          QStringLiteral("Application turnaround breached"));
    CHECK(package.relationshipsOfType(slides.constFirst(), QStringLiteral("image")).size() == 2);
    const auto notes =
        package.relationshipsOfType(slides.constFirst(), QStringLiteral("notesSlide"));
    REQUIRE(notes.size() == 1);
    CHECK(package.texts(notes.constFirst().target).contains(QStringLiteral("Value: 15.5 days")));
}

TEST_CASE("chart refuses a missing master and --master without a .pptx, writing nothing",
          "[cli][chart][pptx]")
{
    QTemporaryDir dir;
    const QString workbench = measuredWorkbench(dir);
    const QString deck = dir.filePath(QStringLiteral("chart.pptx"));
    const Result missing =
        cli("chart", workbench, "--kind", "trend", "--standard", "L-MET", "--out", deck, "--master",
            dir.filePath(QStringLiteral("corp.pptx")));
    CHECK(missing.exitCode == 1);
    CHECK(missing.err.contains("corp.pptx"));
    CHECK_FALSE(QFile::exists(deck));
    const QString png = dir.filePath(QStringLiteral("chart.png"));
    const Result notDeck = cli("chart", workbench, "--kind", "trend", "--standard", "L-MET",
                               "--out", png, "--master", kFixture);
    CHECK(notDeck.exitCode == 2);
    CHECK(notDeck.err.contains("CHART.pptx"));
    CHECK_FALSE(QFile::exists(png));
}

TEST_CASE("LibreOffice opens a report deck on a master: one PDF page per slide",
          "[cli][pptx][soffice]")
{
    QTemporaryDir dir;
    const QString workbench = measuredWorkbench(dir);
    const QString pack = dir.filePath(QStringLiteral("pack.pptx"));
    const Result written = cli("report", workbench, "--out", pack, "--master", kFixture);
    REQUIRE(written.exitCode == 0);
    const int pages = PptxReading::libreOfficePages(pack, dir.path());
    if (pages >= 0)
        CHECK(pages == writtenSlides(written.err));
}

TEST_CASE("LibreOffice opens a chart's deck: one page", "[cli][pptx][soffice]")
{
    QTemporaryDir dir;
    const QString workbench = measuredWorkbench(dir);
    const QString chart = dir.filePath(QStringLiteral("chart.pptx"));
    REQUIRE(cli("chart", workbench, "--kind", "trend", "--standard", "L-MET", "--out", chart)
                .exitCode == 0);
    const int pages = PptxReading::libreOfficePages(chart, dir.path());
    if (pages >= 0)
        CHECK(pages == 1);
}
