// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "distinctvalues.h"

#include "csvimportrun.h"
#include "missingvalues.h"

#include <QHash>

#include <algorithm>

namespace Yardstick {

namespace {

// "Category 4" before "Category 26": digit runs compare as numbers, the rest
// ignoring case. QCollator's numeric mode needs ICU, which not every build
// of Qt has.
bool naturallyBefore(QStringView a, QStringView b)
{
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < a.size() && j < b.size()) {
        if (a[i].isDigit() && b[j].isDigit()) {
            const qsizetype startA = i;
            const qsizetype startB = j;
            while (i < a.size() && a[i].isDigit())
                ++i;
            while (j < b.size() && b[j].isDigit())
                ++j;
            const QStringView numberA = a.sliced(startA, i - startA);
            const QStringView numberB = b.sliced(startB, j - startB);
            // Leading zeros aside, a longer run is a greater number.
            QStringView trimmedA = numberA;
            QStringView trimmedB = numberB;
            while (trimmedA.size() > 1 && trimmedA.front() == u'0')
                trimmedA = trimmedA.sliced(1);
            while (trimmedB.size() > 1 && trimmedB.front() == u'0')
                trimmedB = trimmedB.sliced(1);
            if (trimmedA.size() != trimmedB.size())
                return trimmedA.size() < trimmedB.size();
            if (const int order = trimmedA.compare(trimmedB); order != 0)
                return order < 0;
            continue;
        }
        const QChar ca = a[i].toCaseFolded();
        const QChar cb = b[j].toCaseFolded();
        if (ca != cb)
            return ca < cb;
        ++i;
        ++j;
    }
    return a.size() - i < b.size() - j;
}

} // namespace

DistinctValues readDistinctValues(const QString &path, const QString &column,
                                  const QStringList &missingTokens, qsizetype cap,
                                  const QString &sheet)
{
    DistinctValues result;
    // The run's rejections are the import's to report, not this list's.
    ImportSummary scratch;
    ImportOptions options;
    options.sheet = sheet;
    CsvImportRun run(path, options, scratch);
    if (!run.start())
        return result;
    const int index = run.columnIndex(column);
    if (index < 0)
        return result;
    const MissingValues missing(missingTokens);
    QHash<QString, qsizetype> byFolded;
    while (const std::optional<CsvRecord> row = run.next()) {
        const QString &text = row->fields.at(index);
        if (missing.isMissing(text))
            continue;
        const QString value = text.trimmed();
        const QString folded = value.toCaseFolded();
        if (const auto seen = byFolded.constFind(folded); seen != byFolded.cend()) {
            ++result.values[*seen].rows;
        } else if (result.values.size() < cap) {
            byFolded.insert(folded, result.values.size());
            result.values.append({value, 1});
        } else {
            result.truncated = true;
        }
    }
    std::sort(result.values.begin(), result.values.end(),
              [](const DistinctValues::Value &a, const DistinctValues::Value &b) {
                  return naturallyBefore(a.text, b.text);
              });
    return result;
}

} // namespace Yardstick
