// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Getting a real export's rows into services and departments: a value set for
// every row (--set), creating the services and departments a file names that
// the workbench lacks (--create-missing), and the pass that finds them.
#include "catchqt.h"
#include "import/caseimporter.h"
#include "importtestsupport.h"
#include "testsupport.h"
#include "usecases/caseimportservice.h"

#include <QHash>
#include <QJsonDocument>
#include <QTemporaryDir>

using namespace Yardstick;
using namespace Qt::StringLiterals;
using Testing::rejection;
using Testing::writeFixture;

namespace {

// One service, "Card replacement" (CR), and one named "Cheques" whose code C2
// is the one "Category 26" would get from its initials; one department,
// "New Accounts" (NA).
struct Bench
{
    std::unique_ptr<Workbench> workbench;
    qint64 cr = 0;
    qint64 cheques = 0;
    qint64 na = 0;
};

Bench bench()
{
    Bench b;
    b.workbench = Testing::memoryWorkbench();
    Service cr{0, u"CR"_s, u"Card replacement"_s, {}};
    REQUIRE(b.workbench->services().insert(cr).ok());
    b.cr = cr.id;
    Service cheques{0, u"C2"_s, u"Cheques"_s, {}};
    REQUIRE(b.workbench->services().insert(cheques).ok());
    b.cheques = cheques.id;
    Department na{0, u"NA"_s, u"New Accounts"_s};
    REQUIRE(b.workbench->departments().insert(na).ok());
    b.na = na.id;
    return b;
}

// A file shaped like a ticketing system's export.
constexpr char kExportHeader[] =
    "number,category,assignment_group,opened_at,resolved_at,priority\n";

CaseImportSettings exportMapping()
{
    CaseImportSettings settings;
    settings.columns.insert(CaseField::CaseId, u"number"_s);
    settings.columns.insert(CaseField::Service, u"category"_s);
    settings.columns.insert(CaseField::Department, u"assignment_group"_s);
    settings.columns.insert(CaseField::Received, u"opened_at"_s);
    settings.columns.insert(CaseField::Completed, u"resolved_at"_s);
    return settings;
}

ImportOptions creatingMissing()
{
    ImportOptions options;
    options.createMissing = true;
    return options;
}

QHash<QString, Service> servicesByName(Workbench &workbench)
{
    QHash<QString, Service> byName;
    for (const Service &service : workbench.services().all())
        byName.insert(service.name, service);
    return byName;
}

QHash<QString, Department> departmentsByName(Workbench &workbench)
{
    QHash<QString, Department> byName;
    for (const Department &department : workbench.departments().all())
        byName.insert(department.name, department);
    return byName;
}

QHash<QString, CaseRecord> byCaseId(Workbench &workbench, qint64 serviceId)
{
    QHash<QString, CaseRecord> cases;
    for (const CaseRecord &record : workbench.cases().forService(serviceId))
        cases.insert(record.caseId, record);
    return cases;
}

} // namespace

TEST_CASE("a service set for the whole file needs no service column", "[caseimport][set]")
{
    Bench b = bench();
    QTemporaryDir dir;
    const QString file = writeFixture(dir, u"cases.csv"_s,
                                      "case_id,received,completed\n"
                                      "T-1,2025-03-03,2025-03-05\n"
                                      "T-2,2025-03-04,\n");
    CaseImportSettings settings;
    settings.setValues.insert(CaseField::Service, u"card replacement"_s); // by name, any case

    const ImportSummary summary = CaseImporter(*b.workbench).run(file, settings, ImportOptions());
    CHECK(summary.rejections == QList<ImportRejection>());
    REQUIRE(summary.committed);
    CHECK(summary.imported == 2);
    const QHash<QString, CaseRecord> cases = byCaseId(*b.workbench, b.cr);
    CHECK(cases.size() == 2);
    CHECK(cases.contains(u"T-1"_s));
    CHECK(cases.contains(u"T-2"_s));
}

