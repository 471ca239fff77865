-- SPDX-FileCopyrightText: 2026 The Yardstick authors
-- SPDX-License-Identifier: GPL-3.0-or-later
-- A workbench as schema version 1 wrote it, frozen: the migration test builds
-- a file from this script and checks that opening it upgrades it in place
-- without losing anything. Never edit it to follow later schemas.
PRAGMA application_id = 1498633291;
CREATE TABLE services (id INTEGER PRIMARY KEY, code TEXT NOT NULL UNIQUE, name TEXT NOT NULL, description TEXT NOT NULL DEFAULT '');
CREATE TABLE departments (id INTEGER PRIMARY KEY, code TEXT NOT NULL UNIQUE, name TEXT NOT NULL);
CREATE TABLE dimensions (id INTEGER PRIMARY KEY, key TEXT NOT NULL UNIQUE, name TEXT NOT NULL, in_card_case INTEGER NOT NULL DEFAULT 0, servqual_weight REAL);
CREATE TABLE standards (id INTEGER PRIMARY KEY, code TEXT NOT NULL UNIQUE, title TEXT NOT NULL, service_id INTEGER NOT NULL REFERENCES services(id), dimension_id INTEGER NOT NULL REFERENCES dimensions(id), department_id INTEGER NOT NULL REFERENCES departments(id), metric TEXT NOT NULL, statistic TEXT NOT NULL, direction TEXT NOT NULL CHECK (direction IN ('lower', 'higher')), unit TEXT NOT NULL, basis INTEGER NOT NULL DEFAULT 0, rationale TEXT NOT NULL DEFAULT '', status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'retired')), retired_on TEXT);
CREATE TABLE standard_revisions (standard_id INTEGER NOT NULL REFERENCES standards(id) ON DELETE CASCADE, effective_from TEXT NOT NULL, target REAL NOT NULL, threshold REAL NOT NULL, reason TEXT NOT NULL DEFAULT '', PRIMARY KEY (standard_id, effective_from));
CREATE TABLE measurements (id INTEGER PRIMARY KEY, standard_id INTEGER NOT NULL REFERENCES standards(id), period_start TEXT NOT NULL, period_end TEXT NOT NULL, value REAL NOT NULL, sample_size INTEGER, source TEXT NOT NULL DEFAULT '');
CREATE INDEX measurements_by_standard ON measurements(standard_id, period_start);
CREATE TABLE case_records (id INTEGER PRIMARY KEY, service_id INTEGER NOT NULL REFERENCES services(id), case_id TEXT NOT NULL, received_at TEXT NOT NULL, completed_at TEXT, right_first_time TEXT NOT NULL DEFAULT 'unknown' CHECK (right_first_time IN ('yes', 'no', 'unknown')), department_id INTEGER REFERENCES departments(id), key_customer INTEGER NOT NULL DEFAULT 0, UNIQUE (service_id, case_id));
CREATE TABLE complaint_letters (id INTEGER PRIMARY KEY, reference TEXT NOT NULL DEFAULT '', received_at TEXT, channel TEXT NOT NULL, customer_ref TEXT NOT NULL DEFAULT '', key_customer INTEGER NOT NULL DEFAULT 0, language TEXT NOT NULL DEFAULT '', body TEXT NOT NULL, content_hash TEXT NOT NULL UNIQUE, service_id INTEGER REFERENCES services(id), primary_dimension_id INTEGER REFERENCES dimensions(id), label_status TEXT NOT NULL DEFAULT 'unlabelled');
CREATE TABLE survey_responses (id INTEGER PRIMARY KEY, wave TEXT NOT NULL, respondent TEXT NOT NULL, item TEXT NOT NULL, dimension_id INTEGER NOT NULL REFERENCES dimensions(id), expectation REAL, perception REAL, importance REAL, customer_ref TEXT NOT NULL DEFAULT '', UNIQUE (wave, respondent, item));
INSERT INTO services VALUES (1, 'APP', 'Application processing', '');
INSERT INTO departments VALUES (1, 'NA', 'New Accounts');
INSERT INTO dimensions VALUES (1, 'timeliness', 'Timeliness', 1, NULL);
INSERT INTO standards VALUES (1, 'APP-T-01', 'Mean application processing time', 1, 1, 1, 'turnaround_days', 'mean', 'lower', 'days', 9, 'Cardholders expect a decision in about two weeks.', 'active', NULL);
INSERT INTO standard_revisions VALUES (1, '2023-01-02', 30, 40, 'Before the programme');
INSERT INTO standard_revisions VALUES (1, '2024-03-04', 15, 20, 'Quality programme');
INSERT INTO measurements VALUES (1, 1, '2023-01-02', '2023-01-08', 35.2, 180, 'ops report');
INSERT INTO case_records VALUES (1, 1, 'APP-1', '2023-01-02T09:00:00Z', '2023-02-06T09:00:00Z', 'yes', 1, 0);
INSERT INTO complaint_letters VALUES (1, 'L-2023-0001', '2023-02-01T08:00:00Z', 'letter', 'CM-1', 0, 'en', 'My application took five weeks.', 'fixture-hash', 1, 1, 'confirmed');
PRAGMA user_version = 1;
