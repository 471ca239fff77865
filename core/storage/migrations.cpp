// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrations.h"

#include "sqldialect.h"
#include "transaction.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace Yardstick::Migrations {

namespace {

// Never edit a migration that has shipped: files in the wild were made by it.
// Add a new one at the end instead.
const char *const kVersion1[] = {
    R"(CREATE TABLE services (
        id INTEGER PRIMARY KEY,
        code TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL,
        description TEXT NOT NULL DEFAULT ''))",
    R"(CREATE TABLE departments (
        id INTEGER PRIMARY KEY,
        code TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL))",
    R"(CREATE TABLE dimensions (
        id INTEGER PRIMARY KEY,
        key TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL,
        in_card_case INTEGER NOT NULL DEFAULT 0,
        servqual_weight REAL))",
    R"(CREATE TABLE standards (
        id INTEGER PRIMARY KEY,
        code TEXT NOT NULL UNIQUE,
        title TEXT NOT NULL,
        service_id INTEGER NOT NULL REFERENCES services(id),
        dimension_id INTEGER NOT NULL REFERENCES dimensions(id),
        department_id INTEGER NOT NULL REFERENCES departments(id),
        metric TEXT NOT NULL,
        statistic TEXT NOT NULL,
        direction TEXT NOT NULL CHECK (direction IN ('lower', 'higher')),
        unit TEXT NOT NULL,
        basis INTEGER NOT NULL DEFAULT 0,
        rationale TEXT NOT NULL DEFAULT '',
        status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'retired')),
        retired_on TEXT))",
    R"(CREATE TABLE standard_revisions (
        standard_id INTEGER NOT NULL REFERENCES standards(id) ON DELETE CASCADE,
        effective_from TEXT NOT NULL,
        target REAL NOT NULL,
        threshold REAL NOT NULL,
        reason TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (standard_id, effective_from)))",
    R"(CREATE TABLE measurements (
        id INTEGER PRIMARY KEY,
        standard_id INTEGER NOT NULL REFERENCES standards(id),
        period_start TEXT NOT NULL,
        period_end TEXT NOT NULL,
        value REAL NOT NULL,
        sample_size INTEGER,
        source TEXT NOT NULL DEFAULT ''))",
    "CREATE INDEX measurements_by_standard ON measurements(standard_id, period_start)",
    R"(CREATE TABLE case_records (
        id INTEGER PRIMARY KEY,
        service_id INTEGER NOT NULL REFERENCES services(id),
        case_id TEXT NOT NULL,
        received_at TEXT NOT NULL,
        completed_at TEXT,
        right_first_time TEXT NOT NULL DEFAULT 'unknown'
            CHECK (right_first_time IN ('yes', 'no', 'unknown')),
        department_id INTEGER REFERENCES departments(id),
        key_customer INTEGER NOT NULL DEFAULT 0,
        UNIQUE (service_id, case_id)))",
    R"(CREATE TABLE complaint_letters (
        id INTEGER PRIMARY KEY,
        reference TEXT NOT NULL DEFAULT '',
        received_at TEXT,
        channel TEXT NOT NULL,
        customer_ref TEXT NOT NULL DEFAULT '',
        key_customer INTEGER NOT NULL DEFAULT 0,
        language TEXT NOT NULL DEFAULT '',
        body TEXT NOT NULL,
        content_hash TEXT NOT NULL UNIQUE,
        service_id INTEGER REFERENCES services(id),
        primary_dimension_id INTEGER REFERENCES dimensions(id),
        label_status TEXT NOT NULL DEFAULT 'unlabelled'))",
    R"(CREATE TABLE survey_responses (
        id INTEGER PRIMARY KEY,
        wave TEXT NOT NULL,
        respondent TEXT NOT NULL,
        item TEXT NOT NULL,
        dimension_id INTEGER NOT NULL REFERENCES dimensions(id),
        expectation REAL,
        perception REAL,
        importance REAL,
        customer_ref TEXT NOT NULL DEFAULT '',
        UNIQUE (wave, respondent, item)))",
};