TEST_CASE("a set value replaces the file's column and fills a field the file lacks",
          "[caseimport][set]")
{
    Bench b = bench();
    QTemporaryDir dir;
    const QString file = writeFixture(dir, u"cases.csv"_s,
                                      "service,case_id,received,right_first_time\n"
                                      "Cheques,T-1,2025-03-03,no\n"
                                      "Cheques,T-2,2025-03-04,\n");
    CaseImportSettings settings;
    settings.setValues.insert(CaseField::Service, u"CR"_s);
    settings.columns.insert(CaseField::Completed, u"none"_s);
    settings.setValues.insert(CaseField::RightFirstTime, u"yes"_s);
    settings.setValues.insert(CaseField::Department, u"NA"_s);
    settings.setValues.insert(CaseField::KeyCustomer, u"Y"_s);

    const ImportSummary summary = CaseImporter(*b.workbench).run(file, settings, ImportOptions());
    CHECK(summary.rejections == QList<ImportRejection>());
    REQUIRE(summary.committed);
    CHECK(byCaseId(*b.workbench, b.cheques).isEmpty());
    const QHash<QString, CaseRecord> cases = byCaseId(*b.workbench, b.cr);
    REQUIRE(cases.size() == 2);
    for (const CaseRecord &record : cases) {
        CHECK(record.rightFirstTime == RightFirstTime::Yes);
        CHECK(record.departmentId == std::optional<qint64>(b.na));
        CHECK(record.keyCustomer);
    }
}

TEST_CASE("a set value goes through the checks a value from the file goes through",
          "[caseimport][set]")
{
    Bench b = bench();
    QTemporaryDir dir;
    const QString file = writeFixture(dir, u"cases.csv"_s,
                                      "case_id,received\n"
                                      "T-1,2025-03-03\n");
    CaseImportSettings settings;
    settings.setValues.insert(CaseField::Service, u"IT service desk"_s);
    settings.columns.insert(CaseField::Completed, u"none"_s);
    settings.setValues.insert(CaseField::RightFirstTime, u"maybe"_s);

    const ImportSummary summary = CaseImporter(*b.workbench).run(file, settings, ImportOptions());
    CHECK_FALSE(summary.committed);
    // The same on every row, so said once, against the file and the field.
    CHECK(summary.fileRejected);
    CHECK(summary.rejections ==
          QList<ImportRejection>{
              rejection(u"cases.csv"_s, 0, u"service"_s, u"unknown service \"IT service desk\""_s),
              rejection(u"cases.csv"_s, 0, u"right_first_time"_s,
                        u"\"maybe\" is not yes/no, true/false, 1/0 or Y/N"_s)});
    CHECK(b.workbench->cases().count() == 0);
}

TEST_CASE("set values are kept with the mapping, and a mapping saved without them still reads",
          "[caseimport][set]")
{
    CaseImportSettings settings;
    settings.columns.insert(CaseField::CaseId, u"Ticket"_s);
    settings.setValues.insert(CaseField::Service, u"IT service desk"_s);
    settings.columns.insert(CaseField::Completed, u"none"_s);
    CHECK(CaseImportSettings::fromJson(settings.toJson()) == settings);

    const QJsonDocument old = QJsonDocument::fromJson(
        R"({"columns": {"case_id": "Ticket"}, "date_format": "dd/mm/yyyy"})");
    const std::optional<CaseImportSettings> read = CaseImportSettings::fromJson(old.object());
    REQUIRE(read);
    CHECK(read->columns.value(CaseField::CaseId) == u"Ticket"_s);
    CHECK(read->setValues.isEmpty());

    // A case id set for every row would make every row the same case.
    const QJsonDocument caseId =
        QJsonDocument::fromJson(R"({"columns": {}, "set": {"case_id": "T-1"}})");
    CHECK_FALSE(CaseImportSettings::fromJson(caseId.object()));
}

TEST_CASE("without --create-missing an unknown service or department stays a located error",
          "[caseimport][createmissing]")
{
    Bench b = bench();
    QTemporaryDir dir;
    const QString file =
        writeFixture(dir, u"export.csv"_s,
                     QByteArray(kExportHeader) + "INC1,Category 26,Group 70,2025-03-03,,3\n");

    const ImportSummary summary =
        CaseImporter(*b.workbench).run(file, exportMapping(), ImportOptions());
    CHECK_FALSE(summary.committed);
    CHECK(summary.rejections ==
          QList<ImportRejection>{
              rejection(u"export.csv"_s, 2, u"category"_s, u"unknown service \"Category 26\""_s),
              rejection(u"export.csv"_s, 2, u"assignment_group"_s,
                        u"unknown department \"Group 70\""_s)});
    CHECK(b.workbench->services().all().size() == 2);
    CHECK(b.workbench->departments().all().size() == 1);
}

