// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bulkrows.h"

struct pg_conn;

namespace Yardstick {

// BulkRows on a server: COPY table (columns) FROM STDIN in PostgreSQL's text
// format, sent through libpq on the connection under Qt's QPSQL driver in
// blocks of about 256 KiB. The COPY starts with the first row, so an
// inserter that writes nothing sends nothing.
class CopyBulkRows final : public BulkRows
{
public:
    CopyBulkRows(const QSqlDatabase &db, const char *table, const BulkRowsColumns &columns);
    // On the libpq connection itself: for a writer that runs on another
    // thread than the one that opened the connection (Qt hands a
    // QSqlDatabase only to its own thread).
    CopyBulkRows(pg_conn *handle, const char *table, const BulkRowsColumns &columns);
    ~CopyBulkRows() override;

    void add(qint64 value) override;
    void add(const QByteArray &utf8Text) override;
    void add(std::optional<double> value) override;
    bool endRow() override;
    QString finish() override;
    QString error() const override { return m_error; }

private:
    void separate();
    bool start();
    bool flush();
    QString endCopy(const char *failure);

    pg_conn *m_handle = nullptr;
    QByteArray m_command;
    QByteArray m_buffer;
    bool m_started = false;
    bool m_rowStarted = false;
    QString m_error;
};

} // namespace Yardstick