// Version 2: workbench-level properties (title, who made the file) and the
// moment each standard revision was recorded, for the catalogue's audit trail.
const char *const kVersion2[] = {
    R"(CREATE TABLE workbench_properties (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL))",
    "ALTER TABLE standard_revisions ADD COLUMN recorded_at TEXT",
    "CREATE INDEX case_records_by_service ON case_records(service_id, received_at)",
};

// Version 3: what the compliance engine needs. Standards can count turnaround
// in business days, so the workbench keeps a holiday list. Case records get
// their own index-free bulk path: the received-time index of version 2 made a
// million-row import several times slower and no query uses it (cases are
// read per service through the (service_id, case_id) unique index).
const char *const kVersion3[] = {
    R"(CREATE TABLE holidays (
        day TEXT PRIMARY KEY,
        name TEXT NOT NULL DEFAULT ''))",
    R"(ALTER TABLE standards ADD COLUMN day_basis TEXT NOT NULL DEFAULT 'calendar'
        CHECK (day_basis IN ('calendar', 'business')))",
    "DROP INDEX case_records_by_service",
};

// Version 4: case records become one b-tree keyed by (service, case id)
// (WITHOUT ROWID) instead of a table plus a unique index: a million-row
// import writes half as many pages. The row id goes (nothing referred to
// it); import_batch tells which import wrote a row, so a case id repeated
// within one file is told from one already stored. The right-first-time
// check is spelled with OR because SQLite evaluates an IN list through a
// temporary b-tree built afresh for every inserted row.
const char *const kVersion4[] = {
    R"(CREATE TABLE case_records_v4 (
        service_id INTEGER NOT NULL REFERENCES services(id),
        case_id TEXT NOT NULL,
        received_at TEXT NOT NULL,
        completed_at TEXT,
        right_first_time TEXT NOT NULL DEFAULT 'unknown'
            CHECK (right_first_time = 'yes' OR right_first_time = 'no'
                   OR right_first_time = 'unknown'),
        department_id INTEGER REFERENCES departments(id),
        key_customer INTEGER NOT NULL DEFAULT 0,
        import_batch INTEGER,
        PRIMARY KEY (service_id, case_id)) WITHOUT ROWID)",
    R"(INSERT INTO case_records_v4 (service_id, case_id, received_at, completed_at,
        right_first_time, department_id, key_customer)
        SELECT service_id, case_id, received_at, completed_at, right_first_time,
               department_id, key_customer FROM case_records)",
    "DROP TABLE case_records",
    "ALTER TABLE case_records_v4 RENAME TO case_records",
};

// Version 5: the charts. Process phases are the changes an analyst records
// (a quality programme starts, a standard's process is rebased); trend charts
// draw a mean per phase and control charts rebase their limits there. A
// phase without a standard applies to every standard. Every change to a
// phase is appended to process_phase_log, the audit trail of rebases, which
// is never edited. Report templates keep the sections an analyst chose.
const char *const kVersion5[] = {
    R"(CREATE TABLE process_phases (
        id INTEGER PRIMARY KEY,
        standard_id INTEGER REFERENCES standards(id) ON DELETE CASCADE,
        starts_on TEXT NOT NULL,
        label TEXT NOT NULL,
        reason TEXT NOT NULL DEFAULT '',
        fixed_center REAL,
        fixed_sigma REAL CHECK (fixed_sigma IS NULL OR fixed_sigma > 0),
        recorded_at TEXT NOT NULL))",
    R"(CREATE TABLE process_phase_log (
        id INTEGER PRIMARY KEY,
        phase_id INTEGER NOT NULL,
        standard_id INTEGER,
        action TEXT NOT NULL CHECK (action IN ('added', 'changed', 'removed')),
        starts_on TEXT NOT NULL,
        label TEXT NOT NULL,
        reason TEXT NOT NULL,
        fixed_center REAL,
        fixed_sigma REAL,
        recorded_at TEXT NOT NULL))",
    R"(CREATE TABLE report_templates (
        name TEXT PRIMARY KEY,
        definition TEXT NOT NULL))",
};

