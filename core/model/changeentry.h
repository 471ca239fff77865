// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace Yardstick {

// What the audit trail records about a thing that was changed.
enum class ChangeSubject
{
    Standard,
    Letter,
    Service,
    Department,
    Dimension,
    Phase,
    ValueModel,
    Holiday,
    Import,
    Survey,     // a survey's definition: items, scale, waves
    SurveyFeed, // which survey feeds a survey-score standard; by the standard's id
    Lexicon,    // the whole lexicon: one subject, id 0
    Checklist,  // an audit checklist: its name, description and items
    AuditFeed,  // which checklist feeds an audit-score standard; by the standard's id
};

// "standard", "letter", … as stored and as the history command prints them.
QString changeSubjectKey(ChangeSubject subject);
std::optional<ChangeSubject> changeSubjectFromKey(const QString &key);

// One line of the workbench's audit trail: who changed what and when. On a
// team workbench the server stamps who and when itself, so no client can
// write another's name; on a file they are the computer's login and clock.
struct ChangeEntry
{
    qint64 id = 0;
    QDateTime at; // UTC, to the second
    QString user;
    ChangeSubject subject = ChangeSubject::Standard;
    qint64 subjectId = 0; // the standard's, letter's… id; 0 for an import
    QString subjectName;  // its code or reference as it was then ("APP-T-01")
    QString action;       // "added", "changed", "removed", "imported", …
    QString detail;       // "target 35 → 15 days"

    // When, as a conflict message names it: "2026-12-07 14:03", local time.
    QString shownTime() const;

    friend bool operator==(const ChangeEntry &, const ChangeEntry &) = default;
};

} // namespace Yardstick
