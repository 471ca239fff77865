// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Yardstick {

// The outcome of a write: success, or the reason it failed (nothing of the
// failed write is left in the file; every write runs in one transaction).
class StorageResult final
{
public:
    static StorageResult success() { return StorageResult(); }
    static StorageResult failure(const QString &reason) { return StorageResult(reason); }

    bool ok() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }

private:
    StorageResult() = default;
    explicit StorageResult(const QString &error)
        : m_error(error)
    {}

    QString m_error;
};

} // namespace Yardstick
