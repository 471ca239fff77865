// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/period.h"
#include "costofdelay/costofdelay.h"

#include <QFrame>
#include <QList>

class QLabel;

namespace Yardstick {

// The dashboard's dollar tile: what the headline standards' change since
// the programme started is worth a year, "US$17.5M a year", with each
// standard's share and how it was reached in the tooltip.
class ValueTile final : public QFrame
{
    Q_OBJECT

public:
    ValueTile(const QList<ValueOfChange> &changes, PeriodKind kind, QWidget *parent = nullptr);

    // "US$17.5M a year"
    QString valueText() const;
    // The US$ a year the tile shows, unrounded.
    double annualValue() const { return m_total; }
    // The sum of the changes' annual values (gross).
    static double total(const QList<ValueOfChange> &changes);

private:
    QLabel *m_value = nullptr;
    double m_total = 0;
};

} // namespace Yardstick
