// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/dimension.h"

#include <QLabel>
#include <QList>
#include <QStringList>

class QKeyEvent;

namespace Yardstick {

// The line under the complaint list that names the keys (Return, 1..7 and
// the dimensions they stand for, S, N/P/R, D, L), and what a digit key
// means: the dimensions' keys in the legend's order.
class ComplaintKeyLegend final : public QLabel
{
    Q_OBJECT

public:
    explicit ComplaintKeyLegend(QWidget *parent = nullptr);

    // Names the digits with the workbench's dimension names.
    void setDimensions(const QList<Dimension> &dimensions);

    // The keys' dimensions, in the legend's order: 1 timeliness ... 7 tangibles.
    static QStringList dimensionKeysByNumber();
    // 1..7 from a key press on the list: the digit row or the keypad; 0 when
    // the key is no dimension key. `shifted` tells whether Shift was held.
    static int dimensionNumber(const QKeyEvent *event, bool *shifted);
};

} // namespace Yardstick
