// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "measurementimporter.h"

#include "csvimportrun.h"
#include "storage/transaction.h"
#include "valueparsers.h"
#include "workbench/workbench.h"

#include <QFileInfo>
#include <QHash>
#include <QSet>

namespace Yardstick {

namespace {

struct Columns
{
    int standard = -1;
    int periodStart = -1;
    int periodEnd = -1;
    int value = -1;
    int sampleSize = -1;
};

int findColumn(const CsvImportRun &run, std::initializer_list<const char *> names)
{
    for (const char *name : names) {
        if (int index = run.columnIndex(QString::fromLatin1(name)); index >= 0)
            return index;
    }
    return -1;
}

QString quoted(const QString &value)
{
    return QLatin1Char('"') + value + QLatin1Char('"');
}

} // namespace

MeasurementImporter::MeasurementImporter(Workbench &workbench)
    : m_workbench(workbench)
{}

ImportSummary MeasurementImporter::run(const QString &path, const ImportOptions &options,
                                       DateFormat requestedFormat)
{
    ImportSummary summary;
    CsvImportRun run(path, options, summary);
    if (!run.start())
        return summary;
    Columns columns;
    columns.standard = findColumn(run, {"standard", "code", "standard_code"});
    columns.periodStart = findColumn(run, {"period_start", "start"});
    columns.periodEnd = findColumn(run, {"period_end", "end"});
    columns.value = findColumn(run, {"value"});
    columns.sampleSize = findColumn(run, {"sample_size", "n"});
    if (!run.requireColumns({{columns.standard, "standard"},
                             {columns.periodStart, "period_start"},
                             {columns.periodEnd, "period_end"},
                             {columns.value, "value"}}))
        return summary;

    const DateFormat dateFormat = chooseDateFormat(
        requestedFormat,
        CsvImportRun::sampleColumns(path, options.sheet, {columns.periodStart, columns.periodEnd}),
        summary.notes);
    QHash<QString, Standard> standards;
    for (const Standard &standard : m_workbench.catalogue().standards())
        standards.insert(standard.code.toCaseFolded(), standard);

    Transaction transaction(m_workbench.database().connection());
    if (!transaction.isActive()) {
        run.rejectFile(0, QStringLiteral("file"),
                       tr("cannot write to the workbench: %1").arg(transaction.beginError()));
        return summary;
    }
    MeasurementRepository &repository = m_workbench.measurements();
    const qint64 lastIdBefore = repository.maxId();
    const QString source = QFileInfo(path).fileName();
    qint64 written = 0;
    QSet<QString> duplicatesSeen;
    while (const std::optional<CsvRecord> row = run.next()) {
        const QStringList &fields = row->fields;
        const auto problem = [&](int column, const QString &reason) {
            run.reject(row->line, run.header().at(column), reason);
        };
        Measurement m;
        m.source = source;
        const Standard *standard = nullptr;
        const QString code = fields.at(columns.standard).trimmed();
        if (code.isEmpty()) {
            problem(columns.standard, tr("empty value"));
        } else if (auto it = standards.constFind(code.toCaseFolded()); it != standards.cend()) {
            standard = &*it;
            m.standardId = standard->id;
        } else {
            problem(columns.standard, tr("unknown standard %1").arg(quoted(code)));
        }
        const auto readDate = [&](int column) -> QDate {
            const QString text = fields.at(column);
            if (text.trimmed().isEmpty()) {
                problem(column, tr("empty value"));
                return {};
            }
            const std::optional<Moment> moment = parseDate(text, dateFormat);
            if (!moment)
                problem(column, tr("cannot read %1 as a date (%2)")
                                    .arg(quoted(text), dateFormatKey(dateFormat).toUpper()));
            return moment ? moment->date : QDate();
        };
        m.periodStart = readDate(columns.periodStart);
        m.periodEnd = readDate(columns.periodEnd);
        if (m.periodStart.isValid() && m.periodEnd.isValid() && m.periodEnd < m.periodStart)
            problem(columns.periodEnd, tr("period ends before it starts"));
        const QString valueText = fields.at(columns.value);
        if (const std::optional<double> value = parseNumber(valueText, run.separator())) {
            m.value = *value;
            const bool percentage =
                standard && (metricIsPercentage(standard->metric) ||
                             standard->statistic.kind == Statistic::Kind::ShareWithin);
            if (percentage && (*value < 0 || *value > 100))
                problem(columns.value, tr("%1 is a percentage and must be between 0 and 100")
                                           .arg(valueText.trimmed()));
        } else {
            problem(columns.value, valueText.trimmed().isEmpty()
                                       ? tr("empty value")
                                       : tr("%1 is not a number").arg(quoted(valueText)));
        }
        if (columns.sampleSize >= 0 && !fields.at(columns.sampleSize).trimmed().isEmpty()) {
            bool ok = false;
            const int size = fields.at(columns.sampleSize).trimmed().toInt(&ok);
            if (ok && size >= 0)
                m.sampleSize = size;
            else
                problem(columns.sampleSize, tr("%1 is not a whole number of cases")
                                                .arg(quoted(fields.at(columns.sampleSize))));
        }
        if (run.rowRejected(row->line))
            continue;

        if (const std::optional<Measurement> existing =
                repository.find(m.standardId, m.periodStart, m.periodEnd)) {
            // Rows written by this import, or matched as duplicates earlier
            // in it, mean the file names the period twice.
            const QString key =
                QStringLiteral("%1|%2|%3")
                    .arg(m.standardId)
                    .arg(m.periodStart.toString(Qt::ISODate), m.periodEnd.toString(Qt::ISODate));
            const bool same = existing->value == m.value && existing->sampleSize == m.sampleSize;
            if (existing->id > lastIdBefore || (same && duplicatesSeen.contains(key))) {
                problem(columns.periodStart,
                        tr("%1 has this period more than once in this file").arg(code));
            } else if (same) {
                ++summary.duplicates;
                duplicatesSeen.insert(key);
            } else {
                problem(columns.value, tr("%1 already has a different value (%2) for this period")
                                           .arg(code)
                                           .arg(existing->value));
            }
            continue;
        }
        QList<Measurement> one{m};
        if (StorageResult result = repository.insertMany(one); !result.ok()) {
            run.rejectFile(row->line, QStringLiteral("row"), result.error());
            break;
        }
        ++written;
    }
    run.finish();
    if (!run.shouldCommit())
        return summary;
    if (const QString error = transaction.commit(); !error.isEmpty()) {
        run.rejectFile(0, QStringLiteral("file"),
                       tr("cannot write to the workbench: %1").arg(error));
        return summary;
    }
    summary.committed = true;
    summary.imported = written;
    return summary;
}

} // namespace Yardstick
