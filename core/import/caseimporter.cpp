// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "caseimporter.h"

#include "analysis/turnaround.h"
#include "csvimportrun.h"
#include "namelookup.h"
#include "storage/caserecordbulkwriter.h"
#include "valueparsers.h"
#include "workbench/workbench.h"

#include <QHash>

namespace Yardstick {

namespace {

struct Columns
{
    QHash<CaseField, int> index;
    int of(CaseField field) const { return index.value(field, -1); }
};

// Finds each field's column; a required field without one, or a mapping that
// names a column the file does not have, stops the import at the header.
std::optional<Columns> resolveColumns(CsvImportRun &run, const CaseImportSettings &settings)
{
    Columns columns;
    bool ok = true;
    for (CaseField field : allCaseFields()) {
        const QString name = settings.columnFor(field);
        const int index = run.columnIndex(name);
        if (index >= 0) {
            columns.index.insert(field, index);
        } else if (settings.columns.contains(field)) {
            run.rejectFile(1, name,
                           CaseImporter::tr("the mapping reads %1 from column \"%2\", which the "
                                            "header does not have")
                               .arg(caseFieldKey(field), name));
            ok = false;
        } else if (isRequiredCaseField(field)) {
            run.rejectFile(1, caseFieldKey(field),
                           CaseImporter::tr("no column for %1: name a column \"%1\" or map one "
                                            "to it (--map %1=COLUMN)")
                               .arg(caseFieldKey(field)));
            ok = false;
        }
    }
    return ok ? std::optional<Columns>(columns) : std::nullopt;
}

QString quoted(const QString &value)
{
    return QLatin1Char('"') + value + QLatin1Char('"');
}

// Turns one row into a case record, recording each problem against its column.
class RowReader
{
public:
    RowReader(CsvImportRun &run, const Columns &columns, DateFormat dateFormat,
              const NameLookup &services, const NameLookup &departments)
        : m_run(run)
        , m_columns(columns)
        , m_dateFormat(dateFormat)
        , m_services(services)
        , m_departments(departments)
    {}

    std::optional<CaseRecord> read(const CsvRecord &row)
    {
        m_row = &row;
        m_ok = true;
        CaseRecord record;
        if (const QString *service = required(CaseField::Service)) {
            if (const auto id = m_services.find(*service))
                record.serviceId = *id;
            else
                problem(CaseField::Service,
                        CaseImporter::tr("unknown service %1").arg(quoted(*service)));
        }
        if (const QString *caseId = required(CaseField::CaseId)) {
            // Shares the text unless it has spaces to drop: no copy per row.
            const QStringView trimmed = QStringView(*caseId).trimmed();
            record.caseId = trimmed.size() == caseId->size() ? *caseId : trimmed.toString();
        }
        if (const QString *received = required(CaseField::Received)) {
            if (auto moment = date(CaseField::Received, *received))
                record.receivedAt = *moment;
        }
        if (const QString *completed = optional(CaseField::Completed)) {
            record.completedAt = date(CaseField::Completed, *completed);
            if (record.completedAt && record.receivedAt.isValid() &&
                elapsedDays(record.receivedAt, *record.completedAt) < 0)
                problem(CaseField::Completed, CaseImporter::tr("completed before received"));
        }
        if (const QString *rft = optional(CaseField::RightFirstTime)) {
            if (const auto value = boolean(CaseField::RightFirstTime, *rft))
                record.rightFirstTime = *value ? RightFirstTime::Yes : RightFirstTime::No;
        }
        if (const QString *department = optional(CaseField::Department)) {
            if (const auto id = m_departments.find(*department))
                record.departmentId = *id;
            else
                problem(CaseField::Department,
                        CaseImporter::tr("unknown department %1").arg(quoted(*department)));
        }
        if (const QString *key = optional(CaseField::KeyCustomer))
            record.keyCustomer = boolean(CaseField::KeyCustomer, *key).value_or(false);
        return m_ok ? std::optional<CaseRecord>(record) : std::nullopt;
    }

    void problem(CaseField field, const QString &reason)
    {
        m_ok = false;
        m_run.reject(m_row->line, m_run.header().at(m_columns.of(field)), reason);
    }

private:
    // The field's text, or nullptr when the column is absent or the cell empty.
    const QString *optional(CaseField field) const
    {
        const int index = m_columns.of(field);
        if (index < 0)
            return nullptr;
        const QString &value = m_row->fields.at(index);
        return QStringView(value).trimmed().isEmpty() ? nullptr : &value;
    }

