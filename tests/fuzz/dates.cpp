// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Date reading on any text: every fixed format, the evidence detection uses,
// the column detector over the lines, and an explicit pattern (the first line)
// applied to the other lines.
#include "fuzzsupport.h"
#include "import/dateformatdetector.h"
#include "import/dateparser.h"
#include "import/datepattern.h"

using namespace Yardstick;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(Fuzz::Input(data, size).rest());
    const QStringList lines = text.split(u'\n');
    for (const QString &line : lines) {
        for (DateFormat format :
             {DateFormat::Iso, DateFormat::DayMonthYear, DateFormat::MonthDayYear})
            (void)parseDate(line, format);
        (void)dateEvidence(line);
        (void)dateFormatFromKey(line);
    }
    (void)detectDateFormat(lines);
    DateFormatDetector detector;
    for (const QString &line : lines)
        detector.add(line);
    (void)detector.result();
    if (const std::optional<DatePattern> pattern = DatePattern::compile(lines.first())) {
        for (qsizetype i = 1; i < lines.size(); ++i)
            (void)pattern->parse(lines[i]);
    }
    return 0;
}
