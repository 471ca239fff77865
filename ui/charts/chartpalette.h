// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/compliancestatus.h"

#include <QColor>

namespace Yardstick {

// The colours the charts use: the Okabe-Ito palette, which stays
// distinguishable with the common colour-vision deficiencies and in
// greyscale print. Status colours are the dashboard's (ui/delegates/
// compliancelook), repeated here so the chart library needs nothing else of
// the ui.
class ChartPalette final
{
public:
    static QColor blue();          // #0072B2
    static QColor skyBlue();       // #56B4E9
    static QColor bluishGreen();   // #009E73
    static QColor orange();        // #E69F00
    static QColor vermillion();    // #D55E00
    static QColor reddishPurple(); // #CC79A7
    static QColor yellow();        // #F0E442
    static QColor grey();          // neutral, "Other" and "no data"
    static QColor ink();           // text and centre lines: near black

    // Series colours for overlays, in order; wraps around after seven.
    static QColor series(int index);

    static QColor status(ComplianceStatus status);

    // colour over white with the given opacity, as an opaque colour, so
    // overlapping fills and vector viewers agree on the shade.
    static QColor tint(const QColor &colour, double opacity);
};

} // namespace Yardstick
