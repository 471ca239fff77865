// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "workbench.h"

#include "referencedimensions.h"
#include "usecases/auditservice.h"
#include "usecases/caseimportservice.h"
#include "usecases/chartservice.h"
#include "usecases/letterservice.h"
#include "usecases/organisationservice.h"
#include "usecases/surveyservice.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace Yardstick {

Workbench::Workbench(std::unique_ptr<Database> database)
    : m_database(std::move(database))
    , m_services(*m_database)
    , m_departments(*m_database)
    , m_dimensions(*m_database)
    , m_standards(*m_database)
    , m_measurements(*m_database)
    , m_cases(*m_database)
    , m_letters(*m_database)
    , m_lexicon(*m_database)
    , m_complaintHandling(*m_database)
    , m_surveyResponses(*m_database)
    , m_surveys(*m_database)
    , m_properties(*m_database)
    , m_holidays(*m_database)
    , m_periodValues(*m_database)
    , m_valueModels(*m_database)
    , m_audits(*m_database)
    , m_phases(*m_database)
    , m_reportTemplates(*m_database)
    , m_changeLog(*m_database)
    , m_catalogue(*this)
    , m_caseImports(std::make_unique<CaseImportService>(*this))
    , m_letterService(std::make_unique<LetterService>(*this))
    , m_surveyService(std::make_unique<SurveyService>(*this))
    , m_auditService(std::make_unique<AuditService>(*this))
    , m_charts(std::make_unique<ChartService>(*this))
    , m_organisation(std::make_unique<OrganisationService>(*this))
{}

Workbench::~Workbench() = default;

Workbench::OpenResult Workbench::wrap(Database::OpenResult opened)
{
    if (!opened.database)
        return {nullptr, opened.error};
    return {std::unique_ptr<Workbench>(new Workbench(std::move(opened.database))), {}};
}

Workbench::OpenResult Workbench::open(const QString &path, const Database::Options &options)
{
    return wrap(Database::open(path, options));
}

Workbench::OpenResult Workbench::create(const QString &path, Contents contents)
{
    OpenResult created = wrap(Database::create(path));
    if (!created.workbench || contents == Contents::Empty)
        return created;
    if (const StorageResult added = addReferenceDimensions(*created.workbench); !added.ok()) {
        // Half a new workbench is worse than none: the caller may try again
        // with the same name.
        created.workbench.reset();
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(path + suffix);
        return {nullptr,
                {OpenError::Kind::CannotWrite,
                 tr("Cannot write the new workbench %1: %2")
                     .arg(QDir::toNativeSeparators(path), added.error())}};
    }
    return created;
}

Workbench::OpenResult Workbench::createInMemory()
{
    return wrap(Database::createInMemory());
}

QString Workbench::title() const
{
    const QString stored = m_properties.value(QLatin1String(PropertyRepository::kTitle));
    return stored.isEmpty() ? QFileInfo(path()).completeBaseName() : stored;
}

} // namespace Yardstick
