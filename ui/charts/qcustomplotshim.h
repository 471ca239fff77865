// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Include QCustomPlot through this header. qcustomplot.h uses Qt's foreach
// in two templates, and the build defines QT_NO_FOREACH, which removes it:
// a range-for stands in while the header is read, and nowhere else.
#if defined(QT_NO_FOREACH) && !defined(foreach)
#define foreach(declaration, container) for (declaration : container)
#include <qcustomplot.h>
#undef foreach
#else
#include <qcustomplot.h>
#endif