// Version 6: complaint letters become evidence. A letter keeps where it came
// from (file, encoding, where its received date was read), its labels with
// confidences (every dimension it is about, not just the primary one), its
// severity and where its handling stands. Links tie a letter to the
// standards (and the case) it shows were broken. The lexicon is the
// analysts' editable list of terms. A complaint-handling standard can be fed
// from the letters (time to first response or to resolution).
const char *const kVersion6[] = {
    "ALTER TABLE complaint_letters ADD COLUMN subject TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE complaint_letters ADD COLUMN service_confidence REAL",
    "ALTER TABLE complaint_letters ADD COLUMN severity TEXT",
    "ALTER TABLE complaint_letters ADD COLUMN received_source TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE complaint_letters ADD COLUMN source_file TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE complaint_letters ADD COLUMN encoding TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE complaint_letters ADD COLUMN masked_card_numbers INTEGER NOT NULL DEFAULT 0",
    R"(ALTER TABLE complaint_letters ADD COLUMN status TEXT NOT NULL DEFAULT 'new'
        CHECK (status IN ('new', 'in_progress', 'resolved')))",
    "ALTER TABLE complaint_letters ADD COLUMN first_response_at TEXT",
    "ALTER TABLE complaint_letters ADD COLUMN resolved_at TEXT",
    R"(CREATE TABLE letter_dimensions (
        letter_id INTEGER NOT NULL REFERENCES complaint_letters(id) ON DELETE CASCADE,
        dimension_id INTEGER NOT NULL REFERENCES dimensions(id),
        rank INTEGER NOT NULL,
        confidence REAL NOT NULL,
        PRIMARY KEY (letter_id, dimension_id)))",
    R"(INSERT INTO letter_dimensions (letter_id, dimension_id, rank, confidence)
        SELECT id, primary_dimension_id, 0, 1.0 FROM complaint_letters
        WHERE primary_dimension_id IS NOT NULL)",
    R"(CREATE TABLE letter_links (
        id INTEGER PRIMARY KEY,
        letter_id INTEGER NOT NULL REFERENCES complaint_letters(id) ON DELETE CASCADE,
        standard_id INTEGER NOT NULL REFERENCES standards(id) ON DELETE CASCADE,
        case_id TEXT NOT NULL DEFAULT '',
        UNIQUE (letter_id, standard_id)))",
    "CREATE INDEX letter_links_by_standard ON letter_links (standard_id)",
    R"(CREATE TABLE lexicon_terms (
        id INTEGER PRIMARY KEY,
        language TEXT NOT NULL,
        term TEXT NOT NULL,
        target TEXT NOT NULL CHECK (target IN ('service', 'dimension', 'severity')),
        key TEXT NOT NULL,
        weight REAL NOT NULL DEFAULT 1.0,
        UNIQUE (language, term, target, key)))",
    R"(CREATE TABLE complaint_handling_rules (
        standard_id INTEGER PRIMARY KEY REFERENCES standards(id) ON DELETE CASCADE,
        event TEXT NOT NULL CHECK (event IN ('first_response', 'resolution')),
        key_customers_only INTEGER NOT NULL DEFAULT 0))",
};

