// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "command.h"

#include <QCoreApplication>
#include <QStringList>

#include <memory>
#include <vector>

namespace Yardstick {

// The top level of yardstick-cli: --help (which lists the commands),
// --version, and handing the rest of the command line to the command it
// names.
class CommandDispatcher final
{
    Q_DECLARE_TR_FUNCTIONS(Yardstick::CommandDispatcher)

public:
    CommandDispatcher() = default;
    CommandDispatcher(const CommandDispatcher &) = delete;
    CommandDispatcher &operator=(const CommandDispatcher &) = delete;

    void add(std::unique_ptr<Command> command);
    // arguments as QCoreApplication::arguments() gives them, program first;
    // returns the exit code.
    int run(const QStringList &arguments);

private:
    Command *find(const QString &name) const;
    QString description() const;
    int usageError(const QString &message) const;

    std::vector<std::unique_ptr<Command>> m_commands;
};

} // namespace Yardstick