TEST_CASE("importing with create-missing creates each missing service and department once, with "
          "unique codes",
          "[caseimport][createmissing]")
{
    Bench b = bench();
    QTemporaryDir dir;
    const QString file = writeFixture(dir, u"export.csv"_s,
                                      QByteArray(kExportHeader) +
                                          "INC1,Category 26,Group 70,2025-03-03,2025-03-04,3\n"
                                          "INC2,category 26,Group 70,2025-03-03,,1\n"
                                          "INC3,Category 27,NA,2025-03-05,,2\n"
                                          "INC4,Card replacement,,2025-03-05,,2\n");

    const ImportSummary summary =
        CaseImporter(*b.workbench).run(file, exportMapping(), creatingMissing());
    CHECK(summary.rejections == QList<ImportRejection>());
    REQUIRE(summary.committed);
    CHECK(summary.imported == 4);

    const QHash<QString, Service> services = servicesByName(*b.workbench);
    REQUIRE(services.size() == 4);
    // "Category 26" would be C2 by its initials, but Cheques has C2.
    CHECK(services.value(u"Category 26"_s).code == u"C22"_s);
    CHECK(services.value(u"Category 27"_s).code == u"C23"_s);
    const QHash<QString, Department> departments = departmentsByName(*b.workbench);
    REQUIRE(departments.size() == 2);
    CHECK(departments.value(u"Group 70"_s).code == u"G7"_s);

    const qint64 category26 = services.value(u"Category 26"_s).id;
    const QHash<QString, CaseRecord> cases = byCaseId(*b.workbench, category26);
    REQUIRE(cases.size() == 2);
    CHECK(cases.value(u"INC2"_s).departmentId ==
          std::optional<qint64>(departments.value(u"Group 70"_s).id));
    CHECK(byCaseId(*b.workbench, b.cr).size() == 1);

    REQUIRE(summary.notes.size() == 2);
    CHECK(summary.notes.at(0).startsWith(u"Created 2 service(s): "_s));
    CHECK(summary.notes.at(0).contains(u"Category 26 (C22)"_s));
    CHECK(summary.notes.at(0).contains(u"Category 27 (C23)"_s));
    CHECK(summary.notes.at(1) == u"Created 1 department(s): Group 70 (G7)."_s);
}

TEST_CASE("importing with create-missing creates a service set for the whole file",
          "[caseimport][createmissing]")
{
    Bench b = bench();
    QTemporaryDir dir;
    const QString file = writeFixture(dir, u"cases.csv"_s,
                                      "case_id,received\n"
                                      "T-1,2025-03-03\n");
    CaseImportSettings settings;
    settings.setValues.insert(CaseField::Service, u"IT service desk"_s);
    settings.columns.insert(CaseField::Completed, u"none"_s);

    const ImportSummary summary = CaseImporter(*b.workbench).run(file, settings, creatingMissing());
    REQUIRE(summary.committed);
    CHECK(summary.notes == QStringList{u"Created 1 service(s): IT service desk (ISD)."_s});
    const Service created = servicesByName(*b.workbench).value(u"IT service desk"_s);
    CHECK(created.code == u"ISD"_s);
    CHECK(byCaseId(*b.workbench, created.id).size() == 1);
}

