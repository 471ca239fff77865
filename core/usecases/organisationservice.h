// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/orgunit.h"
#include "orgunitmerge.h"
#include "storage/storageresult.h"

#include <QList>
#include <QObject>
#include <QStringList>

#include <functional>
#include <optional>

namespace Yardstick {

class Workbench;

// The services and departments of a workbench: added, renamed, merged and
// retired here and nowhere else; dimensions are added, renamed and merged
// here (their key stays: letters, surveys and the lexicon name them by it). Each action is one
// transaction; what derives from it (audit scores by department, the classifier's service codes) is
// refreshed, and the change is announced so every view and pick list follows. Undo (in the ui) is
// built from these same operations.
class OrganisationService final : public QObject
{
    Q_OBJECT

public:
    explicit OrganisationService(Workbench &workbench, QObject *parent = nullptr);

    QList<OrgUnit> units(OrgUnitKind kind) const; // by name, retired ones included
    std::optional<OrgUnit> unit(OrgUnitKind kind, qint64 id) const;
    OrgUnitUsage usage(const OrgUnit &unit) const;

    // The code a new one called `name` gets unless the analyst writes
    // another: the initials of its words ("Card replacement" -> "CR"), made
    // unique with a number; the same rule the imports create them by.
    QString suggestedCode(OrgUnitKind kind, const QString &name) const;
    // Everything that stops the unit from being stored as it is: no name or
    // code, a code with spaces, a code or name another one already has.
    QStringList check(const OrgUnit &unit) const;

    // Each returns why it failed; success means done, saved and announced.
    // add() derives the code when it is empty and assigns an id unless the
    // unit carries one (the undo of a removal).
    StorageResult add(OrgUnit &unit);
    // Name, code and description, and retired (retire and restore).
    StorageResult update(const OrgUnit &unit);
    // The same, saved only if the workbench still holds `expected` (what the
    // editor showed, or for Undo what its edit left): when another window,
    // yardstick-cli or another analyst changed, retired, merged or removed
    // it since, the edit is refused naming who and when, and unitsChanged
    // tells the views to read it again.
    StorageResult update(const OrgUnit &unit, const OrgUnit &expected);
    // Only a unit nothing names (the undo of an add), and only as `unit`
    // says it is: one changed since is refused as update() refuses.
    StorageResult remove(const OrgUnit &unit);
    // Points every standard, case, letter, survey, audit, case-history entry
    // and lexicon term of `from` at `into`, then removes `from`, in one
    // transaction. Refused for two services that hold the same case id. A
    // dimension's letter labels, survey items and answers and lexicon terms
    // move too; a letter or term naming both keeps into's.
    // `from` and `into` are as the analyst saw them: if either was changed,
    // merged or removed since, the merge is refused as update() refuses.
    // `done`, when given, receives what is needed to undo it.
    StorageResult merge(const OrgUnit &from, const OrgUnit &into, OrgUnitMerge *done = nullptr);
    // Refused when the unit merged into is no longer there (another analyst
    // merged or removed it since); a later rename of it is kept, since
    // undoing the merge does not write it.
    StorageResult unmerge(const OrgUnitMerge &merge);

signals:
    void unitsChanged(Yardstick::OrgUnitKind kind);

private:
    StorageResult finish(OrgUnitKind kind, const StorageResult &result);
    // Points every row of merge.from at merge.into, keeping in `merge` what
    // an undo needs; inside merge()'s transaction.
    StorageResult moveMergedRows(OrgUnitMerge &merge);
    // The stored unit, its row locked for the rest of the transaction.
    std::optional<OrgUnit> lockedUnit(OrgUnitKind kind, qint64 id) const;
    // Fails unless the stored unit is `expected`, with the message that
    // names who changed it and when; marks the conflict for finish().
    StorageResult expectStored(const OrgUnit &expected);
    // Runs the write and adds its audit line in one transaction.
    StorageResult recorded(const OrgUnit &unit, const QString &action, const QString &detail,
                           const std::function<StorageResult()> &write);

    Workbench &m_workbench;
    bool m_conflict = false; // the last write was refused by expectStored()
};

} // namespace Yardstick
