// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "command.h"

namespace Yardstick {

// "yardstick-cli copy SOURCE DEST": a whole workbench into a new one, file to
// server (a team starting from an analyst's file), server to file (a copy
// to take away) or file to file. DEST must not exist yet (a file) or be an
// empty database (a server).
class CopyCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Yardstick::CopyCommand)

public:
    CopyCommand() = default;

    QString name() const override;
    QString summary() const override;
    int run(const QStringList &arguments) override;

    // Copies the open source into the new workbench at destination; prints
    // the reason and returns false on failure (a new file is removed again).
    static bool copyInto(Workbench &source, const QString &destination);
};

} // namespace Yardstick
