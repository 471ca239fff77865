// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "catchqt.h"
#include "mainwindow/applicationicon.h"
#include "mainwindow/mainwindow.h"

#include <QSettings>
#include <QTemporaryDir>

using namespace Yardstick;

TEST_CASE("the built-in application icon has a picture at each hicolor size", "[icon]")
{
    const QIcon icon = ApplicationIcon::builtIn();
    const QList<QSize> sizes = icon.availableSizes();
    for (const int size : {16, 22, 24, 32, 48, 64, 128, 256})
        CHECK(sizes.contains(QSize(size, size)));

    // What the SVG draws on its 128 grid, read at 256 pixels: the blue tile
    // above the check (64, 12) and the yellow ruler between two ticks (68, 98).
    const QImage image = icon.pixmap(QSize(256, 256)).toImage();
    REQUIRE(image.size() == QSize(256, 256));
    const QColor tile = image.pixelColor(128, 24);
    CHECK(tile.blue() > 150);
    CHECK(tile.red() < 100);
    const QColor ruler = image.pixelColor(136, 196);
    CHECK(ruler.red() > 200);
    CHECK(ruler.green() > 150);
    CHECK(ruler.blue() < 120);
}

TEST_CASE("the main window shows the application icon", "[icon]")
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    MainWindow window(settings);
    const QIcon shown = window.windowIcon();
    REQUIRE_FALSE(shown.isNull());
    CHECK(shown.pixmap(QSize(32, 32)).toImage() ==
          ApplicationIcon::icon().pixmap(QSize(32, 32)).toImage());
}
