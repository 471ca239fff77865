// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "command.h"

namespace Yardstick {

// "yardstick-cli letters FILE [--format csv|json]": the stored complaint
// letters with their labels, handling and masked text, key customers' first,
// as LetterExporter writes them.
class LettersCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Yardstick::LettersCommand)

public:
    LettersCommand() = default;

    QString name() const override;
    QString summary() const override;
    int run(const QStringList &arguments) override;
};

} // namespace Yardstick
