// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "standardimporter.h"

#include "catalogue/standardvalidator.h"
#include "catalogueterms.h"
#include "csvimportrun.h"
#include "knownnames.h"
#include "storage/transaction.h"
#include "valueparsers.h"
#include "workbench/workbench.h"

#include <QFileInfo>
#include <QHash>
#include <QSet>

namespace Yardstick {

namespace {

const char *const kRequired[] = {"code",      "title",      "service",       "dimension",
                                 "metric",    "statistic",  "direction",     "target",
                                 "threshold", "department", "effective_from"};
const char *const kOptional[] = {"unit", "basis", "rationale", "status", "retired_on", "day_basis"};

QString quoted(const QString &value)
{
    return QLatin1Char('"') + value + QLatin1Char('"');
}

} // namespace

struct Known
{
    KnownNames services;
    // By CatalogueTerms::dimension's key of each dimension's key and name, so
    // "Customer satisfaction", "customer_satisfaction" and "及时性" find theirs.
    QHash<QString, qint64> dimensions;
    KnownNames departments;
};

class StandardRowImport
{
    Q_DECLARE_TR_FUNCTIONS(Yardstick::StandardImporter)

public:
    StandardRowImport(Workbench &workbench, CsvImportRun &run, ImportSummary &summary,
                      const ImportOptions &options, const QString &source)
        : m_workbench(workbench)
        , m_run(run)
        , m_summary(summary)
        , m_options(options)
        , m_source(source)
    {
        for (const char *name : kRequired)
            m_columns.insert(QString::fromLatin1(name), run.columnIndex(QString::fromLatin1(name)));
        for (const char *name : kOptional)
            m_columns.insert(QString::fromLatin1(name), run.columnIndex(QString::fromLatin1(name)));
        for (const Service &s : workbench.services().all())
            m_known.services.add(s.id, s.code, s.name);
        const QList<Dimension> dimensions = workbench.dimensions().all();
        // Keys first: a key wins over another dimension's name that reads the same.
        for (const Dimension &d : dimensions)
            m_known.dimensions.insert(CatalogueTerms::dimension(d.key).key, d.id);
        for (const Dimension &d : dimensions) {
            const QString key = CatalogueTerms::dimension(d.name).key;
            if (!m_known.dimensions.contains(key))
                m_known.dimensions.insert(key, d.id);
        }
        for (const Department &d : workbench.departments().all())
            m_known.departments.add(d.id, d.code, d.name);
        for (const Standard &s : workbench.catalogue().standards())
            m_existing.insert(s.code.toCaseFolded(), s);
    }

    bool headerComplete()
    {
        bool ok = true;
        for (const char *name : kRequired)
            ok = m_run.requireColumns({{m_columns.value(QString::fromLatin1(name), -1), name}}) &&
                 ok;
        return ok;
    }

    // Reads, checks and writes one row; false if SQLite refused (stop).
    bool import(const CsvRecord &row)
    {
        // A savepoint per row: when the row is refused (and bad rows are
        // skipped) the service or department it created goes with it.
        Transaction savepoint(m_workbench.database().connection());
        const qsizetype notesBefore = m_summary.notes.size();
        const Known knownBefore = m_known;
        const bool carryOn = importRow(row);
        if (!m_run.rowRejected(row.line)) {
            savepoint.commit();
        } else {
            // What the row created is rolled back, so forget it here too.
            m_summary.notes.resize(notesBefore);
            m_known = knownBefore;
        }
        return carryOn;
    }

private:
    bool importRow(const CsvRecord &row)
    {
        m_row = &row;
        std::optional<Standard> parsed = parse();
        if (!parsed || m_run.rowRejected(row.line))
            return true;
        const QString folded = parsed->code.toCaseFolded();
        if (m_seenCodes.contains(folded)) {
            problem(QStringLiteral("code"),
                    tr("standard %1 appears more than once in this file").arg(parsed->code));
            return true;
        }
        m_seenCodes.insert(folded);
        if (auto existing = m_existing.constFind(folded); existing != m_existing.cend())
            return update(*existing, *parsed);
        return add(*parsed);
    }

    bool hasColumn(const char *column) const
    {
        return m_columns.value(QString::fromLatin1(column), -1) >= 0;
    }

    QString cell(const char *column) const
    {
        const int index = m_columns.value(QString::fromLatin1(column), -1);
        return index < 0 ? QString() : m_row->fields.at(index).trimmed();
    }

    void problem(const QString &column, const QString &reason)
    {
        m_run.reject(m_row->line, column, reason);
    }

    QString requiredCell(const char *column)
    {
        const QString value = cell(column);
        if (value.isEmpty())
            problem(QString::fromLatin1(column), tr("empty value"));
        return value;
    }

