// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/caseimportsettings.h"
#include "letters/lettercolumns.h"
#include "model/orgunit.h"
#include "storage/storageresult.h"

#include <optional>

namespace Yardstick {

class Workbench;

// The import mappings a workbench remembers name services, departments and
// dimensions by their words: a case file's `--set service=…`, a value map's
// target ("Category 26" → "Card replacement"), a letters label column's
// code. When one of them is renamed, given a new code or merged into
// another, these words follow it, in the same transaction, so that next
// week's import still finds it instead of refusing every row or, with
// --create-missing, making a second service under the old name.

// Rewrites the words naming `before` (its name or its code, compared as
// headers are: case, spaces and '_' ignored) as `after`'s name or code.
// True when anything changed.
bool followUnit(CaseImportSettings &settings, const OrgUnit &before, const OrgUnit &after);
bool followUnit(LetterColumns &columns, const OrgUnit &before, const OrgUnit &after);

// The remembered mappings of one workbench, read and written through the
// services that own them (on the caller's connection, so inside its
// transaction).
class RememberedMappings final
{
public:
    struct Snapshot
    {
        std::optional<CaseImportSettings> cases;
        std::optional<LetterColumns> letters;
    };

    explicit RememberedMappings(Workbench &workbench);

    Snapshot snapshot() const;
    // Makes the remembered mappings follow a renamed, recoded or merged unit.
    StorageResult follow(const OrgUnit &before, const OrgUnit &after);
    // The undo of a merge: puts back each mapping `before` held, where it is
    // still the one `after` holds (a mapping remembered since is kept).
    StorageResult restore(const Snapshot &before, const Snapshot &after);

private:
    Workbench &m_workbench;
};

} // namespace Yardstick