// Version 7: the voice of the customer and the value of a day. A survey has
// items (each in one dimension) and waves (a date range and a channel);
// answers stay in survey_responses, keyed by the wave's name. Files written
// before version 7 may hold answers without a survey: they are gathered into
// one "Imported survey" so nothing is lost. A survey-score standard can be
// fed from a survey, an audit-score standard from an audit checklist. A
// standard's value model prices a day; a revision remembers who made it and
// what the planner predicted for it, so the next review can compare.
const char *const kVersion7[] = {
    R"(CREATE TABLE surveys (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE,
        service_id INTEGER REFERENCES services(id),
        scale_min REAL NOT NULL DEFAULT 1,
        scale_max REAL NOT NULL DEFAULT 7 CHECK (scale_max > scale_min),
        description TEXT NOT NULL DEFAULT ''))",
    R"(CREATE TABLE survey_items (
        id INTEGER PRIMARY KEY,
        survey_id INTEGER NOT NULL REFERENCES surveys(id) ON DELETE CASCADE,
        code TEXT NOT NULL,
        text TEXT NOT NULL DEFAULT '',
        dimension_id INTEGER NOT NULL REFERENCES dimensions(id),
        importance REAL,
        position INTEGER NOT NULL DEFAULT 0,
        UNIQUE (survey_id, code)))",
    R"(CREATE TABLE survey_waves (
        id INTEGER PRIMARY KEY,
        survey_id INTEGER NOT NULL REFERENCES surveys(id) ON DELETE CASCADE,
        name TEXT NOT NULL UNIQUE,
        starts_on TEXT,
        ends_on TEXT,
        channel TEXT NOT NULL DEFAULT 'mail' CHECK (channel IN ('mail', 'phone', 'in_branch'))))",
    R"(INSERT INTO surveys (name, description)
        SELECT 'Imported survey', 'Answers stored before surveys had definitions'
        WHERE EXISTS (SELECT 1 FROM survey_responses))",
    R"(INSERT INTO survey_items (survey_id, code, dimension_id, position)
        SELECT (SELECT id FROM surveys WHERE name = 'Imported survey'), item,
               MIN(dimension_id), ROW_NUMBER() OVER (ORDER BY item)
        FROM survey_responses GROUP BY item)",
    R"(INSERT INTO survey_waves (survey_id, name)
        SELECT DISTINCT (SELECT id FROM surveys WHERE name = 'Imported survey'), wave
        FROM survey_responses)",
    R"(CREATE TABLE survey_feeds (
        standard_id INTEGER PRIMARY KEY REFERENCES standards(id) ON DELETE CASCADE,
        survey_id INTEGER NOT NULL REFERENCES surveys(id) ON DELETE CASCADE))",
    R"(CREATE TABLE audit_templates (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE,
        description TEXT NOT NULL DEFAULT ''))",
    R"(CREATE TABLE audit_items (
        id INTEGER PRIMARY KEY,
        template_id INTEGER NOT NULL REFERENCES audit_templates(id) ON DELETE CASCADE,
        code TEXT NOT NULL,
        text TEXT NOT NULL DEFAULT '',
        scale_max REAL NOT NULL DEFAULT 5 CHECK (scale_max > 0),
        weight REAL NOT NULL DEFAULT 1 CHECK (weight > 0),
        position INTEGER NOT NULL DEFAULT 0,
        UNIQUE (template_id, code)))",
    R"(CREATE TABLE audits (
        id INTEGER PRIMARY KEY,
        template_id INTEGER NOT NULL REFERENCES audit_templates(id) ON DELETE CASCADE,
        department_id INTEGER NOT NULL REFERENCES departments(id),
        audited_on TEXT NOT NULL,
        auditor TEXT NOT NULL DEFAULT '',
        subject TEXT NOT NULL DEFAULT '',
        note TEXT NOT NULL DEFAULT ''))",
    "CREATE INDEX audits_by_template ON audits (template_id, audited_on)",
    R"(CREATE TABLE audit_ratings (
        audit_id INTEGER NOT NULL REFERENCES audits(id) ON DELETE CASCADE,
        item_id INTEGER NOT NULL REFERENCES audit_items(id) ON DELETE CASCADE,
        rating REAL NOT NULL CHECK (rating >= 0),
        PRIMARY KEY (audit_id, item_id)))",
    R"(CREATE TABLE audit_feeds (
        standard_id INTEGER PRIMARY KEY REFERENCES standards(id) ON DELETE CASCADE,
        template_id INTEGER NOT NULL REFERENCES audit_templates(id) ON DELETE CASCADE,
        period TEXT NOT NULL DEFAULT 'month' CHECK (period IN ('week', 'month', 'quarter'))))",
    R"(CREATE TABLE value_models (
        standard_id INTEGER PRIMARY KEY REFERENCES standards(id) ON DELETE CASCADE,
        value_per_day REAL NOT NULL CHECK (value_per_day >= 0),
        cases_per_year REAL NOT NULL CHECK (cases_per_year >= 0),
        cost_per_year REAL CHECK (cost_per_year IS NULL OR cost_per_year >= 0),
        note TEXT NOT NULL DEFAULT ''))",
    "ALTER TABLE standard_revisions ADD COLUMN recorded_by TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE standard_revisions ADD COLUMN predicted_case_share REAL",
    "ALTER TABLE standard_revisions ADD COLUMN predicted_period_share REAL",
    "ALTER TABLE standard_revisions ADD COLUMN predicted_annual_value REAL",
    "ALTER TABLE standard_revisions ADD COLUMN prediction_basis TEXT NOT NULL DEFAULT ''",
};

