// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/lexiconterm.h"
#include "storageresult.h"

#include <QList>

#include <optional>

class QSqlQuery;

namespace Yardstick {

class Database;

// The workbench's own lexicon. Empty until an analyst edits it; until then
// the classifier uses the built-in default terms.
class LexiconRepository final
{
public:
    explicit LexiconRepository(Database &database);

    QList<LexiconTerm> all() const; // by language, target, key, term
    // Replaces the whole lexicon in one transaction; assigns the ids and
    // records the change in the trail. With `expected` (the terms the
    // editor started from), refused when the stored lexicon is no longer
    // that one: another analyst saved theirs since, and it is not written
    // over; the message says who and when.
    StorageResult replaceAll(QList<LexiconTerm> &terms,
                             const std::optional<QList<LexiconTerm>> &expected = std::nullopt);
    StorageResult add(LexiconTerm &term);
    StorageResult remove(qint64 id);

private:
    StorageResult insert(QSqlQuery &query, LexiconTerm &term);

    Database &m_database;
};

} // namespace Yardstick
