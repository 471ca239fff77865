// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "command.h"

namespace Yardstick {

// "yardstick-cli audits FILE [--template NAME] [--period week|month|quarter]
// [--format table|csv|json]": the staff-audit scores of each checklist per
// period and department, and the item-level results of the latest period
// with the behaviours that slipped.
class AuditsCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Yardstick::AuditsCommand)

public:
    AuditsCommand() = default;

    QString name() const override;
    QString summary() const override;
    int run(const QStringList &arguments) override;
};

} // namespace Yardstick
