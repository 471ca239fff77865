// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "command.h"

namespace Yardstick {

// yardstick-cli servqual FILE [--wave NAME] [--format table|csv|json]: one
// survey wave's SERVQUAL gaps, importance-performance grid, silent
// dissatisfied and change from the wave before.
class ServqualCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Yardstick::ServqualCommand)

public:
    QString name() const override;
    QString summary() const override;
    int run(const QStringList &arguments) override;
};

} // namespace Yardstick
