// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "charts/qcustomplotshim.h"

#include <QColor>

namespace Yardstick {

// Bars drawn light and hatched in their colour: what the classifier only
// suggested, beside or on top of the confirmed counts it must not pass for.
// The hatch is drawn as plain line segments, not a pattern brush, so PNG,
// PDF and SVG exports all show it (Qt's SVG generator drops pattern brushes).
class HatchedBars final : public QCPBars
{
    Q_OBJECT

public:
    HatchedBars(QCPAxis *keyAxis, QCPAxis *valueAxis, const QColor &colour, double lineWidth);

    QColor colour() const { return m_colour; }

protected:
    void draw(QCPPainter *painter) override;
    void drawLegendIcon(QCPPainter *painter, const QRectF &rect) const override;

private:
    void paintHatched(QCPPainter *painter, const QRectF &rect) const;

    QColor m_colour;
    double m_lineWidth;
};

} // namespace Yardstick
