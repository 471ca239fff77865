// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QSqlError;

namespace Yardstick::BusyError {

// Whether SQLite refused because another connection (another Yardstick
// window, yardstick-cli, a worker) holds the file's write lock.
bool isBusy(const QSqlError &error);

// What a user is told when a write gave up waiting for that lock: that
// nothing was changed, so the edit is not silently lost, and what to do.
QString message();

// Whether a PostgreSQL server refused for want of a privilege (a viewer's
// write, an analyst's edit of the catalogue: see TeamRoles).
bool isPermissionDenied(const QSqlError &error);

// A server's message alone ("permission denied for table standards"),
// without the severity word and the code Qt's driver adds.
QString serverText(const QSqlError &error);

// The error's text, message() when it is a busy error, and what a refusal
// by the server's roles means when it is one.
QString describe(const QSqlError &error);

} // namespace Yardstick::BusyError
