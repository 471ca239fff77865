// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvpreview.h"

#include "tablesource.h"

#include <QCoreApplication>

namespace Yardstick {

namespace {

// lupdate files the tr() calls of free functions under their namespace, so
// that is the context their translations are looked up in.
QString tr(const char *text)
{
    return QCoreApplication::translate("Yardstick", text);
}

void fail(CsvPreview &preview, qint64 line, const QString &message)
{
    preview.errorLine = line;
    preview.error = line > 0 ? tr("line %1: %2").arg(line).arg(message) : message;
}

} // namespace

CsvPreview readCsvPreview(const QString &path, int maxRows, const QString &sheet)
{
    CsvPreview preview;
    const TableOpening opening = openTableSource(path, sheet);
    if (!opening.source) {
        fail(preview, 0, opening.error);
        return preview;
    }
    TableSource &reader = *opening.source;
    std::optional<CsvRecord> header = reader.next();
    preview.separator = reader.separator();
    preview.encoding = reader.encodingName();
    preview.sheet = reader.sheetName();
    if (!header) {
        if (const auto &error = reader.error())
            fail(preview, error->line, error->message);
        else if (!preview.sheet.isEmpty())
            fail(preview, 0, tr("the sheet is empty"));
        else
            fail(preview, 0, tr("the file is empty"));
        return preview;
    }
    preview.header = header->fields;
    for (QString &name : preview.header)
        name = name.trimmed();
    while (preview.rows.size() < maxRows) {
        std::optional<CsvRecord> record = reader.next();
        if (!record)
            break;
        preview.rows.append(std::move(*record));
    }
    if (const auto &error = reader.error())
        fail(preview, error->line, error->message);
    return preview;
}

} // namespace Yardstick
