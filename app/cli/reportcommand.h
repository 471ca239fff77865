// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "command.h"

namespace Yardstick {

// yardstick-cli report FILE --out PACK.pdf [--from DATE --to DATE]
// [--template NAME]: the report pack as one PDF.
class ReportCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Yardstick::ReportCommand)

public:
    QString name() const override;
    QString summary() const override;
    int run(const QStringList &arguments) override;
};

} // namespace Yardstick
