// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QSize>
#include <QSizeF>
#include <QString>

#include <optional>
#include <variant>

namespace Yardstick {

// What a chart export produces: the file format, the page (a preset or a
// custom pixel size), the resolution and the words around the chart.
class ChartExportOptions final
{
    Q_DECLARE_TR_FUNCTIONS(Yardstick::ChartExportOptions)

public:
    enum class Format
    {
        Png,
        Svg,
        Pdf,
        Pptx, // one 16:9 slide: the chart as a picture, its numbers in the notes
    };

    enum class SizePreset
    {
        Slide,       // 16:9, 1920 × 1080 px
        Slide4x3,    // 1440 × 1080 px
        A4Landscape, // 297 × 210 mm at the DPI
        A4Portrait,  // 210 × 297 mm at the DPI
        Custom,      // customSize px
    };

    static constexpr int minimumDpi = 96;
    static constexpr int maximumDpi = 600;
    static constexpr int maximumPixels = 20000; // per side of a custom size

    Format format = Format::Png;
    SizePreset preset = SizePreset::Slide;
    QSize customSize{1600, 900};
    int dpi = 150;
    QString title;
    QString subtitle;
    QString footnote;     // "Source: case records, 2024-01 to 2025-12"
    QString organisation; // bottom right
    QString logoPath;     // optional image beside the organisation

    // The output's size in device pixels: the image's pixels for PNG, the
    // page at the DPI for PDF and SVG. A4 at 300 dpi: 297 mm / 25.4 × 300 =
    // 3507.9 → 3508 by 2480.
    QSize pixelSize() const;
    // The page in millimetres: A4 exactly, otherwise the pixels at the DPI.
    QSizeF pageSizeMillimetres() const;
    bool isPaper() const;

    // 96..600; outside: clamped.
    void setDpi(int value);
    static int clampDpi(int value);

    // "png", "svg", "pdf", "pptx"; and from a file name's suffix.
    static QString formatKey(Format format);
    static std::optional<Format> formatFromKey(const QString &key);
    static std::optional<Format> formatFromFileName(const QString &fileName);
    static QString fileSuffix(Format format);

    // The CLI's --size: "slide", "slide-4:3", "a4", "a4-portrait" or
    // "WxH" in pixels (e.g. "1280x720").
    static QString presetKey(SizePreset preset);
    static std::optional<SizePreset> presetFromKey(const QString &key);
    struct SizeChoice
    {
        SizePreset preset = SizePreset::Slide;
        QSize customSize; // set when preset is Custom
    };
    // The choice, or a message saying what is wrong with the argument.
    static std::variant<SizeChoice, QString> parseSize(const QString &argument);
    // The CLI's --dpi: a whole number in 96..600, or a message.
    static std::variant<int, QString> parseDpi(const QString &argument);

    // What is wrong with these options, or empty.
    QString validate() const;
};

} // namespace Yardstick