    std::optional<Standard> parse()
    {
        Standard s;
        s.code = requiredCell("code");
        s.title = requiredCell("title");
        if (const QString service = requiredCell("service"); !service.isEmpty())
            s.serviceId = serviceId(service);
        if (const QString dimension = requiredCell("dimension"); !dimension.isEmpty())
            s.dimensionId = dimensionId(dimension);
        if (const QString department = requiredCell("department"); !department.isEmpty())
            s.departmentId = departmentId(department);
        // Keys, the window's names, short forms and Chinese (CatalogueTerms).
        if (const QString metric = requiredCell("metric"); !metric.isEmpty()) {
            if (const auto value = CatalogueTerms::metric(metric))
                s.metric = *value;
            else
                problem(QStringLiteral("metric"), CatalogueTerms::metricRefusal(metric));
        }
        if (const QString statistic = requiredCell("statistic"); !statistic.isEmpty()) {
            if (const auto value = CatalogueTerms::statistic(statistic))
                s.statistic = *value;
            else
                problem(QStringLiteral("statistic"), CatalogueTerms::statisticRefusal(statistic));
        }
        if (const QString direction = requiredCell("direction"); !direction.isEmpty()) {
            if (const auto value = CatalogueTerms::direction(direction))
                s.direction = *value;
            else
                problem(QStringLiteral("direction"), CatalogueTerms::directionRefusal(direction));
        }
        const std::optional<double> target = number("target");
        const std::optional<double> threshold = number("threshold");
        s.unit = cell("unit").isEmpty() ? metricDefaultUnit(s.metric)
                                        : CatalogueTerms::unit(cell("unit"));
        if (const auto basis = CatalogueTerms::basis(cell("basis")))
            s.basis = *basis;
        else
            problem(QStringLiteral("basis"), CatalogueTerms::basisRefusal(cell("basis")));
        s.rationale = cell("rationale");
        const QDate effectiveFrom = date("effective_from", true);
        if (const QString status = cell("status"); status == QLatin1String("retired")) {
            s.status = StandardStatus::Retired;
            s.retiredOn = date("retired_on", true);
        } else if (!status.isEmpty() && status != QLatin1String("active")) {
            problem(QStringLiteral("status"),
                    tr("%1 is not active or retired").arg(quoted(status)));
        }
        if (const QString basis = cell("day_basis"); !basis.isEmpty()) {
            if (const auto value = dayBasisFromKey(basis))
                s.dayBasis = *value;
            else
                problem(QStringLiteral("day_basis"),
                        tr("%1 is not calendar or business").arg(quoted(basis)));
        }
        if (!target || !threshold || !effectiveFrom.isValid())
            return std::nullopt;
        s.revise(effectiveFrom, *target, *threshold, tr("Imported from %1").arg(m_source),
                 QDateTime::currentDateTimeUtc());
        for (const ValidationIssue &issue : StandardValidator::validate(s))
            problem(issue.field.isEmpty() ? QStringLiteral("row") : issue.field, issue.message);
        return s;
    }

    std::optional<double> number(const char *column)
    {
        const QString text = requiredCell(column);
        if (text.isEmpty())
            return std::nullopt;
        const std::optional<double> value = parseNumber(text, m_run.separator());
        if (!value)
            problem(QString::fromLatin1(column), tr("%1 is not a number").arg(quoted(text)));
        return value;
    }

    QDate date(const char *column, bool required)
    {
        const QString text = required ? requiredCell(column) : cell(column);
        if (text.isEmpty())
            return {};
        const std::optional<Moment> moment = parseDate(text, DateFormat::Iso);
        if (!moment || moment->hasTime()) {
            problem(QString::fromLatin1(column),
                    tr("cannot read %1 as an ISO date (YYYY-MM-DD)").arg(quoted(text)));
            return {};
        }
        return moment->date;
    }

    // Finds a service or department by code or name, or creates it (a
    // code-like value is its own code, a name gets one from its initials).
    template<typename Entity, typename Repository>
    qint64 findOrCreate(const QString &text, Repository &repository, KnownNames &known,
                        const QString &note)
    {
        if (const auto id = known.find(text))
            return *id;
        Entity entity;
        entity.code = known.codeForNew(text);
        entity.name = text;
        if (!repository.insert(entity).ok())
            return 0;
        known.add(entity.id, entity.code, entity.name);
        m_summary.notes.append(note.arg(entity.name, entity.code));
        return entity.id;
    }

    qint64 serviceId(const QString &text)
    {
        return findOrCreate<Service>(text, m_workbench.services(), m_known.services,
                                     tr("Created service \"%1\" (%2)."));
    }

    qint64 departmentId(const QString &text)
    {
        return findOrCreate<Department>(text, m_workbench.departments(), m_known.departments,
                                        tr("Created department \"%1\" (%2)."));
    }

