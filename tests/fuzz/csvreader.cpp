// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The CSV reader on any bytes: the first byte picks a detected or forced
// separator; the rest is the file, in whatever encoding it claims.
#include "import/csvreader.h"

#include "fuzzsupport.h"

#include <QBuffer>

using namespace Yardstick;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Fuzz::Input input(data, size);
    const int separator = input.choose(4);
    QByteArray bytes = input.rest();
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(buffer);
    if (separator > 0)
        reader.setSeparator(QChar(u",;\t"[separator - 1]));
    qint64 previousLine = 0;
    while (const std::optional<CsvRecord> record = reader.next()) {
        // Records come in file order: a line that goes backwards is a bug.
        if (record->line <= previousLine)
            __builtin_trap();
        previousLine = record->line;
    }
    if (reader.bytesRead() > bytes.size())
        __builtin_trap();
    return 0;
}
