// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Yardstick {

// Why a workbench file could not be opened or created. The message is a full,
// translated sentence naming the file; kind lets callers and tests react.
struct OpenError
{
    enum class Kind
    {
        None,
        NotFound,
        AlreadyExists,
        NotAWorkbench,
        NewerSchema,
        ReadOnly,
        Locked,
        Corrupt,
        CannotWrite,
        // The server asks for a password the address and ~/.pgpass did not
        // give: ask the user (never stored) and open again.
        PasswordNeeded,
    };

    Kind kind = Kind::None;
    QString message;

    bool isError() const { return kind != Kind::None; }
};

} // namespace Yardstick
