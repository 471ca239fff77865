// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace Yardstick {

// Builds RFC 4180 CSV text: UTF-8 without a BOM, '\n' after every record
// (also the last), and a field quoted only when it holds a comma, a quote, CR
// or LF. Text a spreadsheet would run as a formula is written as text. Files written here are read
// back by the importers and by spreadsheets, so the bytes must not depend on the platform or the
// locale.
class CsvWriter final
{
public:
    void writeRecord(const QStringList &fields);
    // The UTF-8 bytes of every record written so far.
    const QByteArray &data() const { return m_data; }

    // One field as it appears in a record, quoted and with doubled quotes if
    // it needs them, and with an apostrophe in front if a spreadsheet would
    // run it as a formula (see formulaguard.h).
    static QString quoteField(const QString &cell);
    // One record without its line end.
    static QString formatRecord(const QStringList &fields);
    // A number as a machine reads it back: the shortest digits that round-trip
    // to the same double, '.' as the decimal point whatever the locale, plain
    // notation for everyday magnitudes. Empty for NaN and infinities.
    static QString formatNumber(double value);

private:
    QByteArray m_data;
};

} // namespace Yardstick
