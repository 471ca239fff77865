// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "command.h"

namespace Yardstick {

// yardstick-cli classify FILE.yardstick LETTER... [--format json|table]
// [--encoding E]: the labels the workbench's classifier gives each letter
// (service, dimensions with confidences, severity) and the terms that drove
// them. Nothing is stored.
class ClassifyCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Yardstick::ClassifyCommand)

public:
    QString name() const override;
    QString summary() const override;
    int run(const QStringList &arguments) override;
};

} // namespace Yardstick
