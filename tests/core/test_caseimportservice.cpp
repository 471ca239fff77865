// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The case-import service: the one place the GUI's wizard and the command
// line import cases, measurements and standards, and keep the column mapping
// a workbench remembers for next week.
#include "importtestsupport.h"
#include "testsupport.h"
#include "usecases/caseimportservice.h"
#include "usecases/standardcatalogue.h"

#include <QSignalSpy>

using namespace Yardstick;
using namespace Yardstick::Testing;

namespace {

// A mapping as an analyst sets it up for a ticketing system's export.
CaseImportSettings ticketMapping()
{
    CaseImportSettings settings;
    settings.columns.insert(CaseField::CaseId, QStringLiteral("Ticket"));
    settings.columns.insert(CaseField::Received, QStringLiteral("Opened"));
    settings.columns.insert(CaseField::Completed, QStringLiteral("Closed"));
    settings.columns.insert(CaseField::Service, QStringLiteral("Svc"));
    settings.dateFormat = DateFormat::DayMonthYear;
    return settings;
}

// SmallCatalogue's service, written as the export names it.
QByteArray ticketFile(const SmallCatalogue &catalogue, const QByteArray &rows)
{
    const QByteArray code = catalogue.workbench->services().all().constFirst().code.toUtf8();
    QByteArray text = "Ticket,Opened,Closed,Svc\n";
    for (const QByteArray &row : rows.split('\n')) {
        if (!row.isEmpty())
            text += row + "," + code + "\n";
    }
    return text;
}

} // namespace

TEST_CASE("a remembered mapping is offered only for a header that has every column it names",
          "[caseimportservice]")
{
    auto workbench = memoryWorkbench();
    CaseImportService &imports = workbench->caseImports();
    CHECK_FALSE(imports.rememberedMapping());
    REQUIRE(imports.rememberMapping(ticketMapping()).ok());

    REQUIRE(imports.rememberedMapping() == ticketMapping());
    // Header names match ignoring case, as the importer matches them.
    CHECK(imports.rememberedMappingFor({QStringLiteral("TICKET"), QStringLiteral("opened"),
                                        QStringLiteral("Closed"), QStringLiteral("Svc"),
                                        QStringLiteral("Extra")}) == ticketMapping());
    // Next week's export lost the Closed column: the mapping does not fit.
    CHECK_FALSE(imports.rememberedMappingFor(
        {QStringLiteral("Ticket"), QStringLiteral("Opened"), QStringLiteral("Svc")}));
}

TEST_CASE("a case import reads with the mapping it is given, announces a commit and leaves the "
          "remembered mapping alone",
          "[caseimportservice]")
{
    SmallCatalogue catalogue = smallCatalogue();
    CaseImportService &imports = catalogue.workbench->caseImports();
    QTemporaryDir dir;
    QSignalSpy announced(&imports, &CaseImportService::imported);

    SECTION("a good file")
    {
        const QString file = writeFixture(dir, QStringLiteral("week1.csv"),
                                          ticketFile(catalogue, "T1,02/03/2025,04/03/2025"));
        const ImportSummary summary = imports.importCases(file, ticketMapping(), ImportOptions());
        REQUIRE(summary.committed);
        CHECK(catalogue.workbench->cases().count() == 1);
        REQUIRE(announced.size() == 1);
        CHECK(announced.at(0).at(0).value<CaseImportService::Kind>() ==
              CaseImportService::Kind::Cases);
        // Day first, as the mapping says: 2 March, not 3 February.
        CHECK(catalogue.workbench->cases()
                  .forService(catalogue.serviceId)
                  .constFirst()
                  .receivedAt.date == QDate(2025, 3, 2));
        // Remembering is the wizard's choice, made before the import runs.
        CHECK_FALSE(imports.rememberedMapping());
    }
    SECTION("a file with a bad row")
    {
        // Completed before it was received: the whole file is refused.
        const QString file = writeFixture(
            dir, QStringLiteral("week1.csv"),
            ticketFile(catalogue, "T1,02/03/2025,04/03/2025\nT2,05/03/2025,01/03/2025"));
        const ImportSummary summary = imports.importCases(file, ticketMapping(), ImportOptions());
        CHECK_FALSE(summary.committed);
        CHECK(catalogue.workbench->cases().count() == 0);
        CHECK(announced.isEmpty());
    }
}

TEST_CASE("a standards import through the service makes the catalogue re-read",
          "[caseimportservice]")
{
    auto workbench = memoryWorkbench();
    QSignalSpy reloaded(&workbench->catalogue(), &StandardCatalogue::catalogueReloaded);
    QTemporaryDir dir;
    const QString file = writeFixture(
        dir, QStringLiteral("standards.csv"),
        "code,title,service,dimension,metric,statistic,direction,target,threshold,unit,"
        "department,basis,rationale,effective_from\n"
        "INQ-T-01,Inquiry answered,INQ,Timeliness,turnaround_days,mean,lower,5,8,days,OPS,"
        "customer_expectation,Service charter,2024-01-01\n");
    const ImportSummary summary = workbench->caseImports().importStandards(file, ImportOptions());
    REQUIRE(summary.committed);
    CHECK(workbench->catalogue().standards().size() == 1);
    CHECK(reloaded.size() == 1);
}
