// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "charttext.h"

#include "model/valueformat.h"

#include <QFontMetricsF>
#include <QStringList>

#include <cmath>

namespace Yardstick {

QString ChartText::value(double v)
{
    // Counts stay whole: "7 letters", not "7.0"; anything else by the one
    // number rule (ValueFormat), as the tables print it.
    const bool whole = std::abs(v - std::round(v)) < 1e-9;
    if (whole && std::abs(v) < 9e15)
        return ValueFormat::count(std::llround(v));
    return ValueFormat::number(v, QString());
}

QString ChartText::wrap(const QString &text, const QFont &font, double width, int maxLines)
{
    const QFontMetricsF metrics(font);
    const QStringList words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QStringList lines;
    QString current;
    qsizetype i = 0;
    for (; i < words.size(); ++i) {
        const QString candidate =
            current.isEmpty() ? words[i] : current + QLatin1Char(' ') + words[i];
        if (current.isEmpty() || metrics.horizontalAdvance(candidate) <= width) {
            current = candidate;
            continue;
        }
        if (lines.size() + 1 == maxLines)
            break;
        lines << metrics.elidedText(current, Qt::ElideRight, width);
        current = words[i];
    }
    // The last line takes the rest of the words and is elided when too long.
    for (; i < words.size(); ++i)
        current += QLatin1Char(' ') + words[i];
    lines << metrics.elidedText(current, Qt::ElideRight, width);
    return lines.join(QLatin1Char('\n'));
}

QString ChartText::wrapWhole(const QString &text, const QFont &font, double width, int maxLines)
{
    const QFontMetricsF metrics(font);
    QStringList lines;
    QString current;
    for (const QString &word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (metrics.horizontalAdvance(word) > width)
            return {};
        const QString candidate = current.isEmpty() ? word : current + QLatin1Char(' ') + word;
        if (current.isEmpty() || metrics.horizontalAdvance(candidate) <= width) {
            current = candidate;
            continue;
        }
        lines << current;
        current = word;
    }
    lines << current;
    if (lines.size() > maxLines)
        return {};
    return lines.join(QLatin1Char('\n'));
}

} // namespace Yardstick
