// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "catchqt.h"
#include "demoworkbench.h"
#include "jobs/reportpackjob.h"
#include "views/recentpacksbox.h"
#include "views/reportsview.h"
#include "workbench/workbench.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDeadlineTimer>
#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
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

QList<ReportSection> sectionsTicked(const ReportsView &view)
{
    QList<ReportSection> ticked;
    for (ReportSection section : allReportSections()) {
        if (view.sectionBox(section)->isChecked())
            ticked << section;
    }
    return ticked;
}

} // namespace

TEST_CASE("a report template saved from the page comes back with its sections", "[ui][reports]")
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    Workbench::OpenResult made = Workbench::createInMemory();
    REQUIRE(made.workbench);
    Workbench &workbench = *made.workbench;

    QList<ReportSection> chosen;
    {
        ReportsView view(workbench, settings);
        view.show();
        REQUIRE(QTest::qWaitForWindowExposed(&view));
        // The standard pack: every section, monthly.
        CHECK(sectionsTicked(view) == allReportSections());
        CHECK_FALSE(view.deleteButton()->isEnabled());

        view.sectionBox(ReportSection::ComplaintsPerMonth)->setChecked(false);
        view.sectionBox(ReportSection::Heatmap)->setChecked(false);
        view.sectionBox(ReportSection::Departments)->setChecked(false);
        // On its box, at the left: the check box spans the group's width.
        QCheckBox *cover = view.sectionBox(ReportSection::Cover);
        QTest::mouseClick(cover, Qt::LeftButton, {}, QPoint(6, cover->height() / 2));
        chosen = {ReportSection::Scorecard, ReportSection::HeadlineTrends,
                  ReportSection::BreachedControlCharts, ReportSection::ComplaintsPareto};
        CHECK(sectionsTicked(view) == chosen);
        view.periodBox()->setCurrentIndex(view.periodBox()->findText(QStringLiteral("Quarter")));
        QTest::keyClicks(view.titleEdit(), QStringLiteral("Board pack"));
        view.maxChartsBox()->setValue(3);
        REQUIRE(view.saveTemplateAs(QStringLiteral("Board")));

        const std::optional<ReportTemplate> saved =
            workbench.reportTemplates().find(QStringLiteral("Board"));
        REQUIRE(saved);
        CHECK(saved->sections == chosen);
        CHECK(saved->periodKind == PeriodKind::Quarter);
        CHECK(saved->title == QStringLiteral("Board pack"));
        CHECK(saved->maxControlCharts == 3);
        CHECK(view.templateBox()->currentText() == QStringLiteral("Board"));
        CHECK(view.deleteButton()->isEnabled());

        // Back to the standard pack, then to the saved one, from the keyboard.
        view.templateBox()->setFocus();
        QTest::keyClick(view.templateBox(), Qt::Key_Up);
        CHECK(view.templateBox()->currentIndex() == 0);
        CHECK(sectionsTicked(view) == allReportSections());
        CHECK(view.titleEdit()->text().isEmpty());
        QTest::keyClick(view.templateBox(), Qt::Key_Down);
        CHECK(sectionsTicked(view) == chosen);
        CHECK(view.maxChartsBox()->value() == 3);
    }

    SECTION("a new page opens on the template last chosen")
    {
        ReportsView view(workbench, settings);
        CHECK(view.templateBox()->currentText() == QStringLiteral("Board"));
        CHECK(sectionsTicked(view) == chosen);
        CHECK(view.titleEdit()->text() == QStringLiteral("Board pack"));
        CHECK(view.request().reportTemplate.periodKind == PeriodKind::Quarter);
        // All data unless dates are ticked.
        CHECK_FALSE(view.request().from.isValid());
        CHECK_FALSE(view.request().to.isValid());
    }

    SECTION("a deleted template is gone from the workbench and the list")
    {
        ReportsView view(workbench, settings);
        REQUIRE(view.removeTemplate(QStringLiteral("Board")));
        CHECK_FALSE(workbench.reportTemplates().find(QStringLiteral("Board")).has_value());
        CHECK(view.templateBox()->count() == 1);
        CHECK(sectionsTicked(view) == allReportSections());
    }
}

TEST_CASE("Create Report Pack writes the PDF in the background and offers to open it",
          "[ui][reports]")
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    Workbench::OpenResult opened = Workbench::open(YardstickTests::copyOfDemoWorkbench(dir.path()));
    REQUIRE(opened.workbench);

    ReportsView view(*opened.workbench, settings);
    view.resize(1000, 700);
    view.show();
    // A short pack: the tests need a PDF, not the whole demo in charts.
    for (ReportSection section : allReportSections()) {
        view.sectionBox(section)->setChecked(section == ReportSection::Cover ||
                                             section == ReportSection::HeadlineTrends ||
                                             section == ReportSection::BreachedControlCharts);
    }
    view.maxChartsBox()->setValue(1);
    QSignalSpy finished(&view, &ReportsView::packFinished);
    const QString pdf = dir.filePath(QStringLiteral("pack.pdf"));

    SECTION("to the end")
    {
        view.createPack(pdf);
        CHECK(view.isBusy());
        CHECK_FALSE(view.createAction()->isEnabled());
        REQUIRE(view.job());
        CHECK(view.job()->progressDialog()->isVisible());
        waitUntilIdle(view);
        REQUIRE(finished.size() == 1);
        CHECK(finished.constFirst().at(0).toString() == pdf);
        CHECK(finished.constFirst().at(1).toString().isEmpty());
        QFile file(pdf);
        REQUIRE(file.open(QIODevice::ReadOnly));
        CHECK(file.read(5) == QByteArray("%PDF-"));
        auto *done = view.findChild<QMessageBox *>(QStringLiteral("reportDoneMessage"));
        REQUIRE(done);
        CHECK(done->text().contains(QStringLiteral("pack.pdf")));
        CHECK(view.createAction()->isEnabled());
        done->close();

        // Listed under Recent packs, and still there in a new view of the
        // same workbench; not for another workbench.
        REQUIRE(view.recentPacks()->packs().size() == 1);
        CHECK(view.recentPacks()->packs().constFirst().path == pdf);
        CHECK(view.recentPacks()->list()->item(0)->text().startsWith(QStringLiteral("pack.pdf")));
        CHECK(view.recentPacks()->openButton()->isEnabled());
        ReportsView again(*opened.workbench, settings);
        CHECK(again.recentPacks()->packs().size() == 1);
        RecentPacksBox other(settings, dir.filePath(QStringLiteral("other.yardstick")));
        CHECK(other.packs().isEmpty());
        CHECK_FALSE(other.openButton()->isEnabled());
        // A pack deleted since is left out.
        REQUIRE(QFile::remove(pdf));
        ReportsView afterDelete(*opened.workbench, settings);
        CHECK(afterDelete.recentPacks()->packs().isEmpty());
    }

    SECTION("cancelled, leaving no file")
    {
        view.createPack(pdf);
        REQUIRE(view.job());
        auto *cancel = view.job()->progressDialog()->findChild<QPushButton *>();
        REQUIRE(cancel);
        QTest::mouseClick(cancel, Qt::LeftButton);
        waitUntilIdle(view);
        REQUIRE(finished.size() == 1);
        CHECK_FALSE(finished.constFirst().at(1).toString().isEmpty());
        CHECK_FALSE(QFile::exists(pdf));
        CHECK(view.findChild<QMessageBox *>(QStringLiteral("reportDoneMessage")) == nullptr);
        CHECK(view.recentPacks()->packs().isEmpty());
    }
}
