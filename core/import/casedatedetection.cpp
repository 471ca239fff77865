// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "casedatedetection.h"

#include "dateformatdetector.h"
#include "missingvalues.h"
#include "tablesource.h"

namespace Yardstick {

CaseImportSettings withDetectedDates(const QString &path, CaseImportSettings settings,
                                     const QString &sheet)
{
    settings.datesDetected = true;
    settings.detectedDates = std::nullopt;
    const TableOpening opening = openTableSource(path, sheet);
    if (!opening.source)
        return settings;
    TableSource &reader = *opening.source;
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
    // Past the first rows, a column that has settled its format is not read
    // to the end: a million-row export would otherwise be read twice. Only
    // a column still ambiguous goes on to the last row.
    constexpr qint64 kRowsBeforeSettling = 2000;
    qint64 rows = 0;
    while (const std::optional<CsvRecord> row = reader.next()) {
        if (++rows > kRowsBeforeSettling && detector.isSettled())
            break;
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
