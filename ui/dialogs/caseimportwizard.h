// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/caseimportsettings.h"
#include "import/namelookup.h"
#include "storage/storageresult.h"

#include <QWizard>

#include <optional>

namespace Yardstick {

class CaseImportService;
class CaseMappingPage;
class CsvFilePage;
class Workbench;

// Imports case records the way a spreadsheet imports text: choose the file
// and look at its first rows, then say which column is which. When the file
// names services or departments the workbench lacks, Import asks once
// whether to create them (createMissing()). The wizard
// only gathers the choices; its caller runs the import (see ImportRunner)
// (see CaseImportService), which keeps the mapping once the import commits.
class CaseImportWizard final : public QWizard
{
    Q_OBJECT

public:
    CaseImportWizard(Workbench &workbench, const QString &startFolder, QWidget *parent = nullptr);

    void setFilePath(const QString &path);
    QString filePath() const;
    // The sheet chosen when the file is an Excel workbook, else empty.
    QString sheet() const;
    CaseImportSettings settings() const;
    bool skipBadRows() const;
    bool rememberMapping() const;
    // The analyst agreed to create the services and departments the file
    // names that the workbench lacks.
    bool createMissing() const { return m_createMissing; }

    CsvFilePage *filePage() const { return m_filePage; }
    CaseMappingPage *mappingPage() const { return m_mappingPage; }

protected:
    void initializePage(int id) override;
    bool validateCurrentPage() override;

private:
    // Asks whether to create what the file names that the workbench lacks;
    // false when the analyst cancelled (back to the mapping).
    bool askToCreateMissing();

    CaseImportService &m_imports; // offers the mapping remembered last time
    NameLookup m_services;
    NameLookup m_departments;
    CsvFilePage *m_filePage = nullptr;
    CaseMappingPage *m_mappingPage = nullptr;
    QStringList m_mappedHeader; // the header the mapping page was filled for
    bool m_createMissing = false;
};

} // namespace Yardstick
