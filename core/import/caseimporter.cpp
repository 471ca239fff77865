// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "caseimporter.h"

#include "analysis/turnaround.h"
#include "casedatedetection.h"
#include "csvimportrun.h"
#include "datepattern.h"
#include "knownnames.h"
#include "latestrowscan.h"
#include "missingnamesscan.h"
#include "missingvalues.h"
#include "namelookup.h"
#include "storage/caserecordbulkwriter.h"
#include "valueparsers.h"
#include "workbench/periodvaluerefresher.h"
#include "workbench/workbench.h"

#include <QFileInfo>
#include <QHash>
#include <QLocale>

#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace Yardstick {

namespace {

struct Columns
{
    QHash<CaseField, int> index;
    int of(CaseField field) const { return index.value(field, -1); }
};

// Finds each field's column; a required field without one, or a mapping that
// names a column the file does not have, stops the import at the header. A
// field with a set value is not read from the file.
std::optional<Columns> resolveColumns(CsvImportRun &run, const CaseImportSettings &settings)
{
    Columns columns;
    bool ok = true;
    for (CaseField field : allCaseFields()) {
        if (settings.setValues.contains(field))
            continue;
        const QString name = settings.columnFor(field);
        const int index = run.columnIndex(name);
        const bool saidNone = settings.columns.contains(field) &&
                              name.compare(CaseImportSettings::kNoColumn, Qt::CaseInsensitive) == 0;
        if (saidNone && !isRequiredCaseField(field) && index < 0)
            continue;
        if (index >= 0) {
            columns.index.insert(field, index);
        } else if (settings.columns.contains(field)) {
            run.rejectFile(1, name,
                           CaseImporter::tr("the mapping reads %1 from column \"%2\", which the "
                                            "header does not have")
                               .arg(caseFieldKey(field), name));
            ok = false;
        } else if (field == CaseField::Completed) {
            // Thousands of cases read as open because a completion column
            // went unmapped would be wrong without a word; a queue of open
            // cases is said so.
            run.rejectFile(1, caseFieldKey(field),
                           CaseImporter::tr("no column for completed: name a column "
                                            "\"completed\" or map one to it (--map "
                                            "completed=COLUMN); for an export of open cases "
                                            "only, say --map completed=none"));
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
              const NameLookup &services, const NameLookup &departments,
              const QMap<CaseField, QString> &setValues)
        : m_run(run)
        , m_columns(columns)
        , m_dateFormat(dateFormat)
        , m_services(services)
        , m_departments(departments)
        , m_setValues(setValues)
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

    // Reads dates with an explicit pattern instead of the format.
    void readDatesWith(const DatePattern &pattern) { m_pattern = pattern; }
    // The words that mean "no value" in this file.
    void setMissing(const MissingValues &missing) { m_missing = missing; }
    // Reads each cell through the settings' value maps ("Category 26" as
    // "Card replacement"); the settings outlive the reader.
    void mapValuesWith(const CaseImportSettings &settings) { m_mapping = &settings; }
    // A set value is the same on every row, so it is checked once, before
    // the rows: a bad one is told once, against the file (line 0) and the
    // field, instead of at every row. False if any was refused.
    bool checkSetValues()
    {
        bool ok = true;
        for (auto it = m_setValues.cbegin(); it != m_setValues.cend(); ++it) {
            const CaseField field = it.key();
            const QString &value = it.value();
            QString reason;
            if (QStringView(value).trimmed().isEmpty()) {
                if (isRequiredCaseField(field))
                    reason = CaseImporter::tr("empty value");
            } else if (field == CaseField::Service && !m_services.find(value)) {
                reason = CaseImporter::tr("unknown service %1").arg(quoted(value));
            } else if (field == CaseField::Department && !m_departments.find(value)) {
                reason = CaseImporter::tr("unknown department %1").arg(quoted(value));
            } else if ((field == CaseField::RightFirstTime || field == CaseField::KeyCustomer) &&
                       !parseBoolean(value)) {
                reason =
                    CaseImporter::tr("%1 is not yes/no, true/false, 1/0 or Y/N").arg(quoted(value));
            }
            if (!reason.isEmpty()) {
                m_run.rejectFile(0, caseFieldKey(field), reason);
                ok = false;
            }
        }
        return ok;
    }

    void problem(CaseField field, const QString &reason)
    {
        m_ok = false;
        // A set value has no column: its problem is told against the field.
        const int index = m_columns.of(field);
        m_run.reject(m_row->line, index >= 0 ? m_run.header().at(index) : caseFieldKey(field),
                     reason);
    }

private:
    // The field's text, or nullptr when the column is absent or the cell
    // holds no value (empty, or a word such as "?" or "N/A").
    const QString *optional(CaseField field) const
    {
        // A set value goes through the same checks as one read from the file.
        if (const auto set = m_setValues.constFind(field); set != m_setValues.cend())
            return QStringView(*set).trimmed().isEmpty() ? nullptr : &*set;
        const int index = m_columns.of(field);
        if (index < 0)
            return nullptr;
        // A mapped value is checked as the value it stands for: mapped onto
        // nothing, it is no value.
        const QString &cell = m_row->fields.at(index);
        const QString &value = m_mapping ? m_mapping->mappedValue(field, cell) : cell;
        if (!m_missing.isMissing(value))
            return &value;
        // A word such as "NA" that is also a service's or department's code
        // names it: what the workbench knows is a value.
        const NameLookup *names = field == CaseField::Service      ? &m_services
                                  : field == CaseField::Department ? &m_departments
                                                                   : nullptr;
        if (names && !QStringView(value).trimmed().isEmpty() && names->find(value))
            return &value;
        return nullptr;
    }

    const QString *required(CaseField field)
    {
        const QString *value = optional(field);
        if (!value) {
            const int index = m_columns.of(field);
            const QString text = index < 0 ? QString() : m_row->fields.at(index).trimmed();
            problem(field, text.isEmpty()
                               ? CaseImporter::tr("empty value")
                               : CaseImporter::tr("no value (%1 means none)").arg(quoted(text)));
        }
        return value;
    }

    std::optional<Moment> date(CaseField field, const QString &text)
    {
        std::optional<Moment> moment =
            m_pattern ? m_pattern->parse(text) : parseDate(text, m_dateFormat);
        if (!moment) {
            problem(field,
                    CaseImporter::tr("cannot read %1 as a date (%2)")
                        .arg(quoted(text), m_pattern ? m_pattern->text()
                                                     : dateFormatKey(m_dateFormat).toUpper()));
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
    std::optional<DatePattern> m_pattern;
    MissingValues m_missing;
    const CaseImportSettings *m_mapping = nullptr;
    const QMap<CaseField, QString> &m_setValues;
    const CsvRecord *m_row = nullptr;
    bool m_ok = true;
};

void appendUtf8(std::string &out, QStringView text)
{
    for (QChar c : text) {
        if (c.unicode() >= 0x80) {
            out += text.toUtf8().toStdString();
            return;
        }
    }
    // ASCII, the usual case id: one byte per character, no conversion.
    for (QChar c : text)
        out += char(c.unicode());
}

// A checked row waiting for the writer: the texts live in the batch's arena
// (offsets, as the arena may move while it fills).
struct PendingCase
{
    qint64 line = 0;
    qint64 rowsRead = 0; // rows read up to and including this one
    qint64 serviceId = 0;
    std::optional<qint64> departmentId;
    RightFirstTime rightFirstTime = RightFirstTime::Unknown;
    bool keyCustomer = false;
    size_t caseIdAt = 0;
    size_t caseIdLength = 0;
    StoredMoment receivedAt;
    std::optional<StoredMoment> completedAt;
};

// Rows travel between the reading thread and the writing thread in batches,
// owned by one thread at a time: filled by the reader, handed over through a
// queue, written, handed back with what the writer found, then reused.
struct CaseBatch
{
    static constexpr size_t kRows = 4096;
    // A file of huge case ids hands over smaller batches, so memory stays
    // bounded by the batch count.
    static constexpr size_t kTextBytes = 4 * 1024 * 1024;

    std::vector<PendingCase> rows;
    std::string text;
    // Filled by the writer: the rows that did not go in (index, outcome).
    std::vector<std::pair<quint32, CaseRecordBulkWriter::Outcome>> outcomes;
    qint64 inserted = 0;
    QString error; // with an Outcome::Failed, why

    CaseBatch()
    {
        rows.reserve(kRows);
        text.reserve(kRows * 16);
    }

    void clear()
    {
        rows.clear();
        text.clear();
        outcomes.clear();
        inserted = 0;
        error.clear();
    }

    bool full() const { return rows.size() >= kRows || text.size() >= kTextBytes; }

    std::string_view view(size_t at, size_t length) const
    {
        return std::string_view(text).substr(at, length);
    }

    // False when a date cannot be stored (a year outside 1..9999); the row is
    // not added.
    bool add(const CaseRecord &record, qint64 line, qint64 rowsRead)
    {
        const std::optional<StoredCaseMoments> moments = toStoredMoments(record);
        if (!moments)
            return false;
        PendingCase row;
        row.line = line;
        row.rowsRead = rowsRead;
        row.serviceId = record.serviceId;
        row.departmentId = record.departmentId;
        row.rightFirstTime = record.rightFirstTime;
        row.keyCustomer = record.keyCustomer;
        row.caseIdAt = text.size();
        appendUtf8(text, record.caseId);
        row.caseIdLength = text.size() - row.caseIdAt;
        row.receivedAt = moments->received;
        row.completedAt = moments->completed;
        rows.push_back(row);
        return true;
    }

    CaseRow caseRow(const PendingCase &row) const
    {
        CaseRow out;
        out.serviceId = row.serviceId;
        out.caseId = view(row.caseIdAt, row.caseIdLength);
        out.receivedAt = row.receivedAt;
        out.completedAt = row.completedAt;
        out.rightFirstTime = row.rightFirstTime;
        out.departmentId = row.departmentId;
        out.keyCustomer = row.keyCustomer;
        return out;
    }
};

// A queue of batches between the two threads. close() ends the waiting.
class BatchQueue
{
public:
    void push(std::unique_ptr<CaseBatch> batch)
    {
        {
            const std::lock_guard lock(m_mutex);
            m_batches.push_back(std::move(batch));
        }
        m_ready.notify_one();
    }

    // The next batch; nullptr once the queue is closed and empty.
    std::unique_ptr<CaseBatch> pop()
    {
        std::unique_lock lock(m_mutex);
        m_ready.wait(lock, [this] { return m_closed || !m_batches.empty(); });
        if (m_batches.empty())
            return nullptr;
        std::unique_ptr<CaseBatch> batch = std::move(m_batches.front());
        m_batches.pop_front();
        return batch;
    }

    void close()
    {
        {
            const std::lock_guard lock(m_mutex);
            m_closed = true;
        }
        m_ready.notify_all();
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_ready;
    std::deque<std::unique_ptr<CaseBatch>> m_batches;
    bool m_closed = false;
};

// Reading and checking take about as long as SQLite's writing, so a second
// thread writes while this one reads: the writer thread is the only one to
// use the connection between begin() and the join (the importer touches it
// again only after), and batches change hands only through the queues.
class WriterThread
{
public:
    explicit WriterThread(CaseRecordBulkWriter &writer)
        : m_writer(writer)
        , m_thread([this] { work(); })
    {}

    ~WriterThread() { finish(); }
    WriterThread(const WriterThread &) = delete;
    WriterThread &operator=(const WriterThread &) = delete;

    void write(std::unique_ptr<CaseBatch> batch) { m_toWrite.push(std::move(batch)); }
    // The next written batch, in the order they were given; nullptr after finish().
    std::unique_ptr<CaseBatch> written() { return m_written.pop(); }

    // No more batches: the thread writes what it has and ends. The written
    // batches can still be collected.
    void finish()
    {
        m_toWrite.close();
        if (m_thread.joinable())
            m_thread.join();
        m_written.close();
    }

private:
    void work()
    {
        bool failed = false;
        while (std::unique_ptr<CaseBatch> batch = m_toWrite.pop()) {
            // After a failure SQLite takes nothing more; the batches go back
            // unwritten and the importer stops at the failed row.
            for (quint32 i = 0; i < batch->rows.size() && !failed; ++i) {
                const auto outcome = m_writer.write(batch->caseRow(batch->rows[i]));
                if (outcome == CaseRecordBulkWriter::Outcome::Inserted) {
                    ++batch->inserted;
                    continue;
                }
                batch->outcomes.emplace_back(i, outcome);
                if (outcome == CaseRecordBulkWriter::Outcome::Failed) {
                    batch->error = m_writer.lastError();
                    failed = true;
                }
            }
            m_written.push(std::move(batch));
        }
    }

    CaseRecordBulkWriter &m_writer;
    BatchQueue m_toWrite;
    BatchQueue m_written;
    std::thread m_thread;
};

} // namespace

CaseImporter::CaseImporter(Workbench &workbench)
    : m_workbench(workbench)
{}

bool CaseImporter::createMissing(const MissingNames &missing, KnownNames &services,
                                 KnownNames &departments, CsvImportRun &run, QStringList &notes)
{
    QStringList created;
    for (const QString &name : missing.services) {
        Service service;
        service.code = services.codeForNew(name);
        service.name = name;
        if (const StorageResult result = m_workbench.services().insert(service); !result.ok()) {
            run.rejectFile(0, caseFieldKey(CaseField::Service),
                           tr("cannot create service %1: %2").arg(quoted(name), result.error()));
            return false;
        }
        services.add(service.id, service.code, service.name);
        created.append(tr("%1 (%2)").arg(service.name, service.code));
    }
    if (!created.isEmpty()) {
        notes.append(tr("Created %n service(s): %1.", nullptr, int(created.size()))
                         .arg(QLocale().createSeparatedList(created)));
    }
    created.clear();
    for (const QString &name : missing.departments) {
        Department department;
        department.code = departments.codeForNew(name);
        department.name = name;
        if (const StorageResult result = m_workbench.departments().insert(department);
            !result.ok()) {
            run.rejectFile(0, caseFieldKey(CaseField::Department),
                           tr("cannot create department %1: %2").arg(quoted(name), result.error()));
            return false;
        }
        departments.add(department.id, department.code, department.name);
        created.append(tr("%1 (%2)").arg(department.name, department.code));
    }
    if (!created.isEmpty()) {
        notes.append(tr("Created %n department(s): %1.", nullptr, int(created.size()))
                         .arg(QLocale().createSeparatedList(created)));
    }
    return true;
}

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

    // Auto is decided over the whole file, or taken as the wizard showed it.
    DateFormat dateFormat = settings.dateFormat;
    std::optional<DatePattern> pattern;
    if (dateFormat == DateFormat::Pattern) {
        pattern = DatePattern::compile(settings.datePattern);
        if (!pattern) {
            run.rejectFile(0, QStringLiteral("file"),
                           tr("the date pattern %1 is not one Yardstick reads")
                               .arg(quoted(settings.datePattern)));
            return summary;
        }
    } else if (dateFormat == DateFormat::Auto) {
        const CaseImportSettings resolved =
            settings.datesDetected ? settings : withDetectedDates(path, settings, options.sheet);
        dateFormat = chooseDetectedDateFormat(resolved.detectedDates, summary.notes);
    }

    // With several rows per case, which one each case keeps.
    std::optional<LatestValueReader> latestValues;
    QString latestColumn;
    if (!settings.latestBy.trimmed().isEmpty()) {
        QString problem;
        latestValues.emplace();
        if (!latestValues->start(path, settings, options, problem)) {
            run.rejectFile(1, settings.latestBy, problem);
            return summary;
        }
        latestColumn = latestValues->kind() == LatestValueReader::Kind::Row
                           ? QStringLiteral("row")
                           : run.header().at(latestValues->column());
    }
    CaseKeyReader caseKeys;
    if (latestValues && !caseKeys.start(run, settings))
        return summary; // resolveColumns has said what the header lacks
    LatestRowScan::Result latest;
    if (latestValues) {
        latest = LatestRowScan::run(path, settings, *latestValues, options);
        if (latest.cancelled) {
            summary.cancelled = true;
            return summary;
        }
    }

    CaseWriteMode mode;
    mode.identity = settings.caseIds;
    mode.strict = options.strict;
    CaseRecordBulkWriter writer(m_workbench.database());
    if (const QString error = writer.begin(QFileInfo(path).fileName(), mode); !error.isEmpty()) {
        run.rejectFile(0, QStringLiteral("file"),
                       tr("cannot write to the workbench: %1").arg(error));
        return summary;
    }
    // Read inside the transaction, so the ids are those the writer will find.
    KnownNames services;
    for (const Service &service : m_workbench.services().all())
        services.add(service.id, service.code, service.name);
    KnownNames departments;
    for (const Department &department : m_workbench.departments().all())
        departments.add(department.id, department.code, department.name);
    // Created in this transaction, before the writer thread takes the
    // connection: a failed or cancelled import creates nothing.
    QStringList createdNotes;
    if (options.createMissing) {
        const MissingNames missing =
            MissingNamesScan(services.lookup(), departments.lookup()).run(path, settings, options);
        if (missing.cancelled) {
            summary.cancelled = true;
            return summary; // the writer rolls back
        }
        if (!createMissing(missing, services, departments, run, createdNotes))
            return summary;
    }

    RowReader reader(run, *columns, dateFormat, services.lookup(), departments.lookup(),
                     settings.setValues);
    reader.setMissing(MissingValues(settings.missingTokens));
    reader.mapValuesWith(settings);
    if (pattern)
        reader.readDatesWith(*pattern);
    if (!reader.checkSetValues())
        return summary; // the writer rolls back
    const QString caseIdColumn = run.header().at(columns->of(CaseField::CaseId));
    qint64 written = 0;
    qint64 updated = 0;
    qint64 completedNow = 0;
    bool failed = false;
    // What the writer found, told in the order of the file.
    const auto collect = [&](CaseBatch &batch) {
        written += batch.inserted;
        for (const auto &[index, outcome] : batch.outcomes) {
            const PendingCase &row = batch.rows[index];
            const auto caseId = [&] {
                const std::string_view id = batch.view(row.caseIdAt, row.caseIdLength);
                return quoted(QString::fromUtf8(id.data(), qsizetype(id.size())));
            };
            switch (outcome) {
            case CaseRecordBulkWriter::Outcome::Inserted:
                break;
            case CaseRecordBulkWriter::Outcome::Duplicate:
                ++summary.duplicates;
                break;
            case CaseRecordBulkWriter::Outcome::UpdatedNowCompleted:
                ++completedNow;
                [[fallthrough]];
            case CaseRecordBulkWriter::Outcome::Updated:
                ++updated;
                break;
            case CaseRecordBulkWriter::Outcome::Conflict:
                run.rejectLate(
                    row.line, caseIdColumn,
                    tr("case %1 is already in the workbench with different values").arg(caseId()));
                break;
            case CaseRecordBulkWriter::Outcome::Ambiguous:
                run.rejectLate(row.line, caseIdColumn,
                               tr("case id %1 is held by more than one service; with ids global "
                                  "it cannot tell which to update")
                                   .arg(caseId()));
                break;
            case CaseRecordBulkWriter::Outcome::RepeatedInBatch:
                run.rejectLate(row.line, caseIdColumn,
                               tr("case id %1 appears more than once in this file with "
                                  "different values (--latest-by keeps the latest row)")
                                   .arg(caseId()));
                break;
            case CaseRecordBulkWriter::Outcome::Failed:
                // SQLite refused a write: nothing more can go in, and the
                // summary ends at this row as a one-thread import's would.
                run.stopAfter(row.line, row.rowsRead);
                run.rejectFileLate(row.line, QStringLiteral("row"), batch.error);
                failed = true;
                break;
            }
        }
    };
    {
        WriterThread writerThread(writer);
        // A few batches in flight keep both threads busy; more would only
        // hold memory.
        constexpr int kBatches = 4;
        int batches = 1;
        auto batch = std::make_unique<CaseBatch>();
        while (!failed) {
            const std::optional<CsvRecord> row = run.next();
            if (!row)
                break;
            if (latestValues) {
                QString problem;
                if (!latestValues->valueOf(*row, problem)) {
                    run.reject(row->line, latestColumn, problem);
                    continue;
                }
                if (latest.superseded(caseKeys.keyOf(*row), row->line)) {
                    ++summary.superseded;
                    continue;
                }
            }
            const std::optional<CaseRecord> record = reader.read(*row);
            if (!record)
                continue;
            if (!batch->add(*record, row->line, run.rowsRead())) {
                reader.problem(CaseField::Received,
                               tr("a date outside the years 1 to 9999 cannot be stored"));
                continue;
            }
            if (!batch->full())
                continue;
            writerThread.write(std::move(batch));
            if (batches < kBatches) {
                ++batches;
                batch = std::make_unique<CaseBatch>();
            } else {
                batch = writerThread.written();
                collect(*batch);
                batch->clear();
            }
        }
        // A cancelled import is rolled back: the rows read since the last
        // full batch need not be written first.
        if (!failed && !summary.cancelled && !batch->rows.empty())
            writerThread.write(std::move(batch));
        writerThread.finish();
        while (std::unique_ptr<CaseBatch> done = writerThread.written()) {
            if (!failed)
                collect(*done);
        }
    }
    run.finish();
    if (!run.shouldCommit())
        return summary; // the writer rolls back
    // The kept period values of the services this import changed are
    // recomputed in its transaction, so the file never holds new cases with
    // old values. Were that to fail, the services would stay marked stale
    // and be computed from their cases until the next refresh.
    if (writer.markTouchedServicesStale().isEmpty())
        PeriodValueRefresher(m_workbench).refreshStale();
    if (const QString error = writer.commit(); !error.isEmpty()) {
        run.rejectFile(0, QStringLiteral("file"),
                       tr("cannot write to the workbench: %1").arg(error));
        return summary;
    }
    summary.committed = true;
    summary.imported = written;
    summary.updated = updated;
    summary.completedSinceLastImport = completedNow;
    summary.notes.append(createdNotes);
    if (summary.superseded > 0) {
        summary.notes.append(tr("%n row(s) were left out for a later row of the same case "
                                "(latest by %1).",
                                nullptr, int(summary.superseded))
                                 .arg(latestColumn));
    }
    if (updated > 0) {
        summary.notes.append(
            tr("Updated %n case(s) (%1 completed since the last import).", nullptr, int(updated))
                .arg(completedNow));
    }
    if (summary.duplicates > 0) {
        summary.notes.append(tr("%n row(s) matched cases already in the workbench and were "
                                "skipped.",
                                nullptr, int(summary.duplicates)));
    }
    return summary;
}

} // namespace Yardstick
