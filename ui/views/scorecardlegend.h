// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLabel>

namespace Yardstick {

// How to read the scorecard: what each status symbol, trend arrow and the
// sparkline mean, drawn with the same colours and symbols as the table.
class ScorecardLegend final : public QLabel
{
    Q_OBJECT

public:
    explicit ScorecardLegend(QWidget *parent = nullptr);
};

} // namespace Yardstick
