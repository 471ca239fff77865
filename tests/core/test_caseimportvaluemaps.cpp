// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Value maps: several source values read as one ("Category 26" and
// "Category 42" as the service "Card replacement"), kept with the mapping,
// applied by the import and by the pass that finds the names to create.
#include "catchqt.h"
#include "import/caseimporter.h"
#include "import/distinctvalues.h"
#include "importtestsupport.h"
#include "testsupport.h"
#include "usecases/caseimportservice.h"

#include <QHash>
#include <QTemporaryDir>

using namespace Yardstick;
using namespace Qt::StringLiterals;
using Testing::writeFixture;

namespace {

// A ServiceNow-shaped export whose categories are numbered, as many desks
// number them.
constexpr char kExport[] = "number,category,assignment_group,opened_at,resolved_at,priority\n"
                           "INC001,Category 26,Group 70,2025-03-03 09:00:00,2025-03-04 10:00:00,3\n"
                           "INC002,category 42 ,Group 70,2025-03-03 11:00:00,,1\n"
                           "INC003,Category 26,Group 71,2025-03-04 08:30:00,2025-03-05 16:00:00,2\n"
                           "INC004,?,Group 71,2025-03-04 09:30:00,,4\n";

CaseImportSettings exportMapping()
{
    CaseImportSettings settings;
    settings.columns.insert(CaseField::CaseId, u"number"_s);
    settings.columns.insert(CaseField::Service, u"category"_s);
    settings.columns.insert(CaseField::Department, u"assignment_group"_s);
    settings.columns.insert(CaseField::Received, u"opened_at"_s);
    settings.columns.insert(CaseField::Completed, u"resolved_at"_s);
    // The keys as an analyst types them: any case, stray spaces.
    settings.valueMaps[CaseField::Service].insert(u"Category 26"_s, u"Card replacement"_s);
    settings.valueMaps[CaseField::Service].insert(u"CATEGORY 42"_s, u"Card replacement"_s);
    settings.valueMaps[CaseField::Service].insert(u"?"_s, u"Card replacement"_s);
    settings.valueMaps[CaseField::Department].insert(u" group 70"_s, u"New Accounts"_s);
    settings.valueMaps[CaseField::Department].insert(u"Group 71"_s, u"New Accounts"_s);
    return settings;
}

QHash<QString, CaseRecord> byCaseId(Workbench &workbench, qint64 serviceId)
{
    QHash<QString, CaseRecord> cases;
    for (const CaseRecord &record : workbench.cases().forService(serviceId))
        cases.insert(record.caseId, record);
    return cases;
}

} // namespace

TEST_CASE("value maps are kept with the mapping", "[caseimport][valuemaps]")
{
    const CaseImportSettings settings = exportMapping();
    const std::optional<CaseImportSettings> read = CaseImportSettings::fromJson(settings.toJson());
    REQUIRE(read);
    CHECK(*read == settings);
    CHECK(read->valueMaps.value(CaseField::Service).value(u"CATEGORY 42"_s) ==
          u"Card replacement"_s);
}

TEST_CASE("two categories mapped onto one service import as that service, keys matched ignoring "
          "case",
          "[caseimport][valuemaps]")
{
    auto workbench = Testing::memoryWorkbench();
    Service cr{0, u"CR"_s, u"Card replacement"_s, {}};
    REQUIRE(workbench->services().insert(cr).ok());
    Department na{0, u"NA"_s, u"New Accounts"_s};
    REQUIRE(workbench->departments().insert(na).ok());
    QTemporaryDir dir;
    const QString file = writeFixture(dir, u"incidents.csv"_s, kExport);

    const ImportSummary summary =
        CaseImporter(*workbench).run(file, exportMapping(), ImportOptions());
    CHECK(summary.rejections == QList<ImportRejection>());
    REQUIRE(summary.committed);
    CHECK(summary.imported == 4);
    const QHash<QString, CaseRecord> cases = byCaseId(*workbench, cr.id);
    CHECK(cases.keys().size() == 4);
    for (const CaseRecord &record : cases)
        CHECK(record.departmentId == std::optional<qint64>(na.id));
    // "?" is a word for no value, but the analyst mapped it: the map wins.
    CHECK(cases.contains(u"INC004"_s));
    CHECK_FALSE(cases.value(u"INC002"_s).completedAt);
}

