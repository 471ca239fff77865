// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later

// An Excel workbook on any bytes: the first byte picks reading every sheet as
// a table (as every import does) or reading the workbook as a letters table.
#include "fuzzsupport.h"
#include "import/tablesource.h"
#include "import/xlsxworkbook.h"
#include "letters/letterreader.h"

using namespace Yardstick;
using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Fuzz::ensureApplication();
    Fuzz::Input input(data, size);
    const bool asLetters = input.choose(2) == 1;
    const QString path = Fuzz::writeInput(u"book.xlsx"_s, input.rest());
    if (asLetters) {
        (void)readLetterFile(path);
        return 0;
    }
    const QStringList sheets = xlsxSheetNames(path);
    // The first sheet by default, then each by name (a bounded few: a
    // workbook may list thousands).
    QStringList names{QString()};
    names += sheets.mid(0, 4);
    for (const QString &sheet : std::as_const(names)) {
        TableOpening opening = openTableSource(path, sheet);
        if (!opening.source)
            continue;
        while (opening.source->next()) {
            (void)opening.source->position();
        }
    }
    return 0;
}
