// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/pptx/pptxdeck.h"
#include "report/reportpack.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

namespace Yardstick {

class PptxMaster;

// A ReportPack as a PowerPoint deck on a master (Yardstick's or the
// organisation's): a title slide, the scorecard as a native table
// continued over as many slides as it needs, and a slide per chart (the
// headline trends, the breached standards' control charts, the Paretos,
// the heat map's pages, the departments) with the takeaway as text and the
// numbers in the speaker notes. The sections the pack's template chose,
// in the PDF pack's order.
class ReportDeckWriter final
{
    Q_DECLARE_TR_FUNCTIONS(Yardstick::ReportDeckWriter)

public:
    // Empty on success, else why. Progress (steps done, in all) may return
    // false to cancel, which leaves no file behind. *slideCount: how many
    // slides were written.
    static QString write(const ReportPack &pack, const PptxMaster &master, const QString &path,
                         const std::function<bool(int done, int total)> &progress = {},
                         int *slideCount = nullptr);

    // The deck, its charts drawn for master's layout.
    static PptxDeck deckOf(const ReportPack &pack, const PptxMaster &master,
                           const std::function<bool(int done, int total)> &progress = {});
};

} // namespace Yardstick
