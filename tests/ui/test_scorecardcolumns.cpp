// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "catchqt.h"
#include "demoworkbench.h"
#include "i18n/translators.h"
#include "itemmodels/scorecardmodel.h"
#include "mainwindow/mainwindow.h"
#include "views/columnchooser.h"
#include "views/dashboardview.h"
#include "workbench/workbench.h"

#include <QAction>
#include <QDeadlineTimer>
#include <QHeaderView>
#include <QMenu>
#include <QScrollBar>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include <memory>

using namespace Yardstick;

namespace {

using M = ScorecardModel;

void waitUntilComputed(const DashboardView &dashboard)
{
    QDeadlineTimer deadline(30000);
    while (dashboard.isComputing() && !deadline.hasExpired())
        QTest::qWait(10);
    REQUIRE_FALSE(dashboard.isComputing());
    QTest::qWait(50); // the layout that follows the new rows
}

QList<int> shownColumns(const QTreeView &tree)
{
    QList<int> shown;
    for (int column = 0; column < tree.header()->count(); ++column) {
        if (!tree.header()->isSectionHidden(column))
            shown.append(column);
    }
    return shown;
}

QAction *columnAction(const ColumnChooser &chooser, const QString &key)
{
    // As the analyst opens it: the menu is filled as it is about to show.
    emit chooser.menu()->aboutToShow();
    return chooser.menu()->findChild<QAction *>(QStringLiteral("showColumn_") + key);
}

// The widest text a column's cells show, over every standard of the tree.
int widestText(const QTreeView &tree, int column)
{
    const QAbstractItemModel &model = *tree.model();
    int widest = 0;
    for (int row = 0; row < model.rowCount(); ++row)
        widest =
            qMax(widest,
                 tree.fontMetrics().horizontalAdvance(model.index(row, column).data().toString()));
    return widest;
}

// The default columns side by side within the scorecard's width, none
// narrower than its header's words.
void checkDefaultColumnsFit(const QTreeView &tree)
{
    const QHeaderView *header = tree.header();
    int total = 0;
    for (int column : shownColumns(tree))
        total += header->sectionSize(column);
    INFO("the columns take " << total << " of " << tree.viewport()->width() << " pixels");
    CHECK(total <= tree.viewport()->width());
    CHECK(tree.horizontalScrollBar()->maximum() == 0);
    for (int column : shownColumns(tree)) {
        const QString name = tree.model()->headerData(column, Qt::Horizontal).toString();
        INFO(name.toStdString() << ": " << header->sectionSize(column) << " pixels");
        CHECK(header->sectionSize(column) >= header->fontMetrics().horizontalAdvance(name));
    }
}

// The demo in a 1280×800 window, its dashboard computed.
struct DemoAt1280
{
    QTemporaryDir dir;
    QSettings settings{dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat};
    MainWindow window{settings};
    DashboardView *dashboard = nullptr;

    DemoAt1280()
    {
        const QString path = YardstickTests::copyOfDemoWorkbench(dir.path());
        window.resize(1280, 800);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        REQUIRE(window.openWorkbench(path));
        dashboard = window.dashboardView();
        REQUIRE(dashboard);
        waitUntilComputed(*dashboard);
    }
};

// The translators for the whole test program, and the default locale, put
// back when the test ends.
struct Chinese
{
    QLocale before;
    Translators translators;
    Chinese() { REQUIRE(translators.install(Translators::localeFor(QStringLiteral("zh_CN")))); }
    ~Chinese() { QLocale::setDefault(before); }
};

} // namespace

TEST_CASE("at 1280 by 800 the scorecard's default columns fit without scrolling sideways and "
          "none is narrower than its header",
          "[ui][dashboard][columns]")
{
    DemoAt1280 demo;
    MainWindow &window = demo.window;
    DashboardView *dashboard = demo.dashboard;
    QTreeView *tree = dashboard->scorecardView();
    QHeaderView *header = tree->header();

    // What an analyst reads row by row; the rest is in the chooser.
    CHECK(shownColumns(*tree) == QList<int>{M::StatusColumn, M::CodeColumn, M::TitleColumn,
                                            M::ValueColumn, M::TargetThresholdColumn,
                                            M::TrendColumn, M::RecentColumn, M::MetColumn});

    checkDefaultColumnsFit(*tree);
    // The demo's longest value and target read whole: "93.9 per 1,000
    // disputes", "≤ 30 (≤ 60) per 1,000 disputes".
    for (int column : {int(M::ValueColumn), int(M::TargetThresholdColumn)}) {
        INFO("column " << column);
        CHECK(header->sectionSize(column) > widestText(*tree, column));
    }
    // Twelve periods in a line that can be read: 8 pixels or more apiece.
    CHECK(header->sectionSize(M::RecentColumn) >= 12 * 8);
    // The title keeps what a title needs to be recognised: 25 characters.
    CHECK(header->sectionSize(M::TitleColumn) >=
          tree->fontMetrics().horizontalAdvance(QStringLiteral("Address changes that miss")));

    SECTION("a column the analyst widens keeps its width until Reset Columns, and the title "
            "gives way")
    {
        const int value = header->sectionSize(M::ValueColumn);
        const int title = header->sectionSize(M::TitleColumn);
        header->resizeSection(M::ValueColumn, value + 40);
        CHECK(header->sectionSize(M::TitleColumn) == title - 40);
        dashboard->refresh();
        waitUntilComputed(*dashboard);
        CHECK(header->sectionSize(M::ValueColumn) == value + 40);
        QMenu *menu = dashboard->columnChooser()->menu();
        emit menu->aboutToShow();
        QAction *reset = menu->findChild<QAction *>(QStringLiteral("resetColumns"));
        REQUIRE(reset);
        reset->trigger();
        CHECK(header->sectionSize(M::ValueColumn) == value);
        CHECK(header->sectionSize(M::TitleColumn) == title);
    }

    SECTION("a narrower window scrolls sideways and squeezes nothing")
    {
        const int title = header->sectionSize(M::TitleColumn);
        const int recent = header->sectionSize(M::RecentColumn);
        window.resize(900, 800);
        QTest::qWait(50);
        CHECK(tree->horizontalScrollBar()->maximum() > 0);
        CHECK(header->sectionSize(M::RecentColumn) == recent);
        CHECK(header->sectionSize(M::TitleColumn) <= title);
        CHECK(header->sectionSize(M::TitleColumn) >=
              tree->fontMetrics().horizontalAdvance(QStringLiteral("Address changes that miss")));
    }
}

