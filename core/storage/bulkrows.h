// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>

#include <memory>
#include <optional>
#include <vector>

namespace Yardstick {

// Many rows into one table, inside the transaction open on the connection,
// as fast as the engine takes them: on a file one prepared INSERT run per
// row through SQLite's C API (binding QVariants costs more than the work
// around it), on a server one COPY … FROM STDIN through libpq (a round trip
// per row would cost a network latency each). Made by SqlDialect::bulkRows.
//
//     auto rows = SqlDialect::of(db).bulkRows(db, "t", {"a", "b"});
//     for (...) { rows->add(a); rows->add(b); if (!rows->endRow()) … }
//     if (QString error = rows->finish(); !error.isEmpty()) …
//
// Until finish() the connection is the writer's: run no other statement on
// it in between (a COPY in progress admits nothing else).
class BulkRows
{
public:
    virtual ~BulkRows() = default;
    BulkRows(const BulkRows &) = delete;
    BulkRows &operator=(const BulkRows &) = delete;

    // The next column's value; a row takes them in the order of the columns.
    virtual void add(qint64 value) = 0;
    virtual void add(const QByteArray &utf8Text) = 0;
    virtual void add(std::optional<double> value) = 0; // empty: NULL
    // Ends the row; false if the engine refused it (see error()).
    virtual bool endRow() = 0;
    // Sends what is still buffered; empty on success.
    virtual QString finish() = 0;
    virtual QString error() const = 0;

protected:
    BulkRows() = default;
};

using BulkRowsColumns = std::vector<const char *>;

} // namespace Yardstick
