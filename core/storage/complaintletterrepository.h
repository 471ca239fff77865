// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/complaintletter.h"
#include "storageresult.h"

#include <QList>

namespace Yardstick {

class Database;

// Reads and writes complaint letters. The text's hash is unique, so the same
// letter is never stored twice.
class ComplaintLetterRepository final
{
public:
    explicit ComplaintLetterRepository(Database &database);

    QList<ComplaintLetter> all() const; // by received time
    int count() const;
    // All or nothing, in one transaction; assigns the ids.
    StorageResult insertMany(QList<ComplaintLetter> &letters);

private:
    Database &m_database;
};

} // namespace Yardstick