// Version 8: a case's moments as integers (see storedmoment.h): the digits
// of the date or date-time, YYYYMMDD or YYYYMMDDhhmmss, beside the UTC offset
// in seconds (NULL when the source named no zone), and right first time as
// 1, 0 or NULL for unknown. A case row shrinks from about 70 to about 35
// bytes: a million-case import writes half the pages and runs about a
// quarter faster. The text the earlier versions kept is converted in place.
const char *const kVersion8[] = {
    R"(CREATE TABLE case_records_v8 (
        service_id INTEGER NOT NULL REFERENCES services(id),
        case_id TEXT NOT NULL,
        received_at INTEGER NOT NULL,
        received_offset INTEGER,
        completed_at INTEGER,
        completed_offset INTEGER,
        right_first_time INTEGER CHECK (right_first_time = 0 OR right_first_time = 1),
        department_id INTEGER REFERENCES departments(id),
        key_customer INTEGER NOT NULL DEFAULT 0,
        import_batch INTEGER,
        PRIMARY KEY (service_id, case_id)) WITHOUT ROWID)",
    R"(INSERT INTO case_records_v8 (service_id, case_id, received_at, received_offset,
        completed_at, completed_offset, right_first_time, department_id, key_customer,
        import_batch)
        SELECT service_id, case_id,
            CAST(replace(replace(replace(substr(received_at, 1, 19), '-', ''), ':', ''),
                 'T', '') AS INTEGER),
            CASE WHEN length(received_at) <= 19 THEN NULL
                 WHEN substr(received_at, 20, 1) = 'Z' THEN 0
                 ELSE (CASE substr(received_at, 20, 1) WHEN '-' THEN -1 ELSE 1 END)
                      * (CAST(substr(received_at, 21, 2) AS INTEGER) * 3600
                         + CAST(substr(received_at, 24, 2) AS INTEGER) * 60) END,
            CAST(replace(replace(replace(substr(completed_at, 1, 19), '-', ''), ':', ''),
                 'T', '') AS INTEGER),
            CASE WHEN completed_at IS NULL OR length(completed_at) <= 19 THEN NULL
                 WHEN substr(completed_at, 20, 1) = 'Z' THEN 0
                 ELSE (CASE substr(completed_at, 20, 1) WHEN '-' THEN -1 ELSE 1 END)
                      * (CAST(substr(completed_at, 21, 2) AS INTEGER) * 3600
                         + CAST(substr(completed_at, 24, 2) AS INTEGER) * 60) END,
            CASE right_first_time WHEN 'yes' THEN 1 WHEN 'no' THEN 0 END,
            department_id, key_customer, import_batch
        FROM case_records)",
    "DROP TABLE case_records",
    "ALTER TABLE case_records_v8 RENAME TO case_records",
};

