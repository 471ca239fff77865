// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "command.h"

namespace Yardstick {

// yardstick-cli holidays FILE [--add DATE[=NAME]]... [--remove DATE]...:
// lists, adds and removes the workbench's holidays, which business-day
// standards skip.
class HolidaysCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Yardstick::HolidaysCommand)

public:
    QString name() const override;
    QString summary() const override;
    int run(const QStringList &arguments) override;
};

} // namespace Yardstick
