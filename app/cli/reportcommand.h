// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "command.h"

namespace Yardstick {

class PptxMaster;
struct ReportPack;

// yardstick-cli report FILE --out PACK.pdf|PACK.pptx [--from DATE --to DATE]
// [--template NAME] [--master DECK.pptx]: the report pack as one PDF or a
// PowerPoint deck.
class ReportCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Yardstick::ReportCommand)

public:
    QString name() const override;
    QString summary() const override;
    int run(const QStringList &arguments) override;

private:
    int writeDeck(const ReportPack &pack, const PptxMaster &master, const QString &outPath) const;
};

} // namespace Yardstick
