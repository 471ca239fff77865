// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "importtrail.h"

#include "workbench/workbench.h"

#include <QFileInfo>

namespace Yardstick {

void recordImport(Workbench &workbench, const QString &what, const ImportSummary &summary)
{
    if (!summary.committed)
        return;
    const QString detail =
        QCoreApplication::translate("Yardstick::ImportTrail",
                                    "%1: %2 rows read, %3 imported, %4 updated, %5 rejected")
            .arg(what)
            .arg(summary.rowsRead)
            .arg(summary.imported)
            .arg(summary.updated)
            .arg(summary.rejected);
    // The import is in the workbench; a trail line that could not be added
    // is not worth undoing it for.
    workbench.changeLog().record(ChangeSubject::Import, 0, QFileInfo(summary.file).fileName(),
                                 QStringLiteral("imported"), detail);
}

} // namespace Yardstick
