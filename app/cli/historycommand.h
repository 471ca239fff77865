// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "command.h"

namespace Yardstick {

// yardstick-cli history WORKBENCH [--since DATE] [--standard CODE]
// [--letter REFERENCE] [--format table|csv|json]: the audit trail, who
// changed what and when, oldest first.
class HistoryCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Yardstick::HistoryCommand)

public:
    QString name() const override;
    QString summary() const override;
    int run(const QStringList &arguments) override;
};

} // namespace Yardstick
