// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tablesource.h"

#include "csvtablesource.h"
#include "xlsxtablesource.h"
#include "xlsxworkbook.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace Yardstick {

namespace {

// lupdate files the tr() calls of free functions under their namespace, so
// that is the context their translations are looked up in.
QString tr(const char *text)
{
    return QCoreApplication::translate("Yardstick", text);
}

TableOpening failed(const char *column, const QString &error)
{
    return {nullptr, QLatin1String(column), error};
}

TableOpening openCsv(const QString &path, const QString &sheet)
{
    if (!sheet.isEmpty())
        return failed("sheet",
                      tr("is not an Excel workbook, so it has no sheet \"%1\"").arg(sheet));
    auto csv = std::make_unique<CsvTableSource>(path);
    QString error;
    if (!csv->open(error))
        return failed("file", tr("cannot be read: %1").arg(error));
    return {std::move(csv), QString(), QString()};
}

} // namespace

TableOpening openTableSource(const QString &path, const QString &sheet)
{
    if (!looksLikeXlsx(path))
        return openCsv(path, sheet);
    auto workbook = std::make_unique<XlsxWorkbook>(path);
    if (!workbook->open())
        return failed("file", workbook->error());
    const QList<XlsxSheetEntry> &sheets = workbook->sheets();
    qsizetype found = sheet.isEmpty() ? 0 : -1;
    // Excel itself does not tell sheet names apart by case.
    for (qsizetype i = 0; found < 0 && i < sheets.size(); ++i) {
        if (sheets.at(i).name.compare(sheet, Qt::CaseInsensitive) == 0)
            found = i;
    }
    if (found < 0) {
        QStringList names;
        for (const XlsxSheetEntry &entry : sheets)
            names.append(u'"' % entry.name % u'"');
        return failed("sheet", tr("the workbook has no sheet \"%1\"; its sheets are %2")
                                   .arg(sheet, names.join(QStringLiteral(", "))));
    }
    if (!workbook->loadCellTables())
        return failed("file", workbook->error());
    const XlsxSheetEntry entry = sheets.at(found);
    auto source =
        std::make_unique<XlsxTableSource>(std::move(workbook), entry, QFileInfo(path).fileName());
    QString error;
    if (!source->open(error))
        return failed("file", error);
    return {std::move(source), QString(), QString()};
}

} // namespace Yardstick