TEST_CASE("an unmapped value is read as it is, and a value mapped onto nothing is no value",
          "[caseimport][valuemaps]")
{
    auto workbench = Testing::memoryWorkbench();
    Service cr{0, u"CR"_s, u"Card replacement"_s, {}};
    REQUIRE(workbench->services().insert(cr).ok());
    QTemporaryDir dir;
    const QString file = writeFixture(dir, u"incidents.csv"_s,
                                      "number,category,assignment_group,opened_at\n"
                                      "INC001,Category 26,Unassigned,2025-03-03\n"
                                      "INC002,Category 99,Unassigned,2025-03-03\n");
    CaseImportSettings settings = exportMapping();
    settings.columns.insert(CaseField::Completed, u"none"_s); // open cases only
    settings.valueMaps[CaseField::Department] = {{u"unassigned"_s, QString()}};

    const ImportSummary summary = CaseImporter(*workbench).run(file, settings, ImportOptions());
    CHECK_FALSE(summary.committed);
    CHECK(summary.rejections ==
          QList<ImportRejection>{Testing::rejection(u"incidents.csv"_s, 3, u"category"_s,
                                                    u"unknown service \"Category 99\""_s)});
}

TEST_CASE("with create-missing, the mapped names are created, never the source values",
          "[caseimport][valuemaps][createmissing]")
{
    auto workbench = Testing::memoryWorkbench();
    QTemporaryDir dir;
    const QString file = writeFixture(dir, u"incidents.csv"_s, kExport);
    const CaseImportSettings settings = exportMapping();

    const MissingNames missing = workbench->caseImports().missingNames(file, settings);
    CHECK(missing.services == QStringList{u"Card replacement"_s});
    CHECK(missing.departments == QStringList{u"New Accounts"_s});

    ImportOptions options;
    options.createMissing = true;
    const ImportSummary summary = workbench->caseImports().importCases(file, settings, options);
    CHECK(summary.rejections == QList<ImportRejection>());
    REQUIRE(summary.committed);
    CHECK(summary.imported == 4);
    const QList<Service> services = workbench->services().all();
    REQUIRE(services.size() == 1);
    CHECK(services.constFirst().name == u"Card replacement"_s);
    const QList<Department> departments = workbench->departments().all();
    REQUIRE(departments.size() == 1);
    CHECK(departments.constFirst().name == u"New Accounts"_s);
    CHECK(byCaseId(*workbench, services.constFirst().id).size() == 4);
}

TEST_CASE("a column's distinct values are listed once each, in natural order, with their rows",
          "[caseimport][valuemaps]")
{
    QTemporaryDir dir;
    const QString file =
        writeFixture(dir, u"incidents.csv"_s,
                     QByteArray(kExport) + "INC005,Category 4,Group 70,2025-03-05,,3\n"
                                           "INC006,,Group 70,2025-03-05,,3\n");

    const DistinctValues found = readDistinctValues(file, u"Category"_s, {});
    REQUIRE(found.values.size() == 3);
    // "category 42 " is "Category 42" (first written with a small c).
    CHECK(found.values.at(0).text == u"Category 4"_s);
    CHECK(found.values.at(0).rows == 1);
    CHECK(found.values.at(1).text == u"Category 26"_s);
    CHECK(found.values.at(1).rows == 2);
    CHECK(found.values.at(2).text == u"category 42"_s);
    CHECK(found.values.at(2).rows == 1);
    CHECK_FALSE(found.truncated);

    const DistinctValues capped = readDistinctValues(file, u"category"_s, {}, 2);
    CHECK(capped.values.size() == 2);
    CHECK(capped.truncated);
    CHECK(readDistinctValues(file, u"no such column"_s, {}).values.isEmpty());
}
