// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "command.h"

namespace Yardstick {

// yardstick-cli chart FILE --standard CODE [--standard CODE ...]
// --kind trend|control|pareto|heatmap|departments --out OUT.png|svg|pdf
// [--size WxH|slide|slide-4:3|a4|a4-portrait] [--dpi N] [--title T]
// [--master DECK.pptx] ...: draws a chart as the GUI does and exports it for
// a slide or a page.
class ChartCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Yardstick::ChartCommand)

public:
    QString name() const override;
    QString summary() const override;
    int run(const QStringList &arguments) override;
};

} // namespace Yardstick
