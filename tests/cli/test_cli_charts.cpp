// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "clisupport.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSize>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace CliTest;

namespace {

QString demo(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("demo.yardstick"));
    const Result init = cli("init", path, "--demo");
    REQUIRE(init.exitCode == 0);
    return path;
}

// A PNG's size from its IHDR chunk: bytes 16-19 width, 20-23 height, big
// endian (PNG specification, section 11.2.2).
QSize pngSize(const QByteArray &png)
{
    REQUIRE(png.startsWith("\x89PNG\r\n\x1a\n"));
    auto bigEndian = [&](int at) {
        return (quint32(quint8(png[at])) << 24) | (quint32(quint8(png[at + 1])) << 16) |
               (quint32(quint8(png[at + 2])) << 8) | quint32(quint8(png[at + 3]));
    };
    return QSize(int(bigEndian(16)), int(bigEndian(20)));
}

// The text of a PDF as poppler's pdftotext reads it; empty (with a warning)
// when poppler-utils is missing.
// -raw keeps the order the text was drawn in, so a title wrapped onto two
// lines of its cell reads as one once whitespace is simplified.
QString pdfText(const QString &pdf, const QString &mode = QStringLiteral("-layout"))
{
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty()) {
        WARN("pdftotext is missing (poppler-utils); the PDF's text is not checked");
        return {};
    }
    QProcess process;
    process.start(QStringLiteral("pdftotext"), {mode, pdf, QStringLiteral("-")});
    REQUIRE(process.waitForFinished(60000));
    return QString::fromUtf8(process.readAllStandardOutput());
}

int pdfPages(const QString &pdf)
{
    if (QStandardPaths::findExecutable(QStringLiteral("pdfinfo")).isEmpty())
        return -1;
    QProcess process;
    process.start(QStringLiteral("pdfinfo"), {pdf});
    REQUIRE(process.waitForFinished(60000));
    for (const QByteArray &line : process.readAllStandardOutput().split('\n')) {
        if (line.startsWith("Pages:"))
            return line.mid(6).trimmed().toInt();
    }
    return 0;
}

} // namespace

TEST_CASE("the headline trend chart is written as a slide-sized PNG", "[cli][chart]")
{
    QTemporaryDir dir;
    const QString workbench = demo(dir);
    const QString png = dir.filePath(QStringLiteral("headline.png"));
    const Result result =
        cli("chart", workbench, "--standard", "APP-T-01", "--kind", "trend", "--out", png);
    INFO(result.err.toStdString());
    REQUIRE(result.exitCode == 0);
    // The 16:9 slide preset is 1920 x 1080 pixels.
    CHECK(pngSize(readFile(png)) == QSize(1920, 1080));
}

TEST_CASE("an A4 chart at 300 dpi has A4's pixels", "[cli][chart]")
{
    QTemporaryDir dir;
    const QString workbench = demo(dir);
    const QString png = dir.filePath(QStringLiteral("a4.png"));
    const Result result = cli("chart", workbench, "--standard", "APP-T-01", "--kind", "control",
                              "--out", png, "--size", "a4", "--dpi", "300");
    INFO(result.err.toStdString());
    REQUIRE(result.exitCode == 0);
    // 297 mm / 25.4 x 300 = 3507.9 -> 3508; 210 mm -> 2480.3 -> 2480.
    CHECK(pngSize(readFile(png)) == QSize(3508, 2480));
}

