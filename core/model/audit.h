// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/period.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace Yardstick {

// One behaviour a staff checklist rates ("greets the customer"), on a scale
// of 0..scaleMax, counted with a weight in the audit score.
struct AuditItem
{
    qint64 id = 0;
    qint64 templateId = 0;
    QString code; // what import files call it, e.g. "GREET"
    QString text;
    double scaleMax = 5;
    double weight = 1;
    int position = 0;

    friend bool operator==(const AuditItem &, const AuditItem &) = default;
};

// A checklist that rates staff behaviour, used in performance reviews.
struct AuditTemplate
{
    qint64 id = 0;
    QString name;
    QString description;
    QList<AuditItem> items; // by position

    friend bool operator==(const AuditTemplate &, const AuditTemplate &) = default;
};

// One rating of one item in one audit.
struct AuditRating
{
    qint64 itemId = 0;
    double rating = 0;

    friend bool operator==(const AuditRating &, const AuditRating &) = default;
};

// One filled-in checklist: which department (and, optionally, which desk or
// clerk) was audited on which day, by whom, with its ratings. An item left
// unrated is simply absent.
struct Audit
{
    qint64 id = 0;
    qint64 templateId = 0;
    qint64 departmentId = 0;
    QDate auditedOn;
    QString auditor;
    QString subject;
    QString note;
    QList<AuditRating> ratings;

    friend bool operator==(const Audit &, const Audit &) = default;
};

// An audit-score standard fed from a checklist: one measurement per period,
// the mean audit score of the audits of the standard's department (all
// departments when the standard has none) in that period.
struct AuditFeed
{
    qint64 standardId = 0;
    qint64 templateId = 0;
    PeriodKind period = PeriodKind::Month;

    friend bool operator==(const AuditFeed &, const AuditFeed &) = default;
};

} // namespace Yardstick