// Version 9: next week's export updates the cases it changed, and every
// change is kept. case_imports names each case import (its batch number, the
// file, when); case_history holds one row per changed field, old and new
// value as text (a service or department by its id), under the case's
// service after the change. The index on case id alone is created by the
// first import that identifies cases by id across services (--ids global),
// so per-service workbenches do not pay for it on every insert.
const char *const kVersion9[] = {
    R"(CREATE TABLE case_imports (
        batch INTEGER PRIMARY KEY,
        file TEXT NOT NULL,
        imported_at TEXT NOT NULL))",
    R"(CREATE TABLE case_history (
        id INTEGER PRIMARY KEY,
        service_id INTEGER NOT NULL,
        case_id TEXT NOT NULL,
        import_batch INTEGER NOT NULL,
        field TEXT NOT NULL,
        old_value TEXT,
        new_value TEXT))",
    "CREATE INDEX case_history_by_case ON case_history (case_id)",
};

// Version 10: letters from any export. letter_attributes keeps the columns
// of a letters table that are none of a letter's fields (a regulator's
// Product, Issue...), in file order. source_id says the reference is the
// sending system's id (a table's id column, a Message-ID): two letters with
// the same text but different such ids are both kept. content_hash stays
// UNIQUE (SQLite cannot drop the constraint without rebuilding the table,
// which would cascade-delete the letters' labels and links), so such a
// letter's stored key is its text's hash followed by '#' and the id; text
// alone is always the first 64 characters. Letters imported from CSV or
// e-mail before had ids from their source.
const char *const kVersion10[] = {
    "ALTER TABLE complaint_letters ADD COLUMN source_id INTEGER NOT NULL DEFAULT 0",
    R"(UPDATE complaint_letters SET source_id = 1
        WHERE reference <> '' AND (lower(source_file) LIKE '%.csv'
            OR (lower(source_file) LIKE '%.eml' AND reference LIKE '%@%')))",
    R"(CREATE TABLE letter_attributes (
        letter_id INTEGER NOT NULL REFERENCES complaint_letters(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        name TEXT NOT NULL,
        value TEXT NOT NULL,
        PRIMARY KEY (letter_id, position)) WITHOUT ROWID)",
};

// Version 11: a service or department can be retired: left out of the
// lists new work is picked from, kept for the standards, cases and letters
// that already name it.
const char *const kVersion11[] = {
    "ALTER TABLE services ADD COLUMN retired INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE departments ADD COLUMN retired INTEGER NOT NULL DEFAULT 0",
};

// Version 12: the values the compliance engine computes from cases, kept per
// standard and period (see docs/scale-plan.md and PeriodValueBuilder) so a
// scorecard reads a few hundred rows instead of every case. Department 0 is
// the whole service; period_start is a Julian day. A service listed in
// period_values_stale has cases newer than its values: readers compute its
// values from its cases until PeriodValueRefresher brings them up to date.
// Every service starts stale, so an upgraded file is recomputed once.
const char *const kVersion12[] = {
    R"(CREATE TABLE period_values (
        standard_id INTEGER NOT NULL,
        period_kind TEXT NOT NULL,
        period_start INTEGER NOT NULL,
        department_id INTEGER NOT NULL,
        value REAL,
        n INTEGER NOT NULL,
        PRIMARY KEY (standard_id, period_kind, period_start, department_id)) WITHOUT ROWID)",
    R"(CREATE TABLE period_case_counts (
        service_id INTEGER NOT NULL,
        period_kind TEXT NOT NULL,
        period_start INTEGER NOT NULL,
        n INTEGER NOT NULL,
        PRIMARY KEY (service_id, period_kind, period_start)) WITHOUT ROWID)",
    R"(CREATE TABLE period_value_services (
        service_id INTEGER PRIMARY KEY,
        first_completed INTEGER,
        last_completed INTEGER))",
    "CREATE TABLE period_values_stale (service_id INTEGER PRIMARY KEY)",
    "INSERT INTO period_values_stale (service_id) SELECT id FROM services",
};

