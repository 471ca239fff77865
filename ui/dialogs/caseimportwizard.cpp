// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "caseimportwizard.h"

#include "casemappingpage.h"
#include "csvfilepage.h"
#include "usecases/caseimportservice.h"
#include "workbench/workbench.h"

#include <QAbstractButton>
#include <QGuiApplication>
#include <QMessageBox>

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
    QStringList serviceNames;
    for (const Service &service : workbench.services().all()) {
        m_services.add(service.id, service.code, service.name);
        serviceNames.append(service.name);
    }
    QStringList departmentNames;
    for (const Department &department : workbench.departments().all()) {
        m_departments.add(department.id, department.code, department.name);
        departmentNames.append(department.name);
    }

    m_filePage = new CsvFilePage(startFolder, this);
    m_mappingPage = new CaseMappingPage(m_services, m_departments, this);
    m_mappingPage->setTargetNames(serviceNames, departmentNames);
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

QString CaseImportWizard::sheet() const
{
    return m_filePage->sheet();
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
                                  m_imports.rememberedMappingFor(m_filePage->preview().header),
                                  sheet());
    } else if (id == MappingPageId) {
        m_mappingPage->setPreview(m_filePage->filePath(), m_filePage->preview(),
                                  m_mappingPage->settings(), sheet());
    }
    QWizard::initializePage(id);
}

bool CaseImportWizard::validateCurrentPage()
{
    if (!QWizard::validateCurrentPage())
        return false;
    return currentId() != MappingPageId || askToCreateMissing();
}

bool CaseImportWizard::askToCreateMissing()
{
    m_createMissing = false;
    // The same pass, through the same mapping, as the import's own: what is
    // listed here is what the import creates.
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    ImportOptions options;
    options.sheet = sheet();
    const MissingNames missing = m_imports.missingNames(filePath(), settings(), options);
    QGuiApplication::restoreOverrideCursor();
    if (missing.isEmpty())
        return true;

    const int services = int(missing.services.size());
    const int departments = int(missing.departments.size());
    QString question;
    if (departments == 0)
        question = tr("Create these %n service(s)?", nullptr, services);
    else if (services == 0)
        question = tr("Create these %n department(s)?", nullptr, departments);
    else
        question = tr("Create these services and departments?");
    QStringList explanation;
    if (services > 0)
        explanation.append(tr("The file names %n service(s) that the workbench does not have.",
                              nullptr, services));
    if (departments > 0)
        explanation.append(tr("The file names %n department(s) that the workbench does not have.",
                              nullptr, departments));
    explanation.append(tr("Each is created with a code made from its name. Without them, the "
                          "rows that name them are rejected."));
    QStringList details;
    if (services > 0)
        details.append(tr("Services:") + QLatin1Char('\n') +
                       missing.services.join(QLatin1Char('\n')));
    if (departments > 0)
        details.append(tr("Departments:") + QLatin1Char('\n') +
                       missing.departments.join(QLatin1Char('\n')));

    QMessageBox box(QMessageBox::Question, tr("Create Services and Departments"), question,
                    QMessageBox::Yes | QMessageBox::No | QMessageBox::Cancel, this);
    box.setObjectName(QStringLiteral("createMissingQuestion"));
    box.setInformativeText(explanation.join(QLatin1Char('\n')));
    box.setDetailedText(details.join(QStringLiteral("\n\n")));
    box.button(QMessageBox::Yes)->setText(tr("&Create and Import"));
    box.button(QMessageBox::No)->setText(tr("Import &Without Them"));
    box.setDefaultButton(QMessageBox::Yes);
    const int answer = box.exec();
    if (answer == QMessageBox::Cancel)
        return false;
    m_createMissing = answer == QMessageBox::Yes;
    return true;
}

} // namespace Yardstick
