// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "command.h"

namespace Yardstick {

// yardstick-cli scorecard FILE [--period P] [--at DATE] [--department D]
// [--format table|csv|json]: one row per standard for one period.
class ScorecardCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Yardstick::ScorecardCommand)

public:
    QString name() const override;
    QString summary() const override;
    int run(const QStringList &arguments) override;
};

// yardstick-cli series FILE --standard CODE [--period P] [--format ...]: one
// standard period by period.
class SeriesCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Yardstick::SeriesCommand)

public:
    QString name() const override;
    QString summary() const override;
    int run(const QStringList &arguments) override;
};

} // namespace Yardstick