// Version 13: the audit trail (see ChangeLogRepository): who changed what
// and when. On a server the trigger of PostgresqlDialect::afterUpgrade
// stamps who and when itself.
const char *const kVersion13[] = {
    R"(CREATE TABLE change_log (
        id INTEGER PRIMARY KEY,
        changed_at TEXT NOT NULL,
        changed_by TEXT NOT NULL,
        subject_kind TEXT NOT NULL,
        subject_id INTEGER NOT NULL,
        subject TEXT NOT NULL,
        action TEXT NOT NULL,
        detail TEXT NOT NULL))",
    "CREATE INDEX change_log_by_subject ON change_log (subject_kind, subject_id)",
};

// Version 14 (a team workbench only; on a file it changes nothing): the case records' two
// foreign keys are checked once per statement instead of once per row. A
// million-case COPY spent 6 of its 9 seconds on the server in PostgreSQL's
// per-row checks of services and departments; a statement's check locks the
// parents it names (FOR KEY SHARE, as a foreign key does) and looks for a
// missing one with one anti-join over the statement's new rows. The parents'
// side keeps what the keys did there: a service or department that cases
// name can be neither deleted nor renumbered. See
// Migrations::checkedReferences() for the copier's order.
const char *const kVersion14[] = {
    R"(-- server only
DO $$
DECLARE
    key record;
BEGIN
    FOR key IN SELECT conname FROM pg_constraint
               WHERE conrelid = CAST('case_records' AS regclass) AND contype = 'f' LOOP
        EXECUTE format('ALTER TABLE case_records DROP CONSTRAINT %I', key.conname);
    END LOOP;
END $$)",
    R"(-- server only
CREATE FUNCTION yardstick_case_parents_exist() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM 1 FROM services s
        WHERE s.id IN (SELECT DISTINCT service_id FROM new_cases) FOR KEY SHARE OF s;
    IF EXISTS (SELECT 1 FROM (SELECT DISTINCT service_id FROM new_cases) n
               WHERE NOT EXISTS (SELECT 1 FROM services s WHERE s.id = n.service_id)) THEN
        RAISE EXCEPTION 'insert or update on table "case_records" violates foreign key '
                        'constraint: a case names a service that does not exist'
            USING ERRCODE = 'foreign_key_violation';
    END IF;
    PERFORM 1 FROM departments d
        WHERE d.id IN (SELECT DISTINCT department_id FROM new_cases) FOR KEY SHARE OF d;
    IF EXISTS (SELECT 1 FROM (SELECT DISTINCT department_id FROM new_cases
                              WHERE department_id IS NOT NULL) n
               WHERE NOT EXISTS (SELECT 1 FROM departments d
                                 WHERE d.id = n.department_id)) THEN
        RAISE EXCEPTION 'insert or update on table "case_records" violates foreign key '
                        'constraint: a case names a department that does not exist'
            USING ERRCODE = 'foreign_key_violation';
    END IF;
    RETURN NULL;
END $$)",
    R"(-- server only
CREATE TRIGGER case_records_parents_on_insert AFTER INSERT ON case_records
    REFERENCING NEW TABLE AS new_cases
    FOR EACH STATEMENT EXECUTE FUNCTION yardstick_case_parents_exist())",
    R"(-- server only
CREATE TRIGGER case_records_parents_on_update AFTER UPDATE ON case_records
    REFERENCING NEW TABLE AS new_cases
    FOR EACH STATEMENT EXECUTE FUNCTION yardstick_case_parents_exist())",
    R"(-- server only
CREATE FUNCTION yardstick_parent_without_cases() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF (TG_TABLE_NAME = 'services'
            AND EXISTS (SELECT 1 FROM case_records WHERE service_id = OLD.id))
       OR (TG_TABLE_NAME = 'departments'
            AND EXISTS (SELECT 1 FROM case_records WHERE department_id = OLD.id)) THEN
        RAISE EXCEPTION 'update or delete on table "%" violates foreign key constraint on '
                        'table "case_records"', TG_TABLE_NAME
            USING ERRCODE = 'foreign_key_violation';
    END IF;
    RETURN NULL;
