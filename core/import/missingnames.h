// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace Yardstick {

// The services and departments a case file names that the workbench lacks,
// each once, in the order the file first names them (spelled as there,
// without surrounding spaces). What --create-missing would create and what
// the import wizard asks about.
struct MissingNames
{
    QStringList services;
    QStringList departments;
    // The pass was cancelled through the progress callback; the lists are
    // what was found until then.
    bool cancelled = false;

    bool isEmpty() const { return services.isEmpty() && departments.isEmpty(); }
};

} // namespace Yardstick