TEST_CASE("a chart exported as PDF and SVG carries its title as text", "[cli][chart]")
{
    QTemporaryDir dir;
    const QString workbench = demo(dir);
    const QString pdf = dir.filePath(QStringLiteral("trend.pdf"));
    REQUIRE(cli("chart", workbench, "--standard", "APP-T-01", "--standard", "INQ-T-01", "--kind",
                "trend", "--out", pdf, "--title", "Faster decisions", "--footnote",
                "Source: card-division case records")
                .exitCode == 0);
    const QByteArray pdfBytes = readFile(pdf);
    CHECK(pdfBytes.startsWith("%PDF-"));
    const QString text = pdfText(pdf);
    if (!text.isEmpty()) {
        CHECK(text.contains(QStringLiteral("Faster decisions")));
        CHECK(text.contains(QStringLiteral("Source: card-division case records")));
    }

    const QString svg = dir.filePath(QStringLiteral("pareto.svg"));
    const Result pareto = cli("chart", workbench, "--kind", "pareto", "--out", svg, "--title",
                              "What customers write about");
    INFO(pareto.err.toStdString());
    REQUIRE(pareto.exitCode == 0);
    const QByteArray svgBytes = readFile(svg);
    CHECK(svgBytes.contains("<svg"));
    CHECK(svgBytes.contains("What customers write about"));
}

TEST_CASE("every chart kind can be drawn from the demo", "[cli][chart]")
{
    QTemporaryDir dir;
    const QString workbench = demo(dir);
    const QString png = dir.filePath(QStringLiteral("chart.png"));
    for (const char *kind : {"heatmap", "departments"}) {
        INFO(kind);
        const Result result =
            cli("chart", workbench, "--kind", kind, "--out", png, "--size", "800x600");
        INFO(result.err.toStdString());
        CHECK(result.exitCode == 0);
        CHECK(pngSize(readFile(png)) == QSize(800, 600));
    }
    const Result breaches = cli("chart", workbench, "--kind", "pareto", "--pareto", "breaches",
                                "--out", png, "--period", "quarter");
    CHECK(breaches.exitCode == 0);
}

TEST_CASE("the demo's heat map of every standard is written on every page it takes", "[cli][chart]")
{
    QTemporaryDir dir;
    const QString workbench = demo(dir);
    // The demo's catalogue holds 188 standards (the README's window shows
    // 189 after one more is imported); a 1920 × 1080 slide holds far fewer.
    const QString png = dir.filePath(QStringLiteral("heat.png"));
    const Result result = cli("chart", workbench, "--kind", "heatmap", "--out", png);
    INFO(result.err.toStdString());
    REQUIRE(result.exitCode == 0);
    CHECK(pngSize(readFile(png)) == QSize(1920, 1080));
    CHECK(QFile::exists(dir.filePath(QStringLiteral("heat-2.png"))));
    int files = 1;
    while (QFile::exists(dir.filePath(QStringLiteral("heat-%1.png").arg(files + 1))))
        ++files;
    CHECK(files >= 2);
    // The message names every file written.
    CHECK(result.err.contains("heat.png"));
    CHECK(result.err.contains(QStringLiteral("heat-%1.png").arg(files).toUtf8()));
    CHECK(result.err.contains("one file a page"));

    const QString pdf = dir.filePath(QStringLiteral("heat.pdf"));
    const Result paper = cli("chart", workbench, "--kind", "heatmap", "--out", pdf, "--size", "a4");
    INFO(paper.err.toStdString());
    REQUIRE(paper.exitCode == 0);
    CHECK_FALSE(QFile::exists(dir.filePath(QStringLiteral("heat-2.pdf"))));
    const int pages = pdfPages(pdf);
    if (pages < 0)
        return;
    CHECK(pages >= 2);
    CHECK(paper.err.contains(QStringLiteral("%1 pages").arg(pages).toUtf8()));
    const QString text = pdfText(pdf).simplified();
    CHECK(text.contains(QStringLiteral("Standards 1–")));
    CHECK(text.contains(QStringLiteral("–188 of 188")));
    CHECK_FALSE(text.contains(QStringLiteral("Showing the first")));
}

