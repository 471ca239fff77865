// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pptxdeck.h"

#include <cmath>

namespace Yardstick {

namespace {

constexpr qint64 kCellMargin = 91440; // 0.1 in, PowerPoint's left and right default
constexpr qint64 kCellMarginTopBottom = 45720;
constexpr double kLineSpacing = 1.2;

} // namespace

QList<qint64> PptxTable::columnWidths(qint64 width) const
{
    const int n = int(header.size());
    QList<qint64> widths;
    double total = 0;
    for (int c = 0; c < n; ++c)
        total += c < columnWeights.size() ? columnWeights.at(c) : 1.0;
    qint64 used = 0;
    for (int c = 0; c < n; ++c) {
        const double weight = c < columnWeights.size() ? columnWeights.at(c) : 1.0;
        const qint64 w = c == n - 1 ? width - used : qint64(std::floor(width * weight / total));
        widths.append(w);
        used += w;
    }
    return widths;
}

qint64 PptxTable::rowHeight(const QStringList &cells, qint64 width, bool isHeader) const
{
    const QList<qint64> widths = columnWidths(width);
    // An average character of a wide sans (DejaVu Sans, which LibreOffice
    // draws with) is about 0.6 em, bold a little more; better a row too
    // many on the next slide than one off the bottom of this one.
    const double charEmu = fontPoints * kEmuPerPoint * (isHeader ? 0.66 : 0.6);
    int lines = 1;
    for (int c = 0; c < cells.size() && c < widths.size(); ++c) {
        const double room = std::max<double>(widths.at(c) - 2 * kCellMargin, charEmu);
        const int perLine = std::max(1, int(room / charEmu));
        // Words wrap whole: count line by line.
        int cellLines = 1;
        int used = 0;
        for (const QString &word : cells.at(c).split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            const int length = int(word.size());
            if (used > 0 && used + 1 + length > perLine) {
                ++cellLines;
                used = 0;
            }
            used += (used > 0 ? 1 : 0) + length;
            while (used > perLine) { // a word longer than the line breaks
                ++cellLines;
                used -= perLine;
            }
        }
        lines = std::max(lines, cellLines);
    }
    return qint64(lines * fontPoints * kEmuPerPoint * kLineSpacing) + 2 * kCellMarginTopBottom;
}

QList<std::pair<int, int>> PptxTable::paginate(qint64 width, qint64 height) const
{
    QList<std::pair<int, int>> pages;
    // A tenth in hand: the viewer's line breaks are not ours.
    const qint64 room = height * 9 / 10 - rowHeight(header, width, true);
    int first = 0;
    qint64 used = 0;
    for (int i = 0; i < rows.size(); ++i) {
        const qint64 h = rowHeight(rows.at(i), width, false);
        if (i > first && used + h > room) {
            pages.append({first, i});
            first = i;
            used = 0;
        }
        used += h;
    }
    pages.append({first, int(rows.size())}); // an empty table gets its slide too
    return pages;
}

QRect PptxGeometry::takeawayBox(bool withDetail) const
{
    const int height = int(kEmuPerInch * (withDetail ? 0.85 : 0.5));
    return QRect(body.x(), body.y(), body.width(), height);
}

QRect PptxGeometry::belowTakeaway(bool withDetail) const
{
    const QRect box = takeawayBox(withDetail);
    const int gap = int(kEmuPerInch / 10);
    return QRect(body.x(), box.bottom() + 1 + gap, body.width(),
                 body.height() - box.height() - gap);
}

QRect PptxGeometry::fitted(const QRect &area, const QSize &pixels)
{
    if (pixels.isEmpty())
        return area;
    const double aspect = double(pixels.width()) / pixels.height();
    qint64 w = area.width();
    qint64 h = qint64(std::llround(w / aspect));
    if (h > area.height()) {
        h = area.height();
        w = qint64(std::llround(h * aspect));
    }
    // Centred across, on top: close under the takeaway it illustrates.
    return QRect(int(area.x() + (area.width() - w) / 2), area.y(), int(w), int(h));
}

} // namespace Yardstick
