// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later

// A letters table (.csv) as the import reads it: the first byte picks the
// reader's own column guess, a mapping of the regulator-style export's
// columns with label columns and a value map, or fields set for every row.
#include "fuzzsupport.h"
#include "letters/letterreader.h"

using namespace Yardstick;
using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Fuzz::ensureApplication();
    Fuzz::Input input(data, size);
    LetterColumns columns;
    switch (input.choose(3)) {
    case 1:
        columns.columns.insert(LetterField::Id, u"Complaint ID"_s);
        columns.columns.insert(LetterField::Received, u"Date received"_s);
        columns.columns.insert(LetterField::Text, u"Consumer complaint narrative"_s);
        columns.labelServiceColumn = u"Product"_s;
        columns.labelDimensionColumn = u"Issue"_s;
        columns.serviceValueMap.insert(u"Prepaid card"_s, u"CARD"_s);
        break;
    case 2:
        columns.setValues.insert(LetterField::Channel, u"email"_s);
        columns.setValues.insert(LetterField::Received, u"2025-03-01"_s);
        break;
    default:
        break;
    }
    const QString path = Fuzz::writeInput(u"letters.csv"_s, input.rest());
    (void)readLetterFile(path, QString(), columns);
    return 0;
}
