// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "command.h"

namespace Yardstick {

// yardstick-cli classify-eval FILE.yardstick [--folds K] [--format table|json]
// [--lexicon-only]: k-fold cross-validation of the classifier over the
// workbench's confirmed letters, with per-label precision, recall, F1 and
// support for services and primary dimensions.
class ClassifyEvalCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Yardstick::ClassifyEvalCommand)

public:
    QString name() const override;
    QString summary() const override;
    int run(const QStringList &arguments) override;
};

} // namespace Yardstick
