// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIcon>

namespace Yardstick {

// The Yardstick icon for the window and the task bar: the desktop theme's
// "yardstick" (the installed hicolor icons, or a theme's own drawing of it),
// else the same pictures built into the program, so a build that was never
// installed shows it too.
class ApplicationIcon final
{
public:
    static QIcon icon();
    // The built-in pictures alone, one per hicolor size up to 256 pixels.
    static QIcon builtIn();
};

} // namespace Yardstick
