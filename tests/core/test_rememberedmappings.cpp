// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The mappings a workbench remembers for next week's import name services,
// departments and dimensions by their words. Renamed, recoded or merged,
// the words follow, so next week's file still finds them.
#include "catchqt.h"
#include "importtestsupport.h"
#include "testsupport.h"
#include "usecases/caseimportservice.h"
#include "usecases/letterservice.h"
#include "usecases/organisationservice.h"
#include "usecases/rememberedmappings.h"

#include <QTemporaryDir>

using namespace Yardstick;
using namespace Qt::StringLiterals;
using Testing::writeFixture;

namespace {

OrgUnit unitOf(const Service &s)
{
    return {OrgUnitKind::Service, s.id, s.code, s.name, {}, false};
}

// Next week's export as the analyst saved its mapping: numbered categories
// onto "Card replacement", one group onto the department by its code.
CaseImportSettings weeklyMapping()
{
    CaseImportSettings settings;
    settings.columns.insert(CaseField::CaseId, u"number"_s);
    settings.columns.insert(CaseField::Service, u"category"_s);
    settings.columns.insert(CaseField::Department, u"assignment_group"_s);
    settings.columns.insert(CaseField::Received, u"opened_at"_s);
    settings.columns.insert(CaseField::Completed, u"resolved_at"_s);
    settings.valueMaps[CaseField::Service].insert(u"Category 26"_s, u"Card replacement"_s);
    settings.valueMaps[CaseField::Service].insert(u"Category 42"_s, u"card_replacement"_s);
    settings.valueMaps[CaseField::Service].insert(u"Category 7"_s, u"Disputes"_s);
    settings.valueMaps[CaseField::Department].insert(u"Group 70"_s, u"NA"_s);
    return settings;
}

constexpr char kWeeklyExport[] =
    "number,category,assignment_group,opened_at,resolved_at\n"
    "INC001,Category 26,Group 70,2025-03-03 09:00:00,2025-03-04 10:00:00\n"
    "INC002,Category 42,Group 70,2025-03-03 11:00:00,\n";

} // namespace

TEST_CASE("a case mapping's words for a renamed service become its new name or code",
          "[organisation][mappings]")
{
    CaseImportSettings settings = weeklyMapping();
    settings.setValues.insert(CaseField::Service, u"CR"_s);
    const OrgUnit before{OrgUnitKind::Service, 1, u"CR"_s, u"Card replacement"_s, {}, false};
    const OrgUnit after{OrgUnitKind::Service, 1, u"RC"_s, u"Replacement cards"_s, {}, false};

    CHECK(followUnit(settings, before, after));
    const QMap<QString, QString> services = settings.valueMaps.value(CaseField::Service);
    // The name (in any case or spacing) becomes the new name, the code the
    // new code; a word for another service is left alone.
    CHECK(services.value(u"Category 26"_s) == u"Replacement cards"_s);
    CHECK(services.value(u"Category 42"_s) == u"Replacement cards"_s);
    CHECK(services.value(u"Category 7"_s) == u"Disputes"_s);
    CHECK(settings.setValues.value(CaseField::Service) == u"RC"_s);
    // Departments are other words.
    CHECK(settings.valueMaps.value(CaseField::Department).value(u"Group 70"_s) == u"NA"_s);
    // Nothing more to follow the second time.
    CHECK_FALSE(followUnit(settings, before, after));
}

TEST_CASE("a case mapping's department words follow a department, dimensions name no case field",
          "[organisation][mappings]")
{
    CaseImportSettings settings = weeklyMapping();
    const OrgUnit before{OrgUnitKind::Department, 3, u"NA"_s, u"New Accounts"_s, {}, false};
    const OrgUnit after{OrgUnitKind::Department, 3, u"ACC"_s, u"Accounts"_s, {}, false};
    CHECK(followUnit(settings, before, after));
    CHECK(settings.valueMaps.value(CaseField::Department).value(u"Group 70"_s) == u"ACC"_s);

    CaseImportSettings untouched = weeklyMapping();
    const OrgUnit dimension{OrgUnitKind::Dimension, 1, u"Disputes"_s, u"Disputes"_s, {}, false};
    const OrgUnit renamed{OrgUnitKind::Dimension, 1, u"Disputes"_s, u"Quarrels"_s, {}, false};
    CHECK_FALSE(followUnit(untouched, dimension, renamed));
    CHECK(untouched == weeklyMapping());
}

