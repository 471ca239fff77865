// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "applicationicon.h"

namespace Yardstick {

QIcon ApplicationIcon::icon()
{
    return QIcon::fromTheme(QStringLiteral("yardstick"), builtIn());
}

QIcon ApplicationIcon::builtIn()
{
    // PNGs rather than the SVG: they need no image plug-in and are drawn
    // for each size (resources/icons, embedded by ui/CMakeLists.txt).
    QIcon icon;
    for (const int size : {16, 22, 24, 32, 48, 64, 128, 256})
        icon.addFile(QStringLiteral(":/icons/%1x%1/apps/yardstick.png").arg(size),
                     QSize(size, size));
    return icon;
}

} // namespace Yardstick