TEST_CASE("a failed or cancelled import with --create-missing creates nothing",
          "[caseimport][createmissing]")
{
    Bench b = bench();
    QTemporaryDir dir;

    SECTION("a row is rejected")
    {
        const QString file =
            writeFixture(dir, u"export.csv"_s,
                         QByteArray(kExportHeader) + "INC1,Category 26,Group 70,2025-03-03,,3\n"
                                                     "INC2,Category 27,Group 70,not a date,,3\n");
        const ImportSummary summary =
            CaseImporter(*b.workbench).run(file, exportMapping(), creatingMissing());
        CHECK_FALSE(summary.committed);
        CHECK(summary.rejected == 1);
        CHECK(summary.notes.filter(u"Created"_s).isEmpty());
    }

    // A long file, so the progress callback is asked (every 2048 rows).
    QByteArray rows = kExportHeader;
    for (int i = 1; i <= 5000; ++i)
        rows += "INC" + QByteArray::number(i) + ",Category 26,Group 70,2025-03-03,,3\n";
    const QString file = writeFixture(dir, u"long.csv"_s, rows);

    SECTION("cancelled while looking for the missing names")
    {
        ImportOptions options = creatingMissing();
        options.progress = [](qint64, qint64) {
            return false;
        };
        const ImportSummary summary =
            CaseImporter(*b.workbench).run(file, exportMapping(), options);
        CHECK(summary.cancelled);
        CHECK_FALSE(summary.committed);
    }

    SECTION("cancelled after the services were created")
    {
        // The pass over the names asks twice (rows 2048 and 4096); the
        // import's first question cancels.
        int asked = 0;
        ImportOptions options = creatingMissing();
        options.progress = [&asked](qint64, qint64) {
            return ++asked <= 2;
        };
        const ImportSummary summary =
            CaseImporter(*b.workbench).run(file, exportMapping(), options);
        CHECK(asked == 3);
        CHECK(summary.cancelled);
        CHECK_FALSE(summary.committed);
    }

    CHECK(b.workbench->services().all().size() == 2);
    CHECK(b.workbench->departments().all().size() == 1);
    CHECK(b.workbench->cases().count() == 0);
}

TEST_CASE("the missing-names pass lists each unknown service and department once, in file order",
          "[caseimportservice][createmissing]")
{
    Bench b = bench();
    QTemporaryDir dir;
    const QString file =
        writeFixture(dir, u"export.csv"_s,
                     QByteArray(kExportHeader) + "INC1,Category 27,Group 70,2025-03-03,,3\n"
                                                 "INC2,cr,na,2025-03-03,,3\n"
                                                 "INC3, Category 26 ,GROUP 70,2025-03-03,,3\n"
                                                 "INC4,CATEGORY 27,,2025-03-03,,3\n"
                                                 "INC5,Cheques,Group 9,bad date,,3\n");

    const MissingNames missing = b.workbench->caseImports().missingNames(file, exportMapping());
    CHECK(missing.services == QStringList{u"Category 27"_s, u"Category 26"_s});
    CHECK(missing.departments == QStringList{u"Group 70"_s, u"Group 9"_s});
    CHECK_FALSE(missing.cancelled);
    // Looking creates nothing.
    CHECK(b.workbench->services().all().size() == 2);

    SECTION("a set service is the only service looked at")
    {
        CaseImportSettings settings = exportMapping();
        settings.setValues.insert(CaseField::Service, u"IT service desk"_s);
        settings.columns.insert(CaseField::Completed, u"none"_s);
        const MissingNames set = b.workbench->caseImports().missingNames(file, settings);
        CHECK(set.services == QStringList{u"IT service desk"_s});
        CHECK(set.departments == QStringList{u"Group 70"_s, u"Group 9"_s});
    }

    SECTION("the words for no value name nothing to create")
    {
        // "?" and "N/A" are the export's "no value", as the import reads
        // them; "(none)" only when the analyst says so.
        const QString blanks =
            writeFixture(dir, u"blanks.csv"_s,
                         QByteArray(kExportHeader) + "INC1,?,N/A,2025-03-03,,3\n"
                                                     "INC2,Category 26,(none),2025-03-03,,3\n");
        CaseImportSettings settings = exportMapping();
        MissingNames found = b.workbench->caseImports().missingNames(blanks, settings);
        CHECK(found.services == QStringList{u"Category 26"_s});
        CHECK(found.departments == QStringList{u"(none)"_s});
        settings.missingTokens.append(u"(none)"_s);
        found = b.workbench->caseImports().missingNames(blanks, settings);
        CHECK(found.departments.isEmpty());
    }

    SECTION("a file naming only known ones has nothing missing")
    {
        const QString known = writeFixture(
            dir, u"known.csv"_s,
            QByteArray(kExportHeader) + "INC1,Card replacement,New Accounts,2025-03-03,,3\n");
        CHECK(b.workbench->caseImports().missingNames(known, exportMapping()).isEmpty());
    }
}