TEST_CASE("a letters mapping's label words follow a service's code and a dimension's key",
          "[organisation][mappings]")
{
    LetterColumns columns;
    columns.labelServiceColumn = u"Product"_s;
    columns.labelDimensionColumn = u"Issue"_s;
    columns.serviceValueMap.insert(u"Prepaid card"_s, u"CR"_s);
    columns.serviceValueMap.insert(u"Credit card"_s, u"DSP"_s);
    columns.dimensionValueMap.insert(u"Late"_s, u"timeliness"_s);

    const OrgUnit cr{OrgUnitKind::Service, 1, u"CR"_s, u"Card replacement"_s, {}, false};
    OrgUnit recoded = cr;
    recoded.code = u"RC"_s;
    CHECK(followUnit(columns, cr, recoded));
    CHECK(columns.serviceValueMap.value(u"Prepaid card"_s) == u"RC"_s);
    CHECK(columns.serviceValueMap.value(u"Credit card"_s) == u"DSP"_s);

    // A dimension merged into another: its key becomes the other's.
    const OrgUnit timeliness{OrgUnitKind::Dimension, 1,  u"timeliness"_s,
                             u"Timeliness"_s,        {}, false};
    const OrgUnit speed{OrgUnitKind::Dimension, 9, u"speed"_s, u"Speed"_s, {}, false};
    CHECK(followUnit(columns, timeliness, speed));
    CHECK(columns.dimensionValueMap.value(u"Late"_s) == u"speed"_s);

    // Letters name no department.
    const OrgUnit department{OrgUnitKind::Department, 1, u"CR"_s, u"Card replacement"_s, {}, false};
    CHECK_FALSE(followUnit(columns, department, recoded));
}

TEST_CASE("renaming a service keeps next week's remembered mapping working",
          "[organisation][mappings]")
{
    auto workbench = Testing::memoryWorkbench();
    Service cr{0, u"CR"_s, u"Card replacement"_s, {}};
    REQUIRE(workbench->services().insert(cr).ok());
    Service disputes{0, u"DSP"_s, u"Disputes"_s, {}};
    REQUIRE(workbench->services().insert(disputes).ok());
    Department na{0, u"NA"_s, u"New Accounts"_s};
    REQUIRE(workbench->departments().insert(na).ok());
    REQUIRE(workbench->caseImports().rememberMapping(weeklyMapping()).ok());

    OrgUnit renamed = unitOf(cr);
    renamed.name = u"Replacement cards"_s;
    REQUIRE(workbench->organisation().update(renamed).ok());

    const std::optional<CaseImportSettings> remembered =
        workbench->caseImports().rememberedMapping();
    REQUIRE(remembered);
    CHECK(remembered->valueMaps.value(CaseField::Service).value(u"Category 26"_s) ==
          u"Replacement cards"_s);
    // The department's new code, through the same service.
    REQUIRE(workbench->organisation()
                .update({OrgUnitKind::Department, na.id, u"ACC"_s, na.name, {}, false})
                .ok());
    const std::optional<CaseImportSettings> followed = workbench->caseImports().rememberedMapping();
    REQUIRE(followed);
    CHECK(followed->valueMaps.value(CaseField::Department).value(u"Group 70"_s) == u"ACC"_s);

    // Next week's file goes in with the remembered mapping, into the same
    // service: nothing refused, no second service made.
    QTemporaryDir dir;
    const QString file = writeFixture(dir, u"week2.csv"_s, kWeeklyExport);
    const ImportSummary summary =
        workbench->caseImports().importCases(file, *followed, ImportOptions());
    CHECK(summary.rejections == QList<ImportRejection>());
    REQUIRE(summary.committed);
    CHECK(summary.imported == 2);
    CHECK(workbench->cases().forService(cr.id).size() == 2);
    CHECK(workbench->services().all().size() == 2);

    CHECK(workbench->cases().forService(cr.id).constFirst().departmentId ==
          std::optional<qint64>(na.id));

    // The undo of a rename is a rename back: the words follow back.
    REQUIRE(workbench->organisation().update(unitOf(cr)).ok());
    REQUIRE(workbench->organisation()
                .update({OrgUnitKind::Department, na.id, na.code, na.name, {}, false})
                .ok());
    CaseImportSettings back = weeklyMapping();
    // A word that named it by its name now spells the name as it is.
    back.valueMaps[CaseField::Service][u"Category 42"_s] = u"Card replacement"_s;
    CHECK(workbench->caseImports().rememberedMapping() == std::optional(back));
}

