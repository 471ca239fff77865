// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/valuemodel.h"
#include "storageresult.h"

#include <QList>

#include <optional>

namespace Yardstick {

class Database;

// Reads and writes the standards' value models (what a day sooner is worth).
class ValueModelRepository final
{
public:
    explicit ValueModelRepository(Database &database);

    QList<ValueModel> all() const; // by standard id
    std::optional<ValueModel> find(qint64 standardId) const;
    // Adds the model, or replaces the standard's model.
    StorageResult set(const ValueModel &model);
    StorageResult remove(qint64 standardId);
    // Sets (or, with no model, removes) the standard's model only if the
    // stored one is still `expected`, the one the edit started from: another
    // analyst's change in between is refused naming who and when.
    StorageResult replace(qint64 standardId, const std::optional<ValueModel> &model,
                          const std::optional<ValueModel> &expected);

private:
    QString codeOf(qint64 standardId) const; // the standard it values
    StorageResult record(qint64 standardId, const QString &action, const QString &detail);

    Database &m_database;
};

} // namespace Yardstick
