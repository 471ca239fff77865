// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/changeentry.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace Yardstick {

class Database;

// The one wording of a refused edit: another window, yardstick-cli or
// another analyst changed the thing after the editor (or Undo) read it, so
// nothing was saved over their change. Every service and repository that
// compares a locked row with what an edit started from says it this way,
// naming who and when from the audit trail's newest line about the thing.
class EditConflict final
{
    Q_DECLARE_TR_FUNCTIONS(Yardstick::EditConflict)

public:
    // `subject` names the thing as a whole translated phrase ("standard
    // APP-T-01", "the service Card issuance"); `last` is the trail's newest
    // line about it, if any.
    static QString message(const QString &subject, const std::optional<ChangeEntry> &last);
    // The same, reading the newest line about (kind, id) from the trail.
    static QString message(Database &database, ChangeSubject kind, qint64 id,
                           const QString &subject);
};

} // namespace Yardstick
