// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "command.h"

namespace Yardstick {

// yardstick-cli spc DATA.csv --chart imr|xbar-r|xbar-s|p|np|c|u
// [--phase1 FIRST-LAST] [--exclude I,J,...] [--center C --sigma S]
// [--rules nelson|western-electric|none] [--format json|table]: a control
// chart of the data in a CSV file, with its limits and run-rule signals.
class SpcCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Yardstick::SpcCommand)

public:
    QString name() const override;
    QString summary() const override;
    int run(const QStringList &arguments) override;
};

} // namespace Yardstick
