// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dimensionreferences.h"
#include "model/dimension.h"
#include "storageresult.h"

namespace Yardstick {

class Database;

// Merges one quality dimension into another (two spellings of one thing)
// and undoes it. Apart from DimensionRepository because a merge reaches
// into every table that names a dimension: standards, letters' labels,
// survey items and answers, and the lexicon, which names it by key. SQLite.
class DimensionMerger final
{
public:
    explicit DimensionMerger(Database &database);

    // What merging `from` into `into` moves and drops.
    DimensionReferences references(const Dimension &from, const Dimension &into) const;
    // Points every standard, letter label, survey item and answer and
    // lexicon term of `from` at `into` (dropping from's label or term where
    // into has it already), then removes `from`, in one transaction.
    StorageResult merge(const Dimension &from, const Dimension &into);
    // Puts back what merge() did, from what references() read before it.
    StorageResult unmerge(const Dimension &into, const DimensionReferences &references);

private:
    Database &m_database;
};

} // namespace Yardstick
