// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartexportoptions.h"

#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace Yardstick {

namespace {

constexpr double kMillimetresPerInch = 25.4;
const QSizeF kA4Landscape(297, 210);

int pixelsOf(double millimetres, int dpi)
{
    return static_cast<int>(std::lround(millimetres / kMillimetresPerInch * dpi));
}

} // namespace

bool ChartExportOptions::isPaper() const
{
    return preset == SizePreset::A4Landscape || preset == SizePreset::A4Portrait;
}

QSize ChartExportOptions::pixelSize() const
{
    switch (preset) {
    case SizePreset::Slide:
        return {1920, 1080};
    case SizePreset::Slide4x3:
        return {1440, 1080};
    case SizePreset::A4Landscape:
        return {pixelsOf(kA4Landscape.width(), dpi), pixelsOf(kA4Landscape.height(), dpi)};
    case SizePreset::A4Portrait:
        return {pixelsOf(kA4Landscape.height(), dpi), pixelsOf(kA4Landscape.width(), dpi)};
    case SizePreset::Custom:
        break;
    }
    return customSize;
}

QSizeF ChartExportOptions::pageSizeMillimetres() const
{
    if (preset == SizePreset::A4Landscape)
        return kA4Landscape;
    if (preset == SizePreset::A4Portrait)
        return kA4Landscape.transposed();
    return QSizeF(pixelSize()) * kMillimetresPerInch / dpi;
}

int ChartExportOptions::clampDpi(int value)
{
    return std::clamp(value, minimumDpi, maximumDpi);
}

void ChartExportOptions::setDpi(int value)
{
    dpi = clampDpi(value);
}

QString ChartExportOptions::formatKey(Format format)
{
    switch (format) {
    case Format::Png:
        return QStringLiteral("png");
    case Format::Svg:
        return QStringLiteral("svg");
    case Format::Pptx:
        return QStringLiteral("pptx");
    case Format::Pdf:
        break;
    }
    return QStringLiteral("pdf");
}

std::optional<ChartExportOptions::Format> ChartExportOptions::formatFromKey(const QString &key)
{
    for (Format f : {Format::Png, Format::Svg, Format::Pdf, Format::Pptx}) {
        if (key.trimmed().compare(formatKey(f), Qt::CaseInsensitive) == 0)
            return f;
    }
    return std::nullopt;
}

std::optional<ChartExportOptions::Format>
ChartExportOptions::formatFromFileName(const QString &fileName)
{
    return formatFromKey(QFileInfo(fileName).suffix());
}

QString ChartExportOptions::fileSuffix(Format format)
{
    return formatKey(format);
}

QString ChartExportOptions::presetKey(SizePreset preset)
{
    switch (preset) {
    case SizePreset::Slide:
        return QStringLiteral("slide");
    case SizePreset::Slide4x3:
        return QStringLiteral("slide-4:3");
    case SizePreset::A4Landscape:
        return QStringLiteral("a4");
    case SizePreset::A4Portrait:
        return QStringLiteral("a4-portrait");
    case SizePreset::Custom:
        break;
    }
    return QStringLiteral("custom");
}

std::optional<ChartExportOptions::SizePreset> ChartExportOptions::presetFromKey(const QString &key)
{
    for (SizePreset p : {SizePreset::Slide, SizePreset::Slide4x3, SizePreset::A4Landscape,
                         SizePreset::A4Portrait, SizePreset::Custom}) {
        if (key.trimmed().compare(presetKey(p), Qt::CaseInsensitive) == 0)
            return p;
    }
    return std::nullopt;
}

std::variant<ChartExportOptions::SizeChoice, QString>
ChartExportOptions::parseSize(const QString &argument)
{
    const QString text = argument.trimmed();
    if (const auto preset = presetFromKey(text); preset && *preset != SizePreset::Custom)
        return SizeChoice{*preset, {}};
    static const QRegularExpression pixels(QStringLiteral("^(\\d{1,6})[x×](\\d{1,6})$"),
                                           QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = pixels.match(text);
    if (!match.hasMatch())
        return tr("Unknown size \"%1\": use WIDTHxHEIGHT in pixels (1280x720), slide, slide-4:3, "
                  "a4 "
                  "or a4-portrait.")
            .arg(text);
    const int width = match.captured(1).toInt();
    const int height = match.captured(2).toInt();
    if (width < 100 || height < 100 || width > maximumPixels || height > maximumPixels)
        return tr("A size of %1 × %2 pixels is out of range: each side must be from 100 to %3.")
            .arg(width)
            .arg(height)
            .arg(maximumPixels);
    return SizeChoice{SizePreset::Custom, QSize(width, height)};
}

std::variant<int, QString> ChartExportOptions::parseDpi(const QString &argument)
{
    bool ok = false;
    const int value = argument.trimmed().toInt(&ok);
    if (!ok || value < minimumDpi || value > maximumDpi)
        return tr("The resolution must be a whole number of dots per inch from %1 to %2, not "
                  "\"%3\".")
            .arg(minimumDpi)
            .arg(maximumDpi)
            .arg(argument.trimmed());
    return value;
}

QString ChartExportOptions::validate() const
{
    if (dpi < minimumDpi || dpi > maximumDpi)
        return tr("The resolution must be from %1 to %2 dots per inch.")
            .arg(minimumDpi)
            .arg(maximumDpi);
    const QSize size = pixelSize();
    if (size.width() < 100 || size.height() < 100 || size.width() > maximumPixels ||
        size.height() > maximumPixels)
        return tr("A size of %1 × %2 pixels is out of range: each side must be from 100 to %3.")
            .arg(size.width())
            .arg(size.height())
            .arg(maximumPixels);
    return {};
}

} // namespace Yardstick
