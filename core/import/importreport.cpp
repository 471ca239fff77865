// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "importreport.h"

namespace Yardstick {

QString formatRejection(const ImportRejection &rejection)
{
    // One arg() call: a "%1" in a file name or a value must not be expanded.
    return QStringLiteral("%1:%2: %3: %4")
        .arg(rejection.file, QString::number(rejection.line), rejection.column, rejection.reason);
}

ExportTable rejectionsTable(const QList<ImportRejection> &rejections, const QString &name)
{
    ExportTable table{name,
                      {QStringLiteral("file"), QStringLiteral("line"), QStringLiteral("column"),
                       QStringLiteral("reason")},
                      {}};
    for (const ImportRejection &r : rejections)
        table.rows.append({ExportCell::text(r.file), ExportCell::number(double(r.line)),
                           ExportCell::text(r.column), ExportCell::text(r.reason)});
    return table;
}

QString rejectionsToCsv(const QList<ImportRejection> &rejections)
{
    return QString::fromUtf8(rejectionsTable(rejections, QString()).toCsv());
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
