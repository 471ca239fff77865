// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later

// PowerPoint from the window: the chart export dialog's PowerPoint choice
// and Reports → Export as PowerPoint…, which runs in the background like the
// PDF pack; the decks read back with QuaZip (tests/support/pptxreading).
#include "catchqt.h"
#include "demoworkbench.h"
#include "export/chartexportdialog.h"
#include "export/chartexporter.h"
#include "jobs/reportpackjob.h"
#include "support/pptxreading.h"
#include "test_chartsamples.h"
#include "views/reportsview.h"
#include "workbench/workbench.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDeadlineTimer>
#include <QImage>
#include <QLineEdit>
#include <QMessageBox>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace Yardstick;

namespace {

void waitUntilIdle(const ReportsView &view)
{
    QDeadlineTimer deadline(180000);
    while (view.isBusy() && !deadline.hasExpired())
        QTest::qWait(50);
    REQUIRE_FALSE(view.isBusy());
}

} // namespace

TEST_CASE("the chart export dialog offers a PowerPoint slide and writes one", "[ui][pptx]")
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    const AnyChart chart = ChartSamples::turnaroundTrend();
    ChartExportDialog dialog(chart, QStringLiteral("Borough of Example"), settings);
    const int pptx = dialog.formatBox()->findData(int(ChartExportOptions::Format::Pptx));
    REQUIRE(pptx >= 0);
    dialog.fileEdit()->setText(dir.filePath(QStringLiteral("trend.png")));
    dialog.formatBox()->setCurrentIndex(pptx);
    // The file follows the format; a slide has no size to choose.
    CHECK(dialog.filePath().endsWith(QLatin1String("trend.pptx")));
    CHECK_FALSE(dialog.sizeBox()->isEnabled());
    const ChartExportResult result =
        ChartExporter::exportChart(chart, dialog.options(), dialog.filePath());
    REQUIRE(result.ok());
    const PptxReading::Package package = PptxReading::read(dialog.filePath());
    CHECK(package.problems() == QStringList());
    REQUIRE(package.slides().size() == 1);
    const QString slide = package.slides().constFirst();
    const QStringList texts = package.texts(slide);
    CHECK(texts.constFirst() == ChartSamples::turnaroundTrend().title);
    // The headline is editable text on the slide, as the chart prints it.
    CHECK(texts.contains(ChartSamples::turnaroundTrend().headline));
    // The PNG is a real picture with the slide's picture area's shape.
    const auto images = package.relationshipsOfType(slide, QStringLiteral("image"));
    REQUIRE(images.size() == 2);
    for (const auto &image : images) {
        if (package.contentType(image.target) != QLatin1String("image/png"))
            continue;
        const QImage png = QImage::fromData(package.parts.value(image.target), "PNG");
        REQUIRE_FALSE(png.isNull());
        CHECK(png.width() == 1600);
    }
}

TEST_CASE("Export as PowerPoint writes the pack as a deck in the background", "[ui][reports][pptx]")
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    Workbench::OpenResult opened = Workbench::open(YardstickTests::copyOfDemoWorkbench(dir.path()));
    REQUIRE(opened.workbench);
    ReportsView view(*opened.workbench, settings);
    view.resize(1000, 700);
    view.show();
    // Cover, scorecard and the headline trends: a short deck.
    for (ReportSection section : allReportSections())
        view.sectionBox(section)->setChecked(section == ReportSection::Cover ||
                                             section == ReportSection::Scorecard ||
                                             section == ReportSection::HeadlineTrends);
    QSignalSpy finished(&view, &ReportsView::packFinished);
    const QString deck = dir.filePath(QStringLiteral("pack.pptx"));
    REQUIRE(view.deckAction()->isEnabled());

    SECTION("on Yardstick's master")
    {
        view.createDeck(deck);
        CHECK(view.isBusy());
        CHECK_FALSE(view.deckAction()->isEnabled());
        waitUntilIdle(view);
        REQUIRE(finished.size() == 1);
        CHECK(finished.constFirst().at(1).toString().isEmpty());
        const PptxReading::Package package = PptxReading::read(deck);
        CHECK(package.problems() == QStringList());
        const QStringList slides = package.slides();
        // Title, the demo's scorecard over several slides, three trends.
        REQUIRE(slides.size() > 5);
        CHECK(package.texts(slides.at(1)).constFirst().startsWith(QStringLiteral("Scorecard, ")));
        CHECK(package.texts(slides.at(2)).constFirst().endsWith(QStringLiteral("(continued)")));
        CHECK(package.relationshipsOfType(slides.constLast(), QStringLiteral("image")).size() == 2);
        auto *done = view.findChild<QMessageBox *>(QStringLiteral("reportDoneMessage"));
        REQUIRE(done);
        CHECK(done->text().contains(QStringLiteral("pack.pptx")));
        done->close();
    }

    SECTION("a master that is no deck is an error and nothing starts")
    {
        QSignalSpy errors(&view, &ReportsView::errorOccurred);
        view.masterEdit()->setText(dir.filePath(QStringLiteral("missing.pptx")));
        view.createDeck(deck);
        CHECK_FALSE(view.isBusy());
        REQUIRE(errors.size() == 1);
        CHECK(errors.constFirst().at(0).toString().contains(QStringLiteral("missing.pptx")));
        CHECK_FALSE(QFile::exists(deck));
    }
}
