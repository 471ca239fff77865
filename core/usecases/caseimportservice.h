// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "casehistory.h"
#include "import/caseimportsettings.h"
#include "import/dateparser.h"
#include "import/exportpresets.h"
#include "import/importreport.h"
#include "import/missingnames.h"
#include "storage/storageresult.h"

#include <QObject>
#include <QStringList>

#include <optional>

namespace Yardstick {

class Workbench;

// Importing what operations measured: case records, measurements and the
// standards catalogue from CSV, and the column mapping each workbench
// remembers for next week's case file. The File › Import menu and
// `yardstick-cli import` both come here, so the mapping the wizard saved is
// the one the command line reads.
//
// An import runs where it is called; the window runs it on a worker with its
// own connection (and so its own service) and then calls announceImported()
// on the window's service, whose signals the views follow.
class CaseImportService final : public QObject
{
    Q_OBJECT

public:
    enum class Kind
    {
        Cases,
        Measurements,
        Standards,
    };
    Q_ENUM(Kind)

    explicit CaseImportService(Workbench &workbench, QObject *parent = nullptr);

    // The mapping last remembered in this workbench, if any.
    std::optional<CaseImportSettings> rememberedMapping() const;
    // The remembered mapping when every column it names is in this header
    // (matched ignoring case), so it can be used for this file as it is.
    std::optional<CaseImportSettings> rememberedMappingFor(const QStringList &header) const;
    // The same for the header of this CSV file or workbook sheet (empty: the
    // first); nothing when it cannot be read.
    std::optional<CaseImportSettings>
    rememberedMappingForFile(const QString &path, const QString &sheet = QString()) const;
    StorageResult rememberMapping(const CaseImportSettings &settings);
    // The known system's export this CSV file's header comes from, with the
    // mapping proposed for it (nothing when it cannot be read or is not one).
    std::optional<RecognisedExport> recognisedExportForFile(const QString &path) const;

    ImportSummary importCases(const QString &path, const CaseImportSettings &settings,
                              const ImportOptions &options);
    // The services and departments this case file names (read through the
    // settings' mapping and set values) that the workbench lacks: what an
    // import with ImportOptions::createMissing would create. The options'
    // progress callback is called and may cancel.
    MissingNames missingNames(const QString &path, const CaseImportSettings &settings,
                              const ImportOptions &options = {}) const;
    ImportSummary importMeasurements(const QString &path, const ImportOptions &options,
                                     DateFormat dateFormat = DateFormat::Auto);
    ImportSummary importStandards(const QString &path, const ImportOptions &options);

    // The cases stored under this id (in the one service when given) and
    // every change re-imports made to them.
    QList<CaseHistory> caseHistory(const QString &caseId,
                                   std::optional<qint64> serviceId = std::nullopt) const;

    // Says that an import of this kind committed, for views that follow
    // this workbench (used after an import on another connection).
    void announceImported(Kind kind);

signals:
    void imported(Yardstick::CaseImportService::Kind kind);

private:
    ImportSummary finish(Kind kind, ImportSummary summary);

    Workbench &m_workbench;
};

} // namespace Yardstick
