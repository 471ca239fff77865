// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "caseimportwizard.h"

#include "casemappingpage.h"
#include "csvfilepage.h"
#include "usecases/caseimportservice.h"
#include "workbench/workbench.h"

namespace Yardstick {

namespace {

enum PageId
{
    FilePageId,
    MappingPageId,
};

} // namespace

CaseImportWizard::CaseImportWizard(Workbench &workbench, const QString &startFolder,
                                   QWidget *parent)
    : QWizard(parent)
    , m_imports(workbench.caseImports())
{
    setObjectName(QStringLiteral("caseImportWizard"));
    setWindowTitle(tr("Import Case Records"));
    for (const Service &service : workbench.services().all())
        m_services.add(service.id, service.code, service.name);
    for (const Department &department : workbench.departments().all())
        m_departments.add(department.id, department.code, department.name);

    m_filePage = new CsvFilePage(startFolder, this);
    m_mappingPage = new CaseMappingPage(m_services, m_departments, this);
    setPage(FilePageId, m_filePage);
    setPage(MappingPageId, m_mappingPage);
    setOption(QWizard::NoBackButtonOnStartPage);
    setButtonText(QWizard::FinishButton, tr("&Import"));
    resize(860, 600);
}

void CaseImportWizard::setFilePath(const QString &path)
{
    m_filePage->setFilePath(path);
}

QString CaseImportWizard::filePath() const
{
    return m_filePage->filePath();
}

CaseImportSettings CaseImportWizard::settings() const
{
    return m_mappingPage->settings();
}

bool CaseImportWizard::skipBadRows() const
{
    return m_mappingPage->skipBadRows();
}

bool CaseImportWizard::rememberMapping() const
{
    return m_mappingPage->rememberMapping();
}

void CaseImportWizard::initializePage(int id)
{
    // Going back and forth keeps the analyst's choices unless the file (its
    // header) changed.
    if (id == MappingPageId && m_filePage->preview().header != m_mappedHeader) {
        m_mappedHeader = m_filePage->preview().header;
        m_mappingPage->setPreview(m_filePage->filePath(), m_filePage->preview(),
                                  m_imports.rememberedMappingFor(m_filePage->preview().header));
    } else if (id == MappingPageId) {
        m_mappingPage->setPreview(m_filePage->filePath(), m_filePage->preview(),
                                  m_mappingPage->settings());
    }
    QWizard::initializePage(id);
}

} // namespace Yardstick