TEST_CASE("merging a service moves the remembered words, and its undo puts them back",
          "[organisation][mappings]")
{
    auto workbench = Testing::memoryWorkbench();
    Service cr{0, u"CR"_s, u"Card replacement"_s, {}};
    REQUIRE(workbench->services().insert(cr).ok());
    Service disputes{0, u"DSP"_s, u"Disputes"_s, {}};
    REQUIRE(workbench->services().insert(disputes).ok());
    LetterColumns columns;
    columns.labelServiceColumn = u"Product"_s;
    columns.serviceValueMap.insert(u"Prepaid card"_s, u"CR"_s);
    REQUIRE(workbench->letterService().rememberColumns(columns).ok());
    REQUIRE(workbench->caseImports().rememberMapping(weeklyMapping()).ok());

    OrgUnitMerge done;
    REQUIRE(workbench->organisation().merge(unitOf(cr), unitOf(disputes), &done).ok());
    const std::optional<CaseImportSettings> merged = workbench->caseImports().rememberedMapping();
    REQUIRE(merged);
    CHECK(merged->valueMaps.value(CaseField::Service).value(u"Category 26"_s) == u"Disputes"_s);
    CHECK(merged->valueMaps.value(CaseField::Service).value(u"Category 7"_s) == u"Disputes"_s);
    CHECK(workbench->letterService().rememberedColumns()->serviceValueMap.value(
              u"Prepaid card"_s) == u"DSP"_s);

    REQUIRE(workbench->organisation().unmerge(done).ok());
    CHECK(workbench->caseImports().rememberedMapping() == std::optional(weeklyMapping()));
    CHECK(workbench->letterService().rememberedColumns()->serviceValueMap.value(
              u"Prepaid card"_s) == u"CR"_s);
}

TEST_CASE("undoing a merge keeps a mapping remembered since", "[organisation][mappings]")
{
    auto workbench = Testing::memoryWorkbench();
    Service cr{0, u"CR"_s, u"Card replacement"_s, {}};
    REQUIRE(workbench->services().insert(cr).ok());
    Service disputes{0, u"DSP"_s, u"Disputes"_s, {}};
    REQUIRE(workbench->services().insert(disputes).ok());
    REQUIRE(workbench->caseImports().rememberMapping(weeklyMapping()).ok());

    OrgUnitMerge done;
    REQUIRE(workbench->organisation().merge(unitOf(cr), unitOf(disputes), &done).ok());
    CaseImportSettings since;
    since.columns.insert(CaseField::CaseId, u"Ticket"_s);
    REQUIRE(workbench->caseImports().rememberMapping(since).ok());

    REQUIRE(workbench->organisation().unmerge(done).ok());
    CHECK(workbench->caseImports().rememberedMapping() == std::optional(since));
}