    const QString *required(CaseField field)
    {
        const QString *value = optional(field);
        if (!value)
            problem(field, CaseImporter::tr("empty value"));
        return value;
    }

    std::optional<Moment> date(CaseField field, const QString &text)
    {
        std::optional<Moment> moment = parseDate(text, m_dateFormat);
        if (!moment) {
            problem(field, CaseImporter::tr("cannot read %1 as a date (%2)")
                               .arg(quoted(text), dateFormatKey(m_dateFormat).toUpper()));
        }
        return moment;
    }

    std::optional<bool> boolean(CaseField field, const QString &text)
    {
        std::optional<bool> value = parseBoolean(text);
        if (!value) {
            problem(field,
                    CaseImporter::tr("%1 is not yes/no, true/false, 1/0 or Y/N").arg(quoted(text)));
        }
        return value;
    }

    CsvImportRun &m_run;
    const Columns &m_columns;
    DateFormat m_dateFormat;
    const NameLookup &m_services;
    const NameLookup &m_departments;
    const CsvRecord *m_row = nullptr;
    bool m_ok = true;
};

} // namespace

CaseImporter::CaseImporter(Workbench &workbench)
    : m_workbench(workbench)
{}

ImportSummary CaseImporter::run(const QString &path, const CaseImportSettings &settings,
                                const ImportOptions &options)
{
    ImportSummary summary;
    CsvImportRun run(path, options, summary);
    if (!run.start())
        return summary;
    const std::optional<Columns> columns = resolveColumns(run, settings);
    if (!columns)
        return summary;

    const QStringList sample = CsvImportRun::sampleColumns(
        path, {columns->of(CaseField::Received), columns->of(CaseField::Completed)});
    const DateFormat dateFormat = chooseDateFormat(settings.dateFormat, sample, summary.notes);

    NameLookup services;
    for (const Service &service : m_workbench.services().all())
        services.add(service.id, service.code, service.name);
    NameLookup departments;
    for (const Department &department : m_workbench.departments().all())
        departments.add(department.id, department.code, department.name);

    CaseRecordBulkWriter writer(m_workbench.database());
    if (const QString error = writer.begin(); !error.isEmpty()) {
        run.rejectFile(0, QStringLiteral("file"),
                       tr("cannot write to the workbench: %1").arg(error));
        return summary;
    }
    RowReader reader(run, *columns, dateFormat, services, departments);
    qint64 written = 0;
    while (const std::optional<CsvRecord> row = run.next()) {
        const std::optional<CaseRecord> record = reader.read(*row);
        if (!record)
            continue;
        switch (writer.write(*record)) {
        case CaseRecordBulkWriter::Outcome::Inserted:
            ++written;
            break;
        case CaseRecordBulkWriter::Outcome::Duplicate:
            ++summary.duplicates;
            break;
        case CaseRecordBulkWriter::Outcome::Conflict:
            reader.problem(CaseField::CaseId,
                           tr("case %1 is already in the workbench with different values")
                               .arg(quoted(record->caseId)));
            break;
        case CaseRecordBulkWriter::Outcome::RepeatedInBatch:
            reader.problem(
                CaseField::CaseId,
                tr("case id %1 appears more than once in this file").arg(quoted(record->caseId)));
            break;
        case CaseRecordBulkWriter::Outcome::Failed:
            run.rejectFile(row->line, QStringLiteral("row"), writer.lastError());
            break;
        }
        if (run.fileRejected())
            break; // SQLite refused a write: nothing more can go in
    }
    run.finish();
    if (!run.shouldCommit())
        return summary; // the writer rolls back
    if (const QString error = writer.commit(); !error.isEmpty()) {
        run.rejectFile(0, QStringLiteral("file"),
                       tr("cannot write to the workbench: %1").arg(error));
        return summary;
    }
    summary.committed = true;
    summary.imported = written;
    if (summary.duplicates > 0) {
        summary.notes.append(tr("%n row(s) matched cases already in the workbench and were "
                                "skipped.",
                                nullptr, int(summary.duplicates)));
    }
    return summary;
}

} // namespace Yardstick
