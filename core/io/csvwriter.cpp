// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvwriter.h"

#include "formulaguard.h"

#include <QLocale>

#include <cmath>

namespace Yardstick {

void CsvWriter::writeRecord(const QStringList &fields)
{
    m_data += formatRecord(fields).toUtf8();
    m_data += '\n';
}

QString CsvWriter::quoteField(const QString &cell)
{
    const QString field = guardedCell(cell);
    const bool needsQuotes = field.contains(QLatin1Char(',')) || field.contains(QLatin1Char('"')) ||
                             field.contains(QLatin1Char('\r')) || field.contains(QLatin1Char('\n'));
    if (!needsQuotes)
        return field;
    QString quoted = field;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString CsvWriter::formatRecord(const QStringList &fields)
{
    QStringList quoted;
    quoted.reserve(fields.size());
    for (const QString &field : fields)
        quoted.append(quoteField(field));
    return quoted.join(QLatin1Char(','));
}

QString CsvWriter::formatNumber(double value)
{
    // No catalogue value is NaN or infinite (the validator refuses them); if a
    // hand-edited file holds one, an empty field reads back as "missing"
    // instead of as text an importer would have to special-case.
    if (!std::isfinite(value))
        return QString();
    // 'g' would print a target of 1000000 as "1e+06", which a person reading
    // the file takes for a typo; keep exponents for magnitudes no catalogue
    // value plausibly has.
    const double magnitude = std::abs(value);
    const bool plain = value == 0 || (magnitude >= 1e-4 && magnitude < 1e15);
    return QString::number(value, plain ? 'f' : 'g', QLocale::FloatingPointShortest);
}

} // namespace Yardstick
