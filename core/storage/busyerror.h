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

// The error's text, or message() when it is a busy error.
QString describe(const QSqlError &error);

} // namespace Yardstick::BusyError
