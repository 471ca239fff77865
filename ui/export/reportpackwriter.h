// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/reportpack.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

namespace Yardstick {

// Prints a ReportPack as one A4-landscape PDF: a cover, the scorecard table,
// the headline trend charts, each breached standard with its control chart,
// the Pareto of complaints, the heat map and the department comparison, as
// the pack's template chose. Charts are drawn with the print theme, as
// vectors.
class ReportPackWriter final
{
    Q_DECLARE_TR_FUNCTIONS(Yardstick::ReportPackWriter)

public:
    // Empty on success, else why the file could not be written. Progress
    // (pages done, pages in all) may return false to cancel; a cancelled
    // pack leaves no file behind.
    static QString write(const ReportPack &pack, const QString &pdfPath,
                         const std::function<bool(int done, int total)> &progress = {});

    // How many pages the pack prints.
    static int pageCount(const ReportPack &pack);
};

} // namespace Yardstick