END $$)",
    R"(-- server only
CREATE TRIGGER services_cases_on_delete AFTER DELETE ON services
    FOR EACH ROW EXECUTE FUNCTION yardstick_parent_without_cases())",
    R"(-- server only
CREATE TRIGGER services_cases_on_renumber AFTER UPDATE OF id ON services
    FOR EACH ROW WHEN (OLD.id IS DISTINCT FROM NEW.id)
    EXECUTE FUNCTION yardstick_parent_without_cases())",
    R"(-- server only
CREATE TRIGGER departments_cases_on_delete AFTER DELETE ON departments
    FOR EACH ROW EXECUTE FUNCTION yardstick_parent_without_cases())",
    R"(-- server only
CREATE TRIGGER departments_cases_on_renumber AFTER UPDATE OF id ON departments
    FOR EACH ROW WHEN (OLD.id IS DISTINCT FROM NEW.id)
    EXECUTE FUNCTION yardstick_parent_without_cases())",
};

struct Migration
{
    const char *const *statements;
    std::size_t count;
};

constexpr Migration kMigrations[] = {
    {kVersion1, std::size(kVersion1)},   {kVersion2, std::size(kVersion2)},
    {kVersion3, std::size(kVersion3)},   {kVersion4, std::size(kVersion4)},
    {kVersion5, std::size(kVersion5)},   {kVersion6, std::size(kVersion6)},
    {kVersion7, std::size(kVersion7)},   {kVersion8, std::size(kVersion8)},
    {kVersion9, std::size(kVersion9)},   {kVersion10, std::size(kVersion10)},
    {kVersion11, std::size(kVersion11)}, {kVersion12, std::size(kVersion12)},
    {kVersion13, std::size(kVersion13)}, {kVersion14, std::size(kVersion14)},
};

} // namespace

QList<std::pair<QString, QString>> checkedReferences()
{
    return {{QStringLiteral("case_records"), QStringLiteral("services")},
            {QStringLiteral("case_records"), QStringLiteral("departments")}};
}

int latestVersion()
{
    return int(std::size(kMigrations));
}

QString upgrade(QSqlDatabase &db)
{
    // A damaged file may say any version; below 0 would index before the
    // first migration (found by fuzz_workbenchfile).
    const SqlDialect &dialect = SqlDialect::of(db);
    const int current = dialect.schemaVersion(db);
    if (current < 0)
        return QCoreApplication::translate("Yardstick::Migrations",
                                           "the file says schema version %1, which no version of "
                                           "Yardstick writes")
            .arg(current);
    if (current == latestVersion())
        return {};
    for (int version = current + 1; version <= latestVersion(); ++version) {
        Transaction transaction(db);
        if (!transaction.isActive())
            return transaction.beginError();
        const Migration &migration = kMigrations[version - 1];
        QSqlQuery query(db);
        for (std::size_t i = 0; i < migration.count; ++i) {
            const QString statement = dialect.migrationStatement(migration.statements[i]);
            if (statement.isEmpty())
                continue; // not for this engine
            if (!query.exec(statement)) {
                return QCoreApplication::translate("Yardstick::Migrations",
                                                   "Upgrading to schema version %1 failed: %2")
                    .arg(version)
                    .arg(query.lastError().text());
            }
        }
        if (const QString error = dialect.setSchemaVersion(db, version); !error.isEmpty())
            return error;
        const QString error = transaction.commit();
        if (!error.isEmpty())
            return error;
    }
    // What the engine keeps beside the tables (a server's triggers) follows
    // the tables the migrations made.
    Transaction transaction(db);
    if (!transaction.isActive())
        return transaction.beginError();
    if (const QString error = dialect.afterUpgrade(db); !error.isEmpty())
        return error;
    return transaction.commit();
}

} // namespace Yardstick::Migrations
