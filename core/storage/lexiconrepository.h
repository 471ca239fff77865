// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/lexiconterm.h"
#include "storageresult.h"

#include <QList>

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
    // Replaces the whole lexicon in one transaction; assigns the ids.
    StorageResult replaceAll(QList<LexiconTerm> &terms);
    StorageResult add(LexiconTerm &term);
    StorageResult remove(qint64 id);

private:
    StorageResult insert(QSqlQuery &query, LexiconTerm &term);

    Database &m_database;
};

} // namespace Yardstick