TEST_CASE("chart refuses unknown standards and bad options with the right exit code",
          "[cli][chart]")
{
    QTemporaryDir dir;
    const QString workbench = demo(dir);
    const QString png = dir.filePath(QStringLiteral("x.png"));
    const Result unknown =
        cli("chart", workbench, "--standard", "NOPE-1", "--kind", "trend", "--out", png);
    CHECK(unknown.exitCode == 1);
    CHECK(unknown.err.contains("NOPE-1"));
    CHECK(cli("chart", workbench, "--standard", "APP-T-01", "--out", png).exitCode == 2);
    CHECK(cli("chart", workbench, "--standard", "APP-T-01", "--kind", "trend", "--out",
              dir.filePath(QStringLiteral("x.gif")))
              .exitCode == 2);
    CHECK(cli("chart", workbench, "--standard", "APP-T-01", "--kind", "trend", "--out", png,
              "--dpi", "50")
              .exitCode == 2);
    CHECK(cli("chart", workbench, "--kind", "control", "--out", png).exitCode == 2);
    // A p chart of a turnaround standard cannot be drawn: said, exit 1.
    const Result wrongType = cli("chart", workbench, "--standard", "APP-T-01", "--kind", "control",
                                 "--chart", "p", "--out", png);
    CHECK(wrongType.exitCode == 1);
    CHECK(wrongType.err.contains("APP-T-01"));
    CHECK_FALSE(QFile::exists(png));
}

TEST_CASE("chart on an empty workbench says why in ChartService's words, writing nothing",
          "[cli][chart]")
{
    QTemporaryDir dir;
    const QString workbench = emptyWorkbench(dir);
    const QString png = dir.filePath(QStringLiteral("x.png"));
    // The same words the Charts page shows in place of these charts.
    const Result letters = cli("chart", workbench, "--kind", "complaints-per-month", "--out", png);
    CHECK(letters.exitCode == 1);
    CHECK(letters.err.contains("This workbench holds no complaint letters yet."));
    const Result departments = cli("chart", workbench, "--kind", "departments", "--out", png);
    CHECK(departments.exitCode == 1);
    CHECK(departments.err.contains("The workbench holds no data yet."));
    const Result survey = cli("chart", workbench, "--kind", "servqual-gaps", "--out", png);
    CHECK(survey.exitCode == 1);
    CHECK(survey.err.contains("The workbench has no survey answers to chart."));
    CHECK_FALSE(QFile::exists(png));
}

TEST_CASE("the report pack is one PDF with a cover, the scorecard and charts", "[cli][report]")
{
    QTemporaryDir dir;
    const QString workbench = demo(dir);
    const QString pdf = dir.filePath(QStringLiteral("pack.pdf"));
    const Result result = cli("report", workbench, "--out", pdf);
    INFO(result.err.toStdString());
    REQUIRE(result.exitCode == 0);
    CHECK(readFile(pdf).startsWith("%PDF-"));
    const int pages = pdfPages(pdf);
    if (pages >= 0) {
        // Cover, 188 standards over several scorecard pages, 3 headline
        // trends, then breached standards, Pareto, heat map, departments.
        CHECK(pages >= 1 + 5 + 3 + 3);
    }
    const QString text = pdfText(pdf);
    if (!text.isEmpty()) {
        CHECK(text.contains(QStringLiteral("Service quality report")));
        CHECK(text.contains(QStringLiteral("Card Division, Quality Assurance")));
        CHECK(text.contains(QStringLiteral("APP-T-01")));
        // The standard template has every section, the complaints per month too.
        CHECK(text.contains(QStringLiteral("Complaint letters per month by dimension")));
    }
}

