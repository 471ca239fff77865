// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "charttheme.h"

#include "chartpalette.h"

#include <QFontInfo>

#include <algorithm>

namespace Yardstick {

namespace {

// A chart view of a typical size, for layout decisions before a view knows
// its own.
const QSizeF kTypicalViewSize(800, 500);

double scaleOf(ChartTheme::Text role)
{
    switch (role) {
    case ChartTheme::Text::Tick:
    case ChartTheme::Text::AxisTitle:
    case ChartTheme::Text::Legend:
        return 1.0;
    case ChartTheme::Text::Label:
        return 0.92;
    case ChartTheme::Text::Small:
        return 0.85;
    case ChartTheme::Text::Headline:
        return 2.3;
    }
    return 1.0;
}

} // namespace

ChartTheme ChartTheme::screen(const QFont &font)
{
    ChartTheme theme;
    theme.m_medium = Medium::Screen;
    theme.m_base = font;
    theme.m_text = ChartPalette::ink();
    theme.m_mutedText = QColor(0x55, 0x55, 0x55);
    theme.m_axisLine = QColor(0x55, 0x55, 0x55);
    theme.m_gridLine = QColor(0xDD, 0xDD, 0xDD);
    theme.m_minimumFontPixels = std::max(7.0, theme.basePixelSize() * 0.8);
    return theme;
}

QFont ChartTheme::printFont()
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setFamilies({QStringLiteral("DejaVu Sans"), QStringLiteral("Noto Sans CJK SC")});
    return font;
}

ChartTheme ChartTheme::print(const QSizeF &plotSize)
{
    ChartTheme theme;
    theme.m_medium = Medium::Print;
    theme.m_plotSize = plotSize;
    // Pixel sizes, not points: the page is painted in logical pixels and
    // scaled to the device, and a point size would be converted with the
    // device's own resolution on top of that scale. The size grows a little
    // with the plot, so a large page is not a small chart in a sea of white.
    const double byWidth = plotSize.width() / 72.0;
    const double byHeight = plotSize.height() / 30.0;
    const int pixels = qRound(std::clamp(std::min(byWidth, byHeight), 11.0, 16.0));
    theme.m_base = printFont();
    theme.m_base.setPixelSize(pixels);
    theme.m_text = ChartPalette::ink();
    theme.m_mutedText = QColor(0x4D, 0x4D, 0x4D);
    theme.m_axisLine = QColor(0x4D, 0x4D, 0x4D);
    // Faint: on paper the grid only helps to read values off, it must not
    // compete with the data.
    theme.m_gridLine = QColor(0xE4, 0xE4, 0xE4);
    theme.m_lineWidth = 2.0;
    theme.m_thinWidth = 1.0;
    theme.m_markerSize = 6.5;
    return theme;
}

QSizeF ChartTheme::plotSize() const
{
    return m_plotSize.isValid() && !m_plotSize.isEmpty() ? m_plotSize : kTypicalViewSize;
}

QFont ChartTheme::font(Text role) const
{
    QFont f = m_base;
    const double scale = scaleOf(role);
    if (m_base.pixelSize() > 0)
        f.setPixelSize(std::max(1, qRound(m_base.pixelSize() * scale)));
    else
        f.setPointSizeF(m_base.pointSizeF() * scale);
    if (role == Text::Headline)
        f.setBold(true);
    return f;
}

double ChartTheme::basePixelSize() const
{
    if (m_base.pixelSize() > 0)
        return m_base.pixelSize();
    return QFontInfo(m_base).pixelSize();
}

} // namespace Yardstick
