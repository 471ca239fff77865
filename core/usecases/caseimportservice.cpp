// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "caseimportservice.h"

#include "import/caseimporter.h"
#include "import/csvpreview.h"
#include "import/measurementimporter.h"
#include "import/missingnamesscan.h"
#include "import/namelookup.h"
#include "import/standardimporter.h"
#include "storage/casehistoryrepository.h"
#include "usecases/importtrail.h"
#include "workbench/workbench.h"

#include <QJsonDocument>

#include <algorithm>

namespace Yardstick {

namespace {

// The workbench property holding the last mapping remembered (JSON).
constexpr QLatin1String kMappingKey("import.cases.settings");

bool headerHas(const QStringList &header, const QString &column)
{
    return std::any_of(header.cbegin(), header.cend(), [&](const QString &name) {
        return name.compare(column, Qt::CaseInsensitive) == 0;
    });
}

} // namespace

CaseImportService::CaseImportService(Workbench &workbench, QObject *parent)
    : QObject(parent)
    , m_workbench(workbench)
{}

std::optional<CaseImportSettings> CaseImportService::rememberedMapping() const
{
    const QString text = m_workbench.properties().value(kMappingKey);
    if (text.isEmpty())
        return std::nullopt;
    const QJsonDocument json = QJsonDocument::fromJson(text.toUtf8());
    return json.isObject() ? CaseImportSettings::fromJson(json.object()) : std::nullopt;
}

std::optional<CaseImportSettings>
CaseImportService::rememberedMappingFor(const QStringList &header) const
{
    std::optional<CaseImportSettings> mapping = rememberedMapping();
    if (!mapping)
        return std::nullopt;
    const bool fits =
        std::all_of(mapping->columns.cbegin(), mapping->columns.cend(), [&](const QString &column) {
            return headerHas(header, column) || column == CaseImportSettings::kNoColumn;
        });
    return fits ? mapping : std::nullopt;
}

std::optional<CaseImportSettings>
CaseImportService::rememberedMappingForFile(const QString &path, const QString &sheet) const
{
    const CsvPreview preview = readCsvPreview(path, 0, sheet);
    if (preview.header.isEmpty())
        return std::nullopt;
    return rememberedMappingFor(preview.header);
}

std::optional<RecognisedExport>
CaseImportService::recognisedExportForFile(const QString &path) const
{
    const CsvPreview preview = readCsvPreview(path, 0);
    if (preview.header.isEmpty())
        return std::nullopt;
    return recogniseExport(preview.header);
}

StorageResult CaseImportService::rememberMapping(const CaseImportSettings &settings)
{
    const QByteArray json = QJsonDocument(settings.toJson()).toJson(QJsonDocument::Compact);
    return m_workbench.properties().setValue(kMappingKey, QString::fromUtf8(json));
}

ImportSummary CaseImportService::importCases(const QString &path,
                                             const CaseImportSettings &settings,
                                             const ImportOptions &options)
{
    return finish(Kind::Cases, CaseImporter(m_workbench).run(path, settings, options));
}

MissingNames CaseImportService::missingNames(const QString &path,
                                             const CaseImportSettings &settings,
                                             const ImportOptions &options) const
{
    NameLookup services;
    for (const Service &service : m_workbench.services().all())
        services.add(service.id, service.code, service.name);
    NameLookup departments;
    for (const Department &department : m_workbench.departments().all())
        departments.add(department.id, department.code, department.name);
    return MissingNamesScan(services, departments).run(path, settings, options);
}

ImportSummary CaseImportService::importMeasurements(const QString &path,
                                                    const ImportOptions &options,
                                                    DateFormat dateFormat)
{
    return finish(Kind::Measurements,
                  MeasurementImporter(m_workbench).run(path, options, dateFormat));
}

ImportSummary CaseImportService::importStandards(const QString &path, const ImportOptions &options)
{
    ImportSummary summary = StandardImporter(m_workbench).run(path, options);
    return finish(Kind::Standards, std::move(summary));
}

ImportSummary CaseImportService::finish(Kind kind, ImportSummary summary)
{
    const QString what = kind == Kind::Cases          ? tr("cases")
                         : kind == Kind::Measurements ? tr("measurements")
                                                      : tr("standards");
    recordImport(m_workbench, what, summary);
    if (summary.committed)
        announceImported(kind);
    return summary;
}

void CaseImportService::announceImported(Kind kind)
{
    // The standards were written behind the catalogue's back.
    if (kind == Kind::Standards)
        m_workbench.catalogue().reload();
    emit imported(kind);
}

QList<CaseHistory> CaseImportService::caseHistory(const QString &caseId,
                                                  std::optional<qint64> serviceId) const
{
    const QString id = caseId.trimmed();
    QList<CaseRecord> records = m_workbench.cases().withCaseId(id);
    if (serviceId) {
        records.removeIf([&](const CaseRecord &record) { return record.serviceId != *serviceId; });
    }
    QHash<qint64, QString> services;
    for (const Service &service : m_workbench.services().all())
        services.insert(service.id, service.name);
    QHash<qint64, QString> departments;
    for (const Department &department : m_workbench.departments().all())
        departments.insert(department.id, department.name);
    return assembleCaseHistories(records,
                                 CaseHistoryRepository(m_workbench.database()).changesOf(id),
                                 services, departments);
}

} // namespace Yardstick
