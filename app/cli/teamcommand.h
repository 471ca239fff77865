// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "command.h"

namespace Yardstick {

// yardstick-cli team grant URI --user NAME --role viewer|analyst|owner and
// yardstick-cli team list URI: who may read, edit the data, or keep the
// catalogue of a team workbench, as PostgreSQL roles the server enforces
// (see TeamRoles). A workbench file has one user and no roles.
class TeamCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Yardstick::TeamCommand)

public:
    QString name() const override;
    QString summary() const override;
    int run(const QStringList &arguments) override;
};

} // namespace Yardstick
