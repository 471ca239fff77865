// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "importreport.h"

#include "io/csvwriter.h"

namespace Yardstick {

QString formatRejection(const ImportRejection &rejection)
{
    // One arg() call: a "%1" in a file name or a value must not be expanded.
    return QStringLiteral("%1:%2: %3: %4")
        .arg(rejection.file, QString::number(rejection.line), rejection.column, rejection.reason);
}

QString rejectionsToCsv(const QList<ImportRejection> &rejections)
{
    CsvWriter csv;
    csv.writeRecord({QStringLiteral("file"), QStringLiteral("line"), QStringLiteral("column"),
                     QStringLiteral("reason")});
    for (const ImportRejection &r : rejections)
        csv.writeRecord({r.file, QString::number(r.line), r.column, r.reason});
    return QString::fromUtf8(csv.data());
}

QString ImportSummary::summaryLine() const
{
    QString line =
        tr("%1: %2 rows read, %3 imported, %4 updated, %5 skipped as duplicates, %6 rejected")
            .arg(file, QString::number(rowsRead), QString::number(imported),
                 QString::number(updated), QString::number(duplicates), QString::number(rejected));
    if (cancelled)
        line += tr(" (cancelled: the workbench is unchanged)");
    else if (!committed && fileRejected)
        line += tr(" (nothing imported: the file itself has a problem, which skipping rows "
                   "cannot fix)");
    else if (!committed)
        line += tr(" (nothing imported: fix the rejected rows or skip them)");
    return line;
}

} // namespace Yardstick
