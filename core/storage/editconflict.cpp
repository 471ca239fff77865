// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "editconflict.h"

#include "changelogrepository.h"

namespace Yardstick {

namespace {

// A trail line's action as words inside the message (the stored action is a
// key: "merged", "removed", …).
QString actionWords(const QString &action)
{
    if (action == QLatin1String("added"))
        return EditConflict::tr("added");
    if (action == QLatin1String("removed"))
        return EditConflict::tr("removed");
    if (action == QLatin1String("merged"))
        return EditConflict::tr("merged");
    if (action == QLatin1String("unmerged"))
        return EditConflict::tr("merge undone");
    if (action == QLatin1String("imported"))
        return EditConflict::tr("imported");
    if (action == QLatin1String("weighted"))
        return EditConflict::tr("SERVQUAL weight set");
    if (action == QLatin1String("fed"))
        return EditConflict::tr("survey feed set");
    return EditConflict::tr("changed");
}

// What the line says was done: its detail alone where the detail says it
// ("title A → B"), else the action, with the detail when there is one
// ("merged: into Card issuance").
QString whatWasDone(const ChangeEntry &entry)
{
    const bool detailSaysIt =
        entry.action == QLatin1String("changed") || entry.action == QLatin1String("labelled") ||
        entry.action == QLatin1String("handled") || entry.action == QLatin1String("weighted") ||
        entry.action == QLatin1String("fed");
    if (entry.detail.isEmpty())
        return actionWords(entry.action);
    if (detailSaysIt)
        return entry.detail;
    return EditConflict::tr("%1: %2", "a trail line's action, then what it changed")
        .arg(actionWords(entry.action), entry.detail);
}

} // namespace

QString EditConflict::message(const QString &subject, const std::optional<ChangeEntry> &last)
{
    if (!last) {
        return tr("Another Yardstick window, yardstick-cli or another analyst changed %1 after "
                  "you started. Nothing was saved over their change; it is shown now. Make your "
                  "change again if it is still needed.")
            .arg(subject);
    }
    return tr("%1 changed %2 at %3 (%4) after you started. Nothing was saved over their change; "
              "it is shown now. Make your change again if it is still needed.")
        .arg(last->user.isEmpty() ? tr("Someone") : last->user, subject, last->shownTime(),
             whatWasDone(*last));
}

QString EditConflict::message(Database &database, ChangeSubject kind, qint64 id,
                              const QString &subject)
{
    return message(subject, ChangeLogRepository(database).latest(kind, id));
}

} // namespace Yardstick