TEST_CASE("a column hidden through the chooser stays hidden in a new view, and Reset Columns "
          "brings back the defaults",
          "[ui][dashboard][columns]")
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    Workbench::OpenResult made = Workbench::createInMemory();
    REQUIRE(made.workbench);

    {
        DashboardView dashboard(*made.workbench, settings);
        QHeaderView *header = dashboard.scorecardView()->header();
        ColumnChooser &chooser = *dashboard.columnChooser();
        CHECK_FALSE(header->isSectionHidden(M::TrendColumn));
        CHECK(header->isSectionHidden(M::ComplaintsColumn));
        CHECK(header->isSectionHidden(M::DepartmentColumn));

        QAction *trend = columnAction(chooser, QStringLiteral("trend"));
        REQUIRE(trend);
        CHECK(trend->text() == QStringLiteral("Trend"));
        CHECK(trend->isChecked());
        trend->trigger();
        CHECK(header->isSectionHidden(M::TrendColumn));

        QAction *complaints = columnAction(chooser, QStringLiteral("complaints"));
        REQUIRE(complaints);
        CHECK(complaints->text() == QStringLiteral("Complaints per 1,000"));
        CHECK_FALSE(complaints->isChecked());
        complaints->trigger();
        CHECK_FALSE(header->isSectionHidden(M::ComplaintsColumn));
        // A column shown by the chooser is sized to its header too.
        CHECK(header->sectionSize(M::ComplaintsColumn) >=
              header->fontMetrics().horizontalAdvance(QStringLiteral("Complaints per 1,000")));

        // The status is what the scorecard is for (and where group rows
        // write): it cannot be hidden.
        QAction *status = columnAction(chooser, QStringLiteral("status"));
        REQUIRE(status);
        CHECK_FALSE(status->isEnabled());
        chooser.setShown(M::StatusColumn, false);
        CHECK_FALSE(header->isSectionHidden(M::StatusColumn));

        // The same menu from a right-click on a row.
        CHECK(dashboard.scorecardView()->actions().contains(chooser.menu()->menuAction()));
    }

    {
        // The next launch, or the window rebuilt in another language.
        auto again = std::make_unique<DashboardView>(*made.workbench, settings);
        QHeaderView *header = again->scorecardView()->header();
        CHECK(header->isSectionHidden(M::TrendColumn));
        CHECK_FALSE(header->isSectionHidden(M::ComplaintsColumn));

        QMenu *menu = again->columnChooser()->menu();
        emit menu->aboutToShow();
        QAction *reset = menu->findChild<QAction *>(QStringLiteral("resetColumns"));
        REQUIRE(reset);
        reset->trigger();
        CHECK_FALSE(header->isSectionHidden(M::TrendColumn));
        CHECK(header->isSectionHidden(M::ComplaintsColumn));
    }

    // Reset forgot the choice: a new view shows the defaults.
    DashboardView third(*made.workbench, settings);
    CHECK_FALSE(third.scorecardView()->header()->isSectionHidden(M::TrendColumn));
    CHECK(third.scorecardView()->header()->isSectionHidden(M::ComplaintsColumn));
}

TEST_CASE("in Chinese at 1280 by 800 the default columns fit as well and every header reads whole",
          "[ui][dashboard][columns][language]")
{
    const Chinese chinese;
    DemoAt1280 demo;
    QTreeView *tree = demo.dashboard->scorecardView();
    // The headers are the glossary's words, and a column fixed for its
    // English header once wrapped the Chinese one onto a second line.
    CHECK(tree->model()->headerData(M::TargetThresholdColumn, Qt::Horizontal) ==
          QStringLiteral("目标值（最低可接受值）"));
    CHECK(tree->model()->headerData(M::MetColumn, Qt::Horizontal) == QStringLiteral("达标"));
    checkDefaultColumnsFit(*tree);
}