TEST_CASE("the report pack's scorecard and heat map leave no standard and no word out",
          "[cli][report]")
{
    QTemporaryDir dir;
    const QString workbench = demo(dir);
    const QString pdf = dir.filePath(QStringLiteral("pack.pdf"));
    REQUIRE(cli("report", workbench, "--out", pdf).exitCode == 0);
    const Result card = cli("scorecard", workbench, "--format", "json");
    REQUIRE(card.exitCode == 0);
    const QJsonArray rows = QJsonDocument::fromJson(card.out).array();
    REQUIRE(rows.size() > 100);
    // NFKC undoes the ligatures the PDF's font draws ("ﬀ" in "offer").
    const QString text =
        pdfText(pdf, QStringLiteral("-raw")).normalized(QString::NormalizationForm_KC).simplified();
    if (text.isEmpty())
        return;
    // Every standard of the scorecard, code and full title, is in the pack.
    int missing = 0;
    for (const QJsonValue &row : rows) {
        const QString code = row[QStringLiteral("code")].toString();
        const QString title = row[QStringLiteral("title")].toString().simplified();
        if (!text.contains(code) || !text.contains(title)) {
            UNSCOPED_INFO(code.toStdString() << " " << title.toStdString());
            ++missing;
        }
    }
    CHECK(missing == 0);
    // The headers in full, and no cell cut short with an ellipsis.
    for (const char *header : {"Code", "Standard", "Value", "Target", "Status", "Trend"})
        CHECK(text.contains(QLatin1String(header)));
    CHECK(text.contains(QStringLiteral("Met, last 12")));
    // (A word cut short ends in "…"; the breached pages' "… and 3 more" is
    // not one.)
    CHECK_FALSE(text.contains(QRegularExpression(QStringLiteral("\\w…"))));

    // The heat map's pages follow on from each other and end with the last
    // standard: "Standards 1–40 of 57", "Standards 41–57 of 57".
    const QRegularExpression note(QStringLiteral("Standards (\\d+)–(\\d+) of (\\d+)"));
    int next = 1;
    int total = -1;
    for (const QRegularExpressionMatch &m : note.globalMatch(text)) {
        CHECK(m.captured(1).toInt() == next);
        next = m.captured(2).toInt() + 1;
        total = m.captured(3).toInt();
    }
    // The demo's heat map holds more standards than one page: it is paged.
    REQUIRE(total > 0);
    CHECK(next == total + 1);
}

TEST_CASE("a report with an unknown template or backwards dates is refused", "[cli][report]")
{
    QTemporaryDir dir;
    const QString workbench = demo(dir);
    const QString pdf = dir.filePath(QStringLiteral("pack.pdf"));
    const Result unknown = cli("report", workbench, "--out", pdf, "--template", "Board");
    CHECK(unknown.exitCode == 1);
    CHECK(unknown.err.contains("Board"));
    CHECK(cli("report", workbench, "--out", pdf, "--from", "2025-06-01", "--to", "2025-01-01")
              .exitCode == 2);
    CHECK_FALSE(QFile::exists(pdf));
}

TEST_CASE("complaints per month by dimension is drawn to PNG, and both complaint Paretos too",
          "[cli][chart]")
{
    QTemporaryDir dir;
    const QString workbench = demo(dir);
    const QString png = dir.filePath(QStringLiteral("complaints.png"));
    const Result result = cli("chart", workbench, "--kind", "complaints-per-month", "--out", png);
    INFO(result.err.toStdString());
    REQUIRE(result.exitCode == 0);
    // The 16:9 slide preset is 1920 x 1080 pixels.
    CHECK(pngSize(readFile(png)) == QSize(1920, 1080));

    // A year of it, as a PDF: its title is in the text.
    const QString pdf = dir.filePath(QStringLiteral("complaints.pdf"));
    const Result year = cli("chart", workbench, "--kind", "complaints-per-month", "--from",
                            "2025-01-01", "--to", "2025-12-31", "--out", pdf);
    INFO(year.err.toStdString());
    REQUIRE(year.exitCode == 0);
    CHECK(pdfPages(pdf) != 0);
    const QString text = pdfText(pdf);
    if (!text.isEmpty())
        CHECK(text.contains(QStringLiteral("per month")));

    // Before the demo's first letter there is nothing to count: said, exit 1.
    const Result none = cli("chart", workbench, "--kind", "complaints-per-month", "--to",
                            "2020-12-31", "--out", dir.filePath(QStringLiteral("none.png")));
    CHECK(none.exitCode == 1);
    CHECK_FALSE(none.err.isEmpty());

    for (const char *subject : {"complaints-by-service", "complaints-by-dimension"}) {
        INFO(subject);
        const QString svg = dir.filePath(QStringLiteral("pareto.svg"));
        const Result pareto =
            cli("chart", workbench, "--kind", "pareto", "--pareto", subject, "--out", svg);
        CHECK(pareto.exitCode == 0);
        CHECK(readFile(svg).contains("<svg"));
    }
}
