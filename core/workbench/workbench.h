// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/auditrepository.h"
#include "storage/caserecordrepository.h"
#include "storage/changelogrepository.h"
#include "storage/complainthandlingrepository.h"
#include "storage/complaintletterrepository.h"
#include "storage/database.h"
#include "storage/departmentrepository.h"
#include "storage/dimensionrepository.h"
#include "storage/holidayrepository.h"
#include "storage/lexiconrepository.h"
#include "storage/measurementrepository.h"
#include "storage/periodvaluerepository.h"
#include "storage/processphaserepository.h"
#include "storage/propertyrepository.h"
#include "storage/reporttemplaterepository.h"
#include "storage/servicerepository.h"
#include "storage/standardrepository.h"
#include "storage/surveyrepository.h"
#include "storage/surveyresponserepository.h"
#include "storage/teamroles.h"
#include "storage/valuemodelrepository.h"
#include "usecases/standardcatalogue.h"

#include <QCoreApplication>

#include <memory>
#include <optional>

namespace Yardstick {

class AuditService;
class CaseImportService;
class ChartService;
class LetterService;
class OrganisationService;
class SurveyService;

// An open workbench: the file and everything that reads or edits it. Views
// and commands receive the Workbench (or the piece they need) from whoever
// opened it; nothing reaches it through a global.
class Workbench final
{
    Q_DECLARE_TR_FUNCTIONS(Yardstick::Workbench)

public:
    struct OpenResult
    {
        std::unique_ptr<Workbench> workbench;
        OpenError error;
    };

    // What a new file holds. Empty is the bare schema (tests, the demo
    // builder, which adds the reference data itself); what a person makes
    // with init or File › New starts with the reference dimensions, so a
    // survey, a letter or a standard can name them at once.
    enum class Contents
    {
        Empty,
        ReferenceData,
    };

    static OpenResult open(const QString &path,
                           const Database::Options &options = Database::Options());
    // Refuses an existing file; a file it could not fill is removed again.
    static OpenResult create(const QString &path, Contents contents = Contents::Empty);
    static OpenResult createInMemory();

    ~Workbench();
    Workbench(const Workbench &) = delete;
    Workbench &operator=(const Workbench &) = delete;

    QString path() const { return m_database->path(); }
    // A private in-memory database: no other connection (a worker thread's)
    // can open it, so long work on it runs on the caller's thread.
    bool isInMemory() const
    {
        const QString file = path();
        return file.isEmpty() || file == QLatin1String(":memory:");
    }
    // The title stored in the file, or the file's base name.
    QString title() const;

    Database &database() { return *m_database; }
    ServiceRepository &services() { return m_services; }
    DepartmentRepository &departments() { return m_departments; }
    DimensionRepository &dimensions() { return m_dimensions; }
    StandardRepository &standardRepository() { return m_standards; }
    MeasurementRepository &measurements() { return m_measurements; }
    CaseRecordRepository &cases() { return m_cases; }
    ComplaintLetterRepository &letters() { return m_letters; }
    LexiconRepository &lexicon() { return m_lexicon; }
    ComplaintHandlingRepository &complaintHandling() { return m_complaintHandling; }
    SurveyResponseRepository &surveyResponses() { return m_surveyResponses; }
    SurveyRepository &surveys() { return m_surveys; }
    PropertyRepository &properties() { return m_properties; }
    HolidayRepository &holidays() { return m_holidays; }
    // The values kept per standard and period (see PeriodValueRefresher).
    PeriodValueRepository &periodValues() { return m_periodValues; }
    ValueModelRepository &valueModels() { return m_valueModels; }
    AuditRepository &audits() { return m_audits; }
    ProcessPhaseRepository &phases() { return m_phases; }
    ReportTemplateRepository &reportTemplates() { return m_reportTemplates; }
    // The audit trail: who changed what and when.
    ChangeLogRepository &changeLog() { return m_changeLog; }
    // The use cases: what views and commands call to change the workbench.
    StandardCatalogue &catalogue() { return m_catalogue; }
    CaseImportService &caseImports() { return *m_caseImports; }
    LetterService &letterService() { return *m_letterService; }
    SurveyService &surveyService() { return *m_surveyService; }
    AuditService &auditService() { return *m_auditService; }
    ChartService &charts() { return *m_charts; }
    OrganisationService &organisation() { return *m_organisation; }
    // What the connected user may write (a team workbench's role; all of it
    // on a file), read from the server's grants once: every view asks, and
    // over a network each question is a round trip.
    const TeamRoles::Access &access()
    {
        if (!m_access)
            m_access = TeamRoles::access(m_database->connection());
        return *m_access;
    }

private:
    explicit Workbench(std::unique_ptr<Database> database);
    static OpenResult wrap(Database::OpenResult opened);

    std::unique_ptr<Database> m_database;
    ServiceRepository m_services;
    DepartmentRepository m_departments;
    DimensionRepository m_dimensions;
    StandardRepository m_standards;
    MeasurementRepository m_measurements;
    CaseRecordRepository m_cases;
    ComplaintLetterRepository m_letters;
    LexiconRepository m_lexicon;
    ComplaintHandlingRepository m_complaintHandling;
    SurveyResponseRepository m_surveyResponses;
    SurveyRepository m_surveys;
    PropertyRepository m_properties;
    HolidayRepository m_holidays;
    PeriodValueRepository m_periodValues;
    ValueModelRepository m_valueModels;
    AuditRepository m_audits;
    ProcessPhaseRepository m_phases;
    ReportTemplateRepository m_reportTemplates;
    ChangeLogRepository m_changeLog;
    StandardCatalogue m_catalogue;
    std::unique_ptr<CaseImportService> m_caseImports;
    std::unique_ptr<LetterService> m_letterService;
    std::unique_ptr<SurveyService> m_surveyService;
    std::unique_ptr<AuditService> m_auditService;
    std::unique_ptr<ChartService> m_charts;
    std::unique_ptr<OrganisationService> m_organisation;
    std::optional<TeamRoles::Access> m_access;
};

} // namespace Yardstick
