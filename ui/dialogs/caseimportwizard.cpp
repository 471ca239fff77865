// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "caseimportwizard.h"

#include "casemappingpage.h"
#include "csvfilepage.h"
#include "import/caseimporter.h"
#include "workbench/workbench.h"

#include <QJsonDocument>

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
    , m_saved(savedSettings(workbench))
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
        m_mappingPage->setPreview(m_filePage->preview(), m_saved);
    } else if (id == MappingPageId) {
        m_mappingPage->setPreview(m_filePage->preview(), m_mappingPage->settings());
    }
    QWizard::initializePage(id);
}

std::optional<CaseImportSettings> CaseImportWizard::savedSettings(Workbench &workbench)
{
    const QString text =
        workbench.properties().value(QLatin1String(CaseImporter::kSavedSettingsKey));
    if (text.isEmpty())
        return std::nullopt;
    const QJsonDocument json = QJsonDocument::fromJson(text.toUtf8());
    return json.isObject() ? CaseImportSettings::fromJson(json.object()) : std::nullopt;
}

StorageResult CaseImportWizard::saveSettings(Workbench &workbench,
                                             const CaseImportSettings &settings)
{
    const QByteArray json = QJsonDocument(settings.toJson()).toJson(QJsonDocument::Compact);
    return workbench.properties().setValue(QLatin1String(CaseImporter::kSavedSettingsKey),
                                           QString::fromUtf8(json));
}

} // namespace Yardstick
