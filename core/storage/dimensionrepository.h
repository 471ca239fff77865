// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/dimension.h"
#include "model/orgunit.h"
#include "storageresult.h"

#include <QList>
#include <QPair>

#include <optional>

namespace Yardstick {

class Database;

// Reads and writes the quality dimensions of a workbench.
class DimensionRepository final
{
public:
    explicit DimensionRepository(Database &database);

    QList<Dimension> all() const; // in the order they were defined
    std::optional<Dimension> byId(qint64 id) const;
    // byId, locking the row until the transaction ends (see ServiceRepository).
    std::optional<Dimension> byIdForUpdate(qint64 id) const;
    // Sets dimension.id, or keeps the one it carries (the redo of an add).
    StorageResult insert(Dimension &dimension);
    // The name only: the key is what imports and the lexicon name it by.
    StorageResult rename(qint64 id, const QString &name);
    // The database refuses while anything still points at the dimension.
    StorageResult remove(qint64 id);
    // Standards, letters labelled with it, surveys with an item in it.
    OrgUnitUsage usage(qint64 id) const;
    // Sets (or, with nullopt, clears) the dimensions' SERVQUAL weights in one
    // transaction; the map is dimension id -> weight. Weights are relative:
    // the analysis normalises them over the dimensions a survey has.
    StorageResult setServqualWeights(const QList<QPair<qint64, std::optional<double>>> &weights);

private:
    Database &m_database;
};

} // namespace Yardstick
