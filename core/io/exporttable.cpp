// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exporttable.h"

#include "csvwriter.h"

#include <cmath>

namespace Yardstick {

ExportCell ExportCell::text(const QString &text)
{
    ExportCell cell;
    cell.kind = text.isEmpty() ? Kind::Empty : Kind::Text;
    cell.csv = text;
    return cell;
}

ExportCell ExportCell::number(std::optional<double> value)
{
    ExportCell cell;
    if (!value || !std::isfinite(*value))
        return cell;
    cell.kind = Kind::Number;
    cell.value = *value;
    cell.csv = CsvWriter::formatNumber(*value);
    return cell;
}

ExportCell ExportCell::integer(qint64 count)
{
    ExportCell cell;
    cell.kind = Kind::Integer;
    cell.value = double(count);
    cell.csv = QString::number(count);
    return cell;
}

ExportCell ExportCell::percent(std::optional<double> percentValue)
{
    ExportCell cell = number(percentValue);
    if (cell.kind == Kind::Empty)
        return cell;
    cell.kind = Kind::Percent;
    cell.value = *percentValue / 100.0;
    return cell;
}

ExportCell ExportCell::share(std::optional<double> fraction)
{
    ExportCell cell = number(fraction);
    if (cell.kind != Kind::Empty)
        cell.kind = Kind::Percent;
    return cell;
}

ExportCell ExportCell::date(const QDate &day)
{
    ExportCell cell;
    if (!day.isValid())
        return cell;
    cell.kind = Kind::Date;
    cell.moment = QDateTime(day, QTime(0, 0), Qt::UTC);
    cell.csv = day.toString(Qt::ISODate);
    return cell;
}

ExportCell ExportCell::dateTime(const QDateTime &moment)
{
    ExportCell cell;
    if (!moment.isValid())
        return cell;
    cell.kind = Kind::DateTime;
    cell.moment = moment.toUTC();
    cell.csv = cell.moment.toString(Qt::ISODate);
    return cell;
}

QByteArray ExportTable::toCsv() const
{
    CsvWriter writer;
    writer.writeRecord(columns);
    QStringList fields;
    for (const QList<ExportCell> &row : rows) {
        fields.clear();
        for (const ExportCell &cell : row)
            fields.append(cell.csv);
        writer.writeRecord(fields);
    }
    return writer.data();
}

} // namespace Yardstick
