// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The demo's dollar figures worked out again from the rows stored in the
// workbench, with plain SQL and the definitions written out here, so the
// value tile and the Dollars at stake chart are checked against a
// calculation that shares no code with the one that draws them. Shared by
// the core and ui tests.

#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace Yardstick::Testing {

// A standard's value in [from, to]: the mean of its measurements whose
// period ends in it, weighted by sample size (every demo measurement has one).
double demoMeasuredValue(const QSqlDatabase &db, const QString &code, QDate from, QDate to);

// The target of the standard's revision in force on the day (the latest
// effective on or before it).
double demoTargetOn(const QSqlDatabase &db, const QString &code, QDate day);

struct DemoDollarsAtStake
{
    QString code;
    double dollars = 0;
};

// For each lower-is-better standard with a value model whose value in
// [from, to] misses its target: (value - target) days x US$ a day x cases a
// year. Largest first.
QList<DemoDollarsAtStake> demoDollarsAtStake(const QSqlDatabase &db, QDate from, QDate to);

// A headline standard's baseline as the README defines it: the baseline
// ends on the earlier of the programme start and the first process phase
// for the standard (its own or a workbench-wide one); the baseline is the
// plain mean of the standard's monthly values (each demoMeasuredValue of a
// calendar month) over the months that end before that day.
double demoBaselineValue(const QSqlDatabase &db, const QString &code);

// The value a year of the headline standards' change (those of the
// workbench's headline_standards property with a value model): for each,
// (baseline - value in [afterFrom, afterTo]) days x US$ a day x cases a
// year, summed.
double demoHeadlineValue(const QSqlDatabase &db, QDate afterFrom, QDate afterTo);

} // namespace Yardstick::Testing
