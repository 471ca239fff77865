// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "command.h"

namespace Yardstick {

class Workbench;

// "yardstick-cli init FILE [--demo]": makes a new workbench file, empty or
// holding the demo. Never overwrites: an existing FILE is refused.
class InitCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Yardstick::InitCommand)

public:
    InitCommand() = default;

    QString name() const override;
    QString summary() const override;
    int run(const QStringList &arguments) override;

private:
    static int writeDemo(const QString &path);
    static int writeDemoFile(const QString &path);
    static int writeServerDemo(const QString &uri);
    static int printSummary(const QString &path, Workbench &workbench);
};

} // namespace Yardstick