    // Finds a dimension by key or name however written, or creates it: a
    // reference dimension named in Chinese gets its English key and name.
    qint64 dimensionId(const QString &text)
    {
        const CatalogueTerms::DimensionTerm term = CatalogueTerms::dimension(text);
        if (term.key.isEmpty()) {
            problem(QStringLiteral("dimension"),
                    tr("%1 does not name a dimension").arg(quoted(text)));
            return 0;
        }
        if (const auto it = m_known.dimensions.constFind(term.key); it != m_known.dimensions.cend())
            return *it;
        Dimension dimension;
        dimension.key = term.key;
        dimension.name = term.name;
        if (!m_workbench.dimensions().insert(dimension).ok())
            return 0;
        m_known.dimensions.insert(dimension.key, dimension.id);
        m_summary.notes.append(tr("Created dimension \"%1\".").arg(dimension.name));
        return dimension.id;
    }

    bool add(Standard &s)
    {
        if (StorageResult result = m_workbench.standardRepository().insert(s); !result.ok()) {
            m_run.rejectFile(m_row->line, QStringLiteral("row"), result.error());
            return false;
        }
        ++m_written;
        return true;
    }

    bool update(const Standard &existing, const Standard &parsed)
    {
        Standard updated = existing;
        updated.title = parsed.title;
        updated.serviceId = parsed.serviceId;
        updated.dimensionId = parsed.dimensionId;
        updated.departmentId = parsed.departmentId;
        updated.metric = parsed.metric;
        updated.statistic = parsed.statistic;
        updated.direction = parsed.direction;
        updated.unit = parsed.unit;
        updated.basis = parsed.basis;
        updated.rationale = parsed.rationale;
        // A file without these columns (the 14 contract columns alone) leaves
        // the stored values as they are.
        if (hasColumn("status")) {
            updated.status = parsed.status;
            updated.retiredOn = parsed.retiredOn;
        }
        if (hasColumn("day_basis"))
            updated.dayBasis = parsed.dayBasis;
        const StandardRevision &wanted = parsed.current();
        const StandardRevision &inForce = existing.current();
        if (wanted.target != inForce.target || wanted.threshold != inForce.threshold) {
            const QDate from = wanted.effectiveFrom > inForce.effectiveFrom
                                   ? wanted.effectiveFrom
                                   : std::max(m_options.today, inForce.effectiveFrom);
            updated.revise(from, wanted.target, wanted.threshold, wanted.reason, wanted.recordedAt);
            m_summary.notes.append(tr("%1: target %2 → %3, threshold %4 → %5 from %6.")
                                       .arg(existing.code)
                                       .arg(inForce.target)
                                       .arg(wanted.target)
                                       .arg(inForce.threshold)
                                       .arg(wanted.threshold)
                                       .arg(from.toString(Qt::ISODate)));
        }
        if (updated == existing) {
            ++m_summary.duplicates;
            return true;
        }
        for (const ValidationIssue &issue : StandardValidator::validate(updated))
            problem(issue.field.isEmpty() ? QStringLiteral("row") : issue.field, issue.message);
        if (m_run.rowRejected(m_row->line))
            return true;
        if (StorageResult result = m_workbench.standardRepository().update(updated); !result.ok()) {
            m_run.rejectFile(m_row->line, QStringLiteral("row"), result.error());
            return false;
        }
        ++m_written;
        return true;
    }

public:
    qint64 written() const { return m_written; }

private:
    Workbench &m_workbench;
    CsvImportRun &m_run;
    ImportSummary &m_summary;
    const ImportOptions &m_options;
    QString m_source;
    QHash<QString, int> m_columns;
    Known m_known;
    QHash<QString, Standard> m_existing;
    QSet<QString> m_seenCodes;
    const CsvRecord *m_row = nullptr;
    qint64 m_written = 0;
};

StandardImporter::StandardImporter(Workbench &workbench)
    : m_workbench(workbench)
{}

ImportSummary StandardImporter::run(const QString &path, const ImportOptions &options)
{
    ImportSummary summary;
    CsvImportRun run(path, options, summary);
    if (!run.start())
        return summary;
    Transaction transaction(m_workbench.database().connection());
    if (!transaction.isActive()) {
        run.rejectFile(0, QStringLiteral("file"),
                       tr("cannot write to the workbench: %1").arg(transaction.beginError()));
        return summary;
    }
    StandardRowImport rows(m_workbench, run, summary, options, QFileInfo(path).fileName());
    if (!rows.headerComplete())
        return summary;
    while (const std::optional<CsvRecord> row = run.next()) {
        if (!rows.import(*row))
            break;
    }
    run.finish();
    if (!run.shouldCommit()) {
        summary.notes.clear(); // nothing was created after all
        return summary;
    }
    if (const QString error = transaction.commit(); !error.isEmpty()) {
        run.rejectFile(0, QStringLiteral("file"),
                       tr("cannot write to the workbench: %1").arg(error));
        return summary;
    }
    summary.committed = true;
    summary.imported = rows.written();
    return summary; // CaseImportService tells the catalogue's views
}

} // namespace Yardstick
