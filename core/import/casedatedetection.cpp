// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "casedatedetection.h"

#include "csvreader.h"
#include "dateformatdetector.h"
#include "missingvalues.h"

#include <QFile>

namespace Yardstick {

CaseImportSettings withDetectedDates(const QString &path, CaseImportSettings settings)
{
    settings.datesDetected = true;
    settings.detectedDates = std::nullopt;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return settings;
    CsvReader reader(file);
    const std::optional<CsvRecord> header = reader.next();
    if (!header)
        return settings;
    QList<int> columns;
    for (CaseField field : {CaseField::Received, CaseField::Completed}) {
        const QString name = settings.columnFor(field).trimmed();
        for (int i = 0; i < header->fields.size(); ++i) {
            if (header->fields.at(i).trimmed().compare(name, Qt::CaseInsensitive) == 0) {
                columns.append(i);
                break;
            }
        }
    }
    const MissingValues missing(settings.missingTokens);
    DateFormatDetector detector;
    while (const std::optional<CsvRecord> row = reader.next()) {
        for (int column : std::as_const(columns)) {
            if (column >= row->fields.size())
                continue;
            const QString &value = row->fields.at(column);
            if (!missing.isMissing(value))
                detector.add(value);
        }
    }
    settings.detectedDates = detector.result();
    return settings;
}

} // namespace Yardstick
