// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "copybulkrows.h"

#include "pghandle.h"

#include <cmath>
#include <cstdio>
#include <libpq-fe.h>

namespace Yardstick {

namespace {

constexpr qsizetype kBlockBytes = 256 * 1024;

QString libpqError(PGconn *handle)
{
    return handle ? QString::fromUtf8(PQerrorMessage(handle)).trimmed()
                  : QStringLiteral("the workbench is not open");
}

} // namespace

CopyBulkRows::CopyBulkRows(const QSqlDatabase &db, const char *table,
                           const BulkRowsColumns &columns)
    : CopyBulkRows(pgHandle(db), table, columns)
{}

CopyBulkRows::CopyBulkRows(pg_conn *handle, const char *table, const BulkRowsColumns &columns)
    : m_handle(handle)
{
    QByteArray names;
    for (const char *column : columns)
        names += (names.isEmpty() ? "" : ", ") + QByteArray(column);
    m_command = "COPY " + QByteArray(table) + " (" + names + ") FROM STDIN";
    m_buffer.reserve(kBlockBytes + 4096);
}

CopyBulkRows::~CopyBulkRows()
{
    // Abandoned half-way (an error, or the caller gave up): the server
    // discards the rows, and the transaction around it is rolled back by
    // its owner.
    if (m_started)
        endCopy("abandoned");
}

void CopyBulkRows::separate()
{
    if (m_rowStarted)
        m_buffer += '\t';
    m_rowStarted = true;
}

void CopyBulkRows::add(qint64 value)
{
    separate();
    char digits[24];
    const int length = std::snprintf(digits, sizeof digits, "%lld", static_cast<long long>(value));
    m_buffer.append(digits, length);
}

void CopyBulkRows::add(const QByteArray &utf8Text)
{
    separate();
    // The text format's escapes: a backslash, and the delimiter and line
    // ends, which would otherwise end the field or the row.
    for (const char c : utf8Text) {
        switch (c) {
        case '\\':
            m_buffer += "\\\\";
            break;
        case '\t':
            m_buffer += "\\t";
            break;
        case '\n':
            m_buffer += "\\n";
            break;
        case '\r':
            m_buffer += "\\r";
            break;
        default:
            m_buffer += c;
        }
    }
}

void CopyBulkRows::add(std::optional<double> value)
{
    separate();
    if (!value) {
        m_buffer += "\\N";
        return;
    }
    if (std::isnan(*value)) {
        m_buffer += "NaN";
        return;
    }
    if (std::isinf(*value)) {
        m_buffer += *value > 0 ? "Infinity" : "-Infinity";
        return;
    }
    // 17 significant digits read back to the same double: the kept values
    // are exact on a server as in a file.
    char digits[32];
    const int length = std::snprintf(digits, sizeof digits, "%.17g", *value);
    m_buffer.append(digits, length);
}

bool CopyBulkRows::start()
{
    if (!m_handle) {
        m_error = libpqError(m_handle);
        return false;
    }
    PGresult *result = PQexec(m_handle, m_command.constData());
    const bool ready = PQresultStatus(result) == PGRES_COPY_IN;
    if (!ready)
        m_error = QString::fromUtf8(PQresultErrorMessage(result)).trimmed();
    PQclear(result);
    m_started = ready;
    return ready;
}

bool CopyBulkRows::flush()
{
    if (m_buffer.isEmpty())
        return true;
    if (!m_started && !start())
        return false;
    if (PQputCopyData(m_handle, m_buffer.constData(), int(m_buffer.size())) != 1) {
        m_error = libpqError(m_handle);
        return false;
    }
    m_buffer.clear();
    return true;
}

bool CopyBulkRows::endRow()
{
    if (!m_error.isEmpty())
        return false;
    m_buffer += '\n';
    m_rowStarted = false;
    return m_buffer.size() < kBlockBytes || flush();
}

QString CopyBulkRows::endCopy(const char *failure)
{
    m_started = false;
    QString error;
    if (PQputCopyEnd(m_handle, failure) != 1)
        error = libpqError(m_handle);
    // The COPY's outcome, then nothing: the connection is Qt's again.
    while (PGresult *result = PQgetResult(m_handle)) {
        if (PQresultStatus(result) != PGRES_COMMAND_OK && error.isEmpty())
            error = QString::fromUtf8(PQresultErrorMessage(result)).trimmed();
        PQclear(result);
    }
    return error;
}

QString CopyBulkRows::finish()
{
    if (!m_error.isEmpty()) {
        if (m_started)
            endCopy("abandoned");
        return m_error;
    }
    if (!flush())
        return m_error;
    if (m_started)
        m_error = endCopy(nullptr);
    return m_error;
}

} // namespace Yardstick
