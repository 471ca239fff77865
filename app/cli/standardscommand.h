// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "command.h"

namespace Yardstick {

// "yardstick-cli standards FILE [--format table|csv|json]": prints the
// catalogue of a workbench with StandardCatalogueExporter, the same bytes the
// GUI exports.
class StandardsCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Yardstick::StandardsCommand)

public:
    StandardsCommand() = default;

    QString name() const override;
    QString summary() const override;
    int run(const QStringList &arguments) override;
};

} // namespace Yardstick
