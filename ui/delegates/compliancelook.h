// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QString>

namespace Yardstick {

// How a meaning key looks: a colour from the Okabe-Ito palette, which stays
// distinguishable with the common colour-vision deficiencies, and a symbol,
// so the colour is never the only cue.
struct SymbolLook
{
    QColor colour;
    QString symbol;
    QColor symbolColour; // on a badge filled with `colour`
};

// "met" ✓ green, "at_risk" ! orange, "breached" ✕ vermillion, otherwise – grey.
SymbolLook complianceStatusLook(const QString &key);
// "improving" ↗ green, "worsening" ↘ vermillion, otherwise → grey.
SymbolLook trendLook(const QString &key);

} // namespace Yardstick
