// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Value parsing on any text, one value per line: numbers with each
// separator's decimal rule, booleans, and the texts an .xlsx cell's number
// becomes (plain, date in both date systems, time), fed both the parsed
// numbers and raw 8-byte doubles (NaN, infinities, huge serials).
#include "fuzzsupport.h"
#include "import/valueparsers.h"
#include "import/xlsxvalues.h"

#include <QStringList>

#include <cstring>

using namespace Yardstick;

namespace {

void cellTexts(double value)
{
    (void)xlsxNumberText(value);
    (void)xlsxTimeText(value);
    for (bool date1904 : {false, true})
        for (bool showsTime : {false, true})
            (void)xlsxDateText(value, date1904, showsTime);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = Fuzz::Input(data, size).rest();
    for (qsizetype at = 0; at + 8 <= bytes.size(); at += 8) {
        double raw = 0;
        std::memcpy(&raw, bytes.constData() + at, sizeof raw);
        cellTexts(raw);
    }
    const QStringList lines = QString::fromUtf8(bytes).split(u'\n');
    for (const QString &line : lines) {
        (void)parseBoolean(line);
        for (QChar separator : {u',', u';', u'\t'})
            if (const std::optional<double> number = parseNumber(line, separator))
                cellTexts(*number);
        // A custom number format code decides whether a cell is a date.
        (void)xlsxNumberStyle(164, line);
        bool isId = false;
        const int id = line.left(4).toInt(&isId);
        if (isId)
            (void)xlsxNumberStyle(id, QStringView());
    }
    return 0;
}
