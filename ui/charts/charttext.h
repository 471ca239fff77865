// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFont>
#include <QString>

namespace Yardstick {

// Numbers and labels as a chart prints them.
class ChartText final
{
public:
    // A number with no unit of its own (a count of letters, a Pareto
    // weight): whole numbers as counts with separators ("1,204"), any other
    // to one decimal, by the one number rule (ValueFormat).
    static QString value(double v);

    // text broken at spaces into at most maxLines lines of at most width
    // pixels in font; what does not fit is elided ("…").
    static QString wrap(const QString &text, const QFont &font, double width, int maxLines);

    // text broken at spaces into lines of at most width pixels, nothing cut;
    // empty when a word is wider than width or it takes more than maxLines
    // lines (the caller then needs another layout, not an elided label).
    static QString wrapWhole(const QString &text, const QFont &font, double width, int maxLines);
};

} // namespace Yardstick
