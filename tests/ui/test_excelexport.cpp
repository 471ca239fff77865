// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Every CSV export of the window has an Excel export beside it, writing the
// same table as a workbook with typed cells.
#include "catchqt.h"
#include "demoworkbench.h"
#include "dialogs/importresultdialog.h"
#include "io/standardcatalogueexporter.h"
#include "mainwindow/importcontroller.h"
#include "mainwindow/mainwindow.h"
#include "support/xlsxcells.h"
#include "workbench/workbench.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>

using namespace Yardstick;
using namespace Yardstick::Testing;
using namespace Qt::StringLiterals;

namespace {

QMenu *fileMenu(MainWindow &window)
{
    for (QAction *action : window.menuBar()->actions()) {
        if (action->menu() && action->text().remove(u'&') == u"File"_s)
            return action->menu();
    }
    FAIL("no File menu");
    return nullptr;
}

QStringList headerOf(const XlsxReadSheet &sheet, qsizetype columns)
{
    QStringList header;
    for (qsizetype c = 0; c < columns; ++c)
        header.append(sheet.cell(QChar(char16_t(u'A' + c)) + u"1"_s).value);
    return header;
}

} // namespace

TEST_CASE("the File menu offers the catalogue to Excel right after its CSV export",
          "[ui][xlsxexport]")
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(u"s.ini"_s), QSettings::IniFormat);
    MainWindow window(settings);
    const ImportController *imports = window.imports();
    QAction *csv = imports->exportStandardsAction();
    QAction *excel = imports->exportStandardsExcelAction();
    REQUIRE(excel);
    CHECK(excel->objectName() == u"exportStandardsExcelAction"_s);
    CHECK(excel->text().remove(u'&') == u"Export Standards Catalogue to Excel…"_s);
    CHECK_FALSE(excel->isEnabled());
    const QList<QAction *> actions = fileMenu(window)->actions();
    const qsizetype at = actions.indexOf(csv);
    REQUIRE(at >= 0);
    REQUIRE(at + 1 < actions.size());
    CHECK(actions.at(at + 1) == excel);

    REQUIRE(window.openWorkbench(YardstickTests::copyOfDemoWorkbench(dir.path())));
    CHECK(excel->isEnabled());
    const QString path = dir.filePath(u"standards.xlsx"_s);
    CHECK(window.imports()->exportStandardsToExcel(path).isEmpty());
    const QList<XlsxReadSheet> sheets = readXlsxSheets(path);
    REQUIRE(sheets.size() == 1);
    const QStringList columns = StandardCatalogueExporter::csvColumns();
    CHECK(headerOf(sheets.constFirst(), columns.size()) == columns);
    // One row per standard of the catalogue, the header above them.
    const qsizetype standards = window.workbench()->catalogue().standards().size();
    CHECK(sheets.constFirst().autoFilter ==
          u"A1:"_s + QChar(char16_t(u'A' + columns.size() - 1)) + QString::number(standards + 1));
}

TEST_CASE("the import result offers the rejections to Excel beside the CSV", "[ui][xlsxexport]")
{
    QTemporaryDir dir;
    ImportSummary summary;
    summary.file = u"cases.csv"_s;
    summary.rowsRead = 3;
    summary.rejected = 1;
    summary.rejections = {{u"cases.csv"_s, 3, u"Svc"_s, u"=NOPE is not a service"_s}};
    ImportResultDialog dialog(summary, dir.path());
    const auto *csv = dialog.findChild<QPushButton *>(u"exportRejectionsButton"_s);
    const auto *excel = dialog.findChild<QPushButton *>(u"exportRejectionsExcelButton"_s);
    REQUIRE(csv);
    REQUIRE(excel);
    CHECK(excel->isVisibleTo(&dialog));
    CHECK(excel->isEnabled());
    CHECK(excel->parentWidget() == csv->parentWidget());

    const QString path = dir.filePath(u"rejections.xlsx"_s);
    CHECK(dialog.exportRejectionsToExcel(path).isEmpty());
    const QList<XlsxReadSheet> sheets = readXlsxSheets(path);
    REQUIRE(sheets.size() == 1);
    const XlsxReadSheet &s = sheets.constFirst();
    CHECK(headerOf(s, 4) == QStringList{u"file"_s, u"line"_s, u"column"_s, u"reason"_s});
    CHECK(s.cell(u"B2"_s).isNumber());
    CHECK(s.cell(u"B2"_s).value.toDouble() == 3);
    CHECK(s.cell(u"D2"_s).isString());
    CHECK(s.cell(u"D2"_s).value == u"=NOPE is not a service"_s);

    // Nothing rejected, nothing to export: neither button shows.
    ImportSummary clean;
    clean.file = u"cases.csv"_s;
    ImportResultDialog none(clean, dir.path());
    CHECK_FALSE(
        none.findChild<QPushButton *>(u"exportRejectionsExcelButton"_s)->isVisibleTo(&none));
}
