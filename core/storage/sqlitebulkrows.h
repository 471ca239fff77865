// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bulkrows.h"

struct sqlite3;
struct sqlite3_stmt;

namespace Yardstick {

// BulkRows on a workbench file: one prepared INSERT, stepped once a row.
class SqliteBulkRows final : public BulkRows
{
public:
    SqliteBulkRows(const QSqlDatabase &db, const char *table, const BulkRowsColumns &columns);
    ~SqliteBulkRows() override;

    void add(qint64 value) override;
    void add(const QByteArray &utf8Text) override;
    void add(std::optional<double> value) override;
    bool endRow() override;
    QString finish() override { return m_failed ? error() : QString(); }
    QString error() const override;

private:
    sqlite3 *m_handle = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    int m_column = 0;
    bool m_failed = false;
};

} // namespace Yardstick
