// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvpreview.h"

#include <QCoreApplication>
#include <QFile>

namespace Yardstick {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Yardstick::CsvPreview", text);
}

void fail(CsvPreview &preview, qint64 line, const QString &message)
{
    preview.errorLine = line;
    preview.error = line > 0 ? tr("line %1: %2").arg(line).arg(message) : message;
}

} // namespace

CsvPreview readCsvPreview(const QString &path, int maxRows)
{
    CsvPreview preview;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        fail(preview, 0, tr("cannot be read: %1").arg(file.errorString()));
        return preview;
    }
    CsvReader reader(file);
    std::optional<CsvRecord> header = reader.next();
    preview.separator = reader.separator();
    preview.encoding = reader.encodingName();
    if (!header) {
        if (const auto &error = reader.error())
            fail(preview, error->line, error->message);
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
