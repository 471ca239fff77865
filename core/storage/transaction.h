// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storageresult.h"

#include <QSqlDatabase>

#include <functional>

namespace Yardstick {

// RAII write transaction (BEGIN IMMEDIATE on a file, BEGIN on a server): rolls back unless commit()
// is called, so an early return or a failed statement leaves the file untouched. Opened while
// another transaction is active, it is a savepoint inside it.
class Transaction final
{
public:
    explicit Transaction(QSqlDatabase db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    bool isActive() const { return m_active; }
    QString beginError() const { return m_beginError; }
    // Returns an empty string on success, the reason otherwise.
    QString commit();

    // Runs the steps in one transaction and commits if they succeed: the
    // shape of every user action that writes and then refreshes what
    // derives from the write.
    static StorageResult run(QSqlDatabase db, const std::function<StorageResult()> &steps);

private:
    QSqlDatabase m_db;
    bool m_active = false;
    bool m_nested = false;
    QString m_beginError;
};

} // namespace Yardstick
