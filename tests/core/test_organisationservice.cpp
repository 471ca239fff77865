// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "catchqt.h"
#include "testsupport.h"
#include "usecases/organisationservice.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QSqlRecord>

using namespace Yardstick;

namespace {

OrgUnit newService(const QString &name, const QString &code = {})
{
    return {OrgUnitKind::Service, 0, code, name, {}, false};
}

OrgUnit newDepartment(const QString &name, const QString &code = {})
{
    return {OrgUnitKind::Department, 0, code, name, {}, false};
}

void exec(Workbench &wb, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery query(wb.database().connection());
    REQUIRE(query.prepare(sql));
    for (const QVariant &value : values)
        query.addBindValue(value);
    INFO(sql.toStdString());
    REQUIRE(query.exec());
}

QStringList rows(Workbench &wb, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery query(wb.database().connection());
    REQUIRE(query.prepare(sql));
    for (const QVariant &value : values)
        query.addBindValue(value);
    REQUIRE(query.exec());
    QStringList result;
    while (query.next()) {
        QStringList cells;
        for (int i = 0; i < query.record().count(); ++i)
            cells.append(query.value(i).isNull() ? QStringLiteral("NULL")
                                                 : query.value(i).toString());
        result.append(cells.join(QLatin1Char('|')));
    }
    return result;
}

// Everything in the workbench that can name a service or a department, so a
// merge and its undo can be compared row for row.
QStringList snapshot(Workbench &wb)
{
    QStringList all;
    for (const char *sql :
         {"SELECT id, code, name, description, retired FROM services ORDER BY id",
          "SELECT id, code, name, retired FROM departments ORDER BY id",
          "SELECT id, code, service_id, department_id FROM standards ORDER BY id",
          "SELECT service_id, case_id, department_id FROM case_records ORDER BY case_id",
          "SELECT id, service_id FROM complaint_letters ORDER BY id",
          "SELECT id, name, service_id FROM surveys ORDER BY id",
          "SELECT id, department_id FROM audits ORDER BY id",
          "SELECT id, service_id, case_id, field, old_value, new_value FROM case_history "
          "ORDER BY id",
          "SELECT id, language, term, target, key, weight FROM lexicon_terms ORDER BY id"})
        all += rows(wb, QString::fromLatin1(sql));
    return all;
}

// A hand-built workbench: two services (APP, REP), two departments (NA, CS)
// and one of everything that points at them.
struct Organisation
{
    Testing::SmallCatalogue c = Testing::smallCatalogue();
    Workbench &wb = *c.workbench;
    qint64 app = c.serviceId;
    qint64 na = c.departmentId;
    qint64 rep = 0;
    qint64 cs = 0;

    Organisation()
    {
        OrganisationService &org = wb.organisation();
        OrgUnit replacement = newService(QStringLiteral("Card replacement"), QStringLiteral("REP"));
        REQUIRE(org.add(replacement).ok());
        rep = replacement.id;
        OrgUnit cardServices = newDepartment(QStringLiteral("Card Services"), QStringLiteral("CS"));
        REQUIRE(org.add(cardServices).ok());
        cs = cardServices.id;

        Standard appStandard = Testing::turnaroundStandard(c, QStringLiteral("APP-T-01"));
        REQUIRE(wb.catalogue().add(appStandard).isEmpty());
        Standard repStandard = Testing::turnaroundStandard(c, QStringLiteral("REP-T-01"));
        repStandard.serviceId = rep;
        repStandard.departmentId = cs;
        REQUIRE(wb.catalogue().add(repStandard).isEmpty());

        const QString cases = QStringLiteral(
            "INSERT INTO case_records (service_id, case_id, received_at, department_id) "
            "VALUES (?, ?, 20240102, ?)");
        exec(wb, cases, {app, QStringLiteral("C1"), na});
        exec(wb, cases, {app, QStringLiteral("C2"), cs});
        exec(wb, cases, {rep, QStringLiteral("C3"), na});

        const QString letters =
            QStringLiteral("INSERT INTO complaint_letters (id, channel, body, content_hash, "
                           "service_id) VALUES (?, 'letter', ?, ?, ?)");
        exec(wb, letters, {1, QStringLiteral("one"), QStringLiteral("h1"), app});
        exec(wb, letters, {2, QStringLiteral("two"), QStringLiteral("h2"), rep});
        exec(wb, letters, {3, QStringLiteral("three"), QStringLiteral("h3"), QVariant()});

        exec(wb, QStringLiteral("INSERT INTO surveys (id, name, service_id) VALUES (?, ?, ?)"),
             {1, QStringLiteral("Applicants"), app});
        exec(wb, QStringLiteral("INSERT INTO surveys (id, name, service_id) VALUES (?, ?, ?)"),
             {2, QStringLiteral("Everyone"), QVariant()});

        exec(wb, QStringLiteral("INSERT INTO audit_templates (id, name) VALUES (1, 'Counter')"));
        const QString audits = QStringLiteral("INSERT INTO audits (id, template_id, "
                                              "department_id, audited_on) VALUES (?, 1, ?, ?)");
        exec(wb, audits, {1, na, QStringLiteral("2024-01-10")});
        exec(wb, audits, {2, cs, QStringLiteral("2024-01-11")});

        // C1 moved from Card Services to New Accounts; C3 from APP to REP.
        const QString history = QStringLiteral(
            "INSERT INTO case_history (id, service_id, case_id, import_batch, field, old_value, "
            "new_value) VALUES (?, ?, ?, 2, ?, ?, ?)");
        exec(wb, history,
             {1, app, QStringLiteral("C1"), QStringLiteral("department"), QString::number(cs),
              QString::number(na)});
        exec(wb, history,
             {2, rep, QStringLiteral("C3"), QStringLiteral("service"), QString::number(app),
              QString::number(rep)});

        const QString terms = QStringLiteral("INSERT INTO lexicon_terms (id, language, term, "
                                             "target, key) VALUES (?, 'en', ?, 'service', ?)");
        exec(wb, terms, {1, QStringLiteral("application"), QStringLiteral("APP")});
        exec(wb, terms, {2, QStringLiteral("card"), QStringLiteral("APP")});
        exec(wb, terms, {3, QStringLiteral("card"), QStringLiteral("REP")});
    }

    OrgUnit service(qint64 id) { return *wb.organisation().unit(OrgUnitKind::Service, id); }
    OrgUnit department(qint64 id) { return *wb.organisation().unit(OrgUnitKind::Department, id); }
};

} // namespace

TEST_CASE("a new service's code is the initials of its name, numbered when taken", "[organisation]")
{
    auto wb = Testing::memoryWorkbench();
    OrganisationService &org = wb->organisation();
    // Hand-derived: C(ard) R(eplacement); then C(ustomer) R(elations) finds
    // CR taken and becomes CR2; one word gives its first letter.
    CHECK(org.suggestedCode(OrgUnitKind::Service, QStringLiteral("Card replacement")) ==
          QStringLiteral("CR"));
    OrgUnit first = newService(QStringLiteral("Card replacement"));
    REQUIRE(org.add(first).ok());
    CHECK(first.code == QStringLiteral("CR"));
    CHECK(first.id > 0);
    OrgUnit second = newService(QStringLiteral("Customer relations"));
    REQUIRE(org.add(second).ok());
    CHECK(second.code == QStringLiteral("CR2"));
    OrgUnit third = newService(QStringLiteral("billing"));
    REQUIRE(org.add(third).ok());
    CHECK(third.code == QStringLiteral("B"));
    // A code the analyst writes is kept as written.
    OrgUnit own = newDepartment(QStringLiteral("New Accounts"), QStringLiteral("NACC"));
    REQUIRE(org.add(own).ok());
    CHECK(wb->departments().byId(own.id)->code == QStringLiteral("NACC"));
    CHECK(org.units(OrgUnitKind::Service).size() == 3);
    CHECK(org.units(OrgUnitKind::Department).size() == 1);
}

TEST_CASE("a code or a name another service has is refused with a message naming it",
          "[organisation]")
{
    auto wb = Testing::memoryWorkbench();
    OrganisationService &org = wb->organisation();
    OrgUnit replacement = newService(QStringLiteral("Card replacement"), QStringLiteral("REP"));
    REQUIRE(org.add(replacement).ok());

    OrgUnit sameCode = newService(QStringLiteral("Repayments"), QStringLiteral("rep"));
    const StorageResult codeTaken = org.add(sameCode);
    REQUIRE_FALSE(codeTaken.ok());
    CHECK(codeTaken.error() ==
          QStringLiteral("The service Card replacement already has the code REP; codes must be "
                         "unique."));
    OrgUnit sameName = newService(QStringLiteral("card Replacement"), QStringLiteral("CR"));
    CHECK(org.add(sameName).error() ==
          QStringLiteral("Another service is already called Card replacement (REP)."));
    OrgUnit spaced = newService(QStringLiteral("Billing"), QStringLiteral("BI L"));
    CHECK(org.add(spaced).error().contains(QStringLiteral("has a space")));
    OrgUnit unnamed = newService(QStringLiteral("  "), QStringLiteral("X"));
    CHECK(org.add(unnamed).error() == QStringLiteral("A service needs a name."));
    CHECK(wb->services().all().size() == 1);

    // A department may share a service's code: they are separate lists.
    OrgUnit department = newDepartment(QStringLiteral("Replacements"), QStringLiteral("REP"));
    CHECK(org.add(department).ok());
}

TEST_CASE("renaming a service changes its name and code and the lexicon follows the code",
          "[organisation]")
{
    Organisation o;
    OrganisationService &org = o.wb.organisation();
    QSignalSpy changed(&org, &OrganisationService::unitsChanged);
    OrgUnit app = o.service(o.app);
    app.name = QStringLiteral("Account opening");
    app.code = QStringLiteral("AO");
    REQUIRE(org.update(app).ok());
    CHECK(changed.size() == 1);
    CHECK(o.wb.services().byId(o.app)->name == QStringLiteral("Account opening"));
    CHECK(o.wb.services().byCode(QStringLiteral("AO"))->id == o.app);
    CHECK(rows(o.wb, QStringLiteral("SELECT id, key FROM lexicon_terms ORDER BY id")) ==
          QStringList{QStringLiteral("1|AO"), QStringLiteral("2|AO"), QStringLiteral("3|REP")});
    // Standards point at the service by id, so they follow without a write.
    CHECK(o.wb.catalogue().standard(1)->serviceId == o.app);

    OrgUnit clash = app;
    clash.code = QStringLiteral("REP");
    CHECK_FALSE(org.update(clash).ok());
    CHECK(o.wb.services().byId(o.app)->code == QStringLiteral("AO"));
}

TEST_CASE("a retired service is kept with everything that names it and can be restored",
          "[organisation]")
{
    Organisation o;
    OrganisationService &org = o.wb.organisation();
    OrgUnit app = o.service(o.app);
    const OrgUnitUsage before = org.usage(app);
    // By hand: one standard, two cases (C1, C2), one letter, one survey.
    CHECK(before.standards == 1);
    CHECK(before.cases == 2);
    CHECK(before.letters == 1);
    CHECK(before.surveys == 1);
    app.retired = true;
    REQUIRE(org.update(app).ok());
    CHECK(o.wb.services().byId(o.app)->retired);
    CHECK(org.units(OrgUnitKind::Service).size() == 2);
    CHECK(org.usage(app).total() == before.total());
    app.retired = false;
    REQUIRE(org.update(app).ok());
    CHECK_FALSE(o.wb.services().byId(o.app)->retired);

    OrgUnit cs = o.department(o.cs);
    cs.retired = true;
    REQUIRE(org.update(cs).ok());
    CHECK(o.wb.departments().byId(o.cs)->retired);
}

TEST_CASE("a service in use cannot be removed, an unused one can", "[organisation]")
{
    Organisation o;
    OrganisationService &org = o.wb.organisation();
    CHECK(org.remove(o.service(o.app)).error().contains(QStringLiteral("is in use")));
    OrgUnit spare = newService(QStringLiteral("Spare"));
    REQUIRE(org.add(spare).ok());
    REQUIRE(org.remove(spare).ok());
    CHECK_FALSE(org.unit(OrgUnitKind::Service, spare.id));
}

TEST_CASE("merging a service points everything at the other and undo puts each row back",
          "[organisation]")
{
    Organisation o;
    OrganisationService &org = o.wb.organisation();
    const QStringList before = snapshot(o.wb);
    OrgUnitMerge done;
    REQUIRE(org.merge(o.service(o.app), o.service(o.rep), &done).ok());

    const QString rep = QString::number(o.rep);
    CHECK_FALSE(o.wb.services().byId(o.app));
    CHECK(rows(o.wb, QStringLiteral("SELECT code, service_id FROM standards ORDER BY code")) ==
          QStringList{QStringLiteral("APP-T-01|") + rep, QStringLiteral("REP-T-01|") + rep});
    CHECK(rows(o.wb, QStringLiteral("SELECT case_id, service_id FROM case_records "
                                    "ORDER BY case_id")) ==
          QStringList{QStringLiteral("C1|") + rep, QStringLiteral("C2|") + rep,
                      QStringLiteral("C3|") + rep});
    CHECK(rows(o.wb, QStringLiteral("SELECT id, service_id FROM complaint_letters ORDER BY id")) ==
          QStringList{QStringLiteral("1|") + rep, QStringLiteral("2|") + rep,
                      QStringLiteral("3|NULL")});
    CHECK(rows(o.wb, QStringLiteral("SELECT id, service_id FROM surveys ORDER BY id")) ==
          QStringList{QStringLiteral("1|") + rep, QStringLiteral("2|NULL")});
    // History: C1's row is filed under REP now; C3's move from APP reads as from REP.
    CHECK(rows(o.wb, QStringLiteral("SELECT id, service_id, old_value, new_value FROM "
                                    "case_history WHERE field = 'service' OR service_id <> 0 "
                                    "ORDER BY id")) ==
          QStringList{QStringLiteral("1|%1|%2|%3").arg(rep).arg(o.cs).arg(o.na),
                      QStringLiteral("2|%1|%1|%1").arg(rep)});
    // "application" moved to REP; APP's "card" went, REP's own stays.
    CHECK(rows(o.wb, QStringLiteral("SELECT id, term, key FROM lexicon_terms ORDER BY id")) ==
          QStringList{QStringLiteral("1|application|REP"), QStringLiteral("3|card|REP")});
    // A file's foreign keys can be off while rows are written; a server's
    // are always checked.
    if (!Testing::testsRunOnServer())
        CHECK(rows(o.wb, QStringLiteral("PRAGMA foreign_key_check")).isEmpty());
    CHECK(done.serviceRows.caseIds == QStringList{QStringLiteral("C1"), QStringLiteral("C2")});

    REQUIRE(org.unmerge(done).ok());
    CHECK(snapshot(o.wb) == before);
}

TEST_CASE("merging two services that hold the same case id is refused and changes nothing",
          "[organisation]")
{
    Organisation o;
    exec(o.wb,
         QStringLiteral("INSERT INTO case_records (service_id, case_id, received_at) "
                        "VALUES (?, 'C1', 20240105)"),
         {o.rep});
    const QStringList before = snapshot(o.wb);
    const StorageResult merged =
        o.wb.organisation().merge(o.service(o.app), o.service(o.rep), nullptr);
    REQUIRE_FALSE(merged.ok());
    CHECK(merged.error().contains(QStringLiteral("both hold case C1")));
    CHECK(merged.error().contains(QStringLiteral("1 case id(s) are shared")));
    CHECK(snapshot(o.wb) == before);
}

TEST_CASE("merging a department moves its standards, cases, audits and history and undo "
          "restores them",
          "[organisation]")
{
    Organisation o;
    OrganisationService &org = o.wb.organisation();
    const QStringList before = snapshot(o.wb);
    QSignalSpy changed(&org, &OrganisationService::unitsChanged);
    OrgUnitMerge done;
    REQUIRE(org.merge(o.department(o.na), o.department(o.cs), &done).ok());
    CHECK(changed.size() == 1);

    const QString cs = QString::number(o.cs);
    CHECK_FALSE(o.wb.departments().byId(o.na));
    CHECK(rows(o.wb, QStringLiteral("SELECT department_id FROM standards ORDER BY id")) ==
          QStringList{cs, cs});
    CHECK(rows(o.wb, QStringLiteral("SELECT department_id FROM case_records ORDER BY case_id")) ==
          QStringList{cs, cs, cs});
    CHECK(rows(o.wb, QStringLiteral("SELECT department_id FROM audits ORDER BY id")) ==
          QStringList{cs, cs});
    CHECK(rows(o.wb, QStringLiteral("SELECT old_value, new_value FROM case_history WHERE "
                                    "field = 'department'")) ==
          QStringList{cs + QLatin1Char('|') + cs});
    if (!Testing::testsRunOnServer()) // see the service merge above
        CHECK(rows(o.wb, QStringLiteral("PRAGMA foreign_key_check")).isEmpty());

    REQUIRE(org.unmerge(done).ok());
    CHECK(snapshot(o.wb) == before);
}

TEST_CASE("a service cannot be merged into itself or into a department", "[organisation]")
{
    Organisation o;
    OrganisationService &org = o.wb.organisation();
    CHECK_FALSE(org.merge(o.service(o.app), o.service(o.app)).ok());
    CHECK_FALSE(org.merge(o.service(o.app), o.department(o.cs)).ok());
    CHECK(o.wb.services().byId(o.app));
}

TEST_CASE("the schema keeps whether a service or department is retired",
          "[organisation][migrations][sqlite-only]")
{
    auto wb = Testing::memoryWorkbench();
    CHECK(rows(*wb, QStringLiteral("SELECT name FROM pragma_table_info('services') "
                                   "WHERE name = 'retired'")) ==
          QStringList{QStringLiteral("retired")});
    CHECK(rows(*wb, QStringLiteral("SELECT name FROM pragma_table_info('departments') "
                                   "WHERE name = 'retired'")) ==
          QStringList{QStringLiteral("retired")});
}

TEST_CASE("a new dimension gets a lower-case key from its name and keeps it when renamed",
          "[organisation]")
{
    auto wb = Testing::memoryWorkbench();
    OrganisationService &org = wb->organisation();
    OrgUnit access{OrgUnitKind::Dimension, 0, {}, QStringLiteral("Ease of access"), {}, false};
    REQUIRE(org.add(access).ok());
    // By hand: lower case, the words joined by "_".
    CHECK(access.code == QStringLiteral("ease_of_access"));
    const std::optional<Dimension> stored = wb->dimensions().byId(access.id);
    REQUIRE(stored);
    CHECK(stored->key == QStringLiteral("ease_of_access"));
    CHECK_FALSE(stored->inCardCase);
    CHECK_FALSE(stored->servqualWeight);
    CHECK(org.suggestedCode(OrgUnitKind::Dimension, QStringLiteral("Ease of  access!")) ==
          QStringLiteral("ease_of_access_2"));

    OrgUnit taken{OrgUnitKind::Dimension,   0,  QStringLiteral("ease_of_access"),
                  QStringLiteral("Access"), {}, false};
    CHECK(org.add(taken).error() ==
          QStringLiteral("The dimension Ease of access already has the key ease_of_access; keys "
                         "must be unique."));

    OrgUnit renamed = access;
    renamed.name = QStringLiteral("Accessibility");
    REQUIRE(org.update(renamed).ok());
    CHECK(wb->dimensions().byId(access.id)->name == QStringLiteral("Accessibility"));
    renamed.code = QStringLiteral("accessibility");
    CHECK(org.update(renamed).error().contains(QStringLiteral("keeps its key (ease_of_access)")));
    CHECK(wb->dimensions().byId(access.id)->key == QStringLiteral("ease_of_access"));
    CHECK_FALSE(org.merge(access, access).ok());
}

TEST_CASE("a dimension a standard names is in use and cannot be removed", "[organisation]")
{
    Organisation o;
    OrganisationService &org = o.wb.organisation();
    const OrgUnit timeliness = *org.unit(OrgUnitKind::Dimension, o.c.dimensionId);
    // By hand: both standards of the fixture are about timeliness.
    CHECK(org.usage(timeliness).standards == 2);
    CHECK(org.remove(timeliness).error() == QStringLiteral("The dimension Timeliness is in use."));
    OrgUnit spare{OrgUnitKind::Dimension, 0, {}, QStringLiteral("Courtesy"), {}, false};
    REQUIRE(org.add(spare).ok());
    CHECK(org.usage(spare).total() == 0);
    REQUIRE(org.remove(spare).ok());
    CHECK_FALSE(o.wb.dimensions().byId(spare.id));
}

TEST_CASE("merging a dimension moves its standards, letter labels, survey items and terms, and "
          "undo puts each row back",
          "[organisation]")
{
    Organisation o;
    OrganisationService &org = o.wb.organisation();
    const qint64 timeliness = o.c.dimensionId;
    OrgUnit promptness{OrgUnitKind::Dimension, 0, {}, QStringLiteral("Promptness"), {}, false};
    REQUIRE(org.add(promptness).ok());
    const qint64 prompt = promptness.id;
    // Promptness has a SERVQUAL weight of its own, which an undo must bring back.
    exec(o.wb, QStringLiteral("UPDATE dimensions SET servqual_weight = 0.2 WHERE id = ?"),
         {prompt});
    // REP-T-01 is about promptness. Letter 1 is labelled promptness only;
    // letter 2 timeliness first (0.8) and promptness second (0.4).
    exec(o.wb, QStringLiteral("UPDATE standards SET dimension_id = ? WHERE code = 'REP-T-01'"),
         {prompt});
    exec(o.wb, QStringLiteral("UPDATE complaint_letters SET primary_dimension_id = ? WHERE id = 1"),
         {prompt});
    exec(o.wb, QStringLiteral("UPDATE complaint_letters SET primary_dimension_id = ? WHERE id = 2"),
         {timeliness});
    const QString label = QStringLiteral("INSERT INTO letter_dimensions (letter_id, dimension_id, "
                                         "rank, confidence) VALUES (?, ?, ?, ?)");
    exec(o.wb, label, {1, prompt, 0, 0.9});
    exec(o.wb, label, {2, timeliness, 0, 0.8});
    exec(o.wb, label, {2, prompt, 1, 0.4});
    exec(o.wb,
         QStringLiteral("INSERT INTO survey_items (id, survey_id, code, dimension_id) "
                        "VALUES (1, 1, 'Q1', ?)"),
         {prompt});
    // "late" is promptness's alone; "slow" both dimensions'.
    const QString term = QStringLiteral("INSERT INTO lexicon_terms (id, language, term, target, "
                                        "key) VALUES (?, 'en', ?, 'dimension', ?)");
    exec(o.wb, term, {10, QStringLiteral("late"), QStringLiteral("promptness")});
    exec(o.wb, term, {11, QStringLiteral("slow"), QStringLiteral("promptness")});
    exec(o.wb, term, {12, QStringLiteral("slow"), QStringLiteral("timeliness")});
    const auto dimensionRows = [&o] {
        QStringList all;
        for (const char *sql :
             {"SELECT id, key, name, in_card_case, servqual_weight FROM dimensions ORDER BY id",
              "SELECT code, dimension_id FROM standards ORDER BY code",
              "SELECT id, primary_dimension_id FROM complaint_letters ORDER BY id",
              "SELECT letter_id, dimension_id, rank, confidence FROM letter_dimensions "
              "ORDER BY letter_id, dimension_id",
              "SELECT id, code, dimension_id FROM survey_items ORDER BY id",
              "SELECT id, language, term, target, key, weight FROM lexicon_terms ORDER BY id"})
            all += rows(o.wb, QString::fromLatin1(sql));
        return all;
    };
    const QStringList before = dimensionRows();
    // By hand: one standard, two letters, one survey name promptness.
    const OrgUnitUsage usage = org.usage(promptness);
    CHECK(usage.standards == 1);
    CHECK(usage.letters == 2);
    CHECK(usage.surveys == 1);

    QSignalSpy changed(&org, &OrganisationService::unitsChanged);
    OrgUnitMerge done;
    const OrgUnit into = *org.unit(OrgUnitKind::Dimension, timeliness);
    REQUIRE(org.merge(promptness, into, &done).ok());
    CHECK(changed.size() == 1);
    const QString t = QString::number(timeliness);
    CHECK_FALSE(o.wb.dimensions().byId(prompt));
    CHECK(rows(o.wb, QStringLiteral("SELECT code, dimension_id FROM standards ORDER BY code")) ==
          QStringList{QStringLiteral("APP-T-01|") + t, QStringLiteral("REP-T-01|") + t});
    CHECK(rows(o.wb, QStringLiteral("SELECT id, primary_dimension_id FROM complaint_letters "
                                    "WHERE id < 3 ORDER BY id")) ==
          QStringList{QStringLiteral("1|") + t, QStringLiteral("2|") + t});
    // Letter 1's label moved; letter 2 keeps its own timeliness label (0.8,
    // first), its promptness label gone rather than doubled.
    CHECK(rows(o.wb, QStringLiteral("SELECT letter_id, dimension_id, rank, confidence FROM "
                                    "letter_dimensions ORDER BY letter_id")) ==
          QStringList{QStringLiteral("1|%1|0|0.9").arg(t), QStringLiteral("2|%1|0|0.8").arg(t)});
    CHECK(rows(o.wb, QStringLiteral("SELECT code, dimension_id FROM survey_items")) ==
          QStringList{QStringLiteral("Q1|") + t});
    CHECK(rows(o.wb, QStringLiteral("SELECT id, term, key FROM lexicon_terms WHERE target = "
                                    "'dimension' ORDER BY id")) ==
          QStringList{QStringLiteral("10|late|timeliness"), QStringLiteral("12|slow|timeliness")});
    if (!Testing::testsRunOnServer()) // see the service merge above
        CHECK(rows(o.wb, QStringLiteral("PRAGMA foreign_key_check")).isEmpty());

    REQUIRE(org.unmerge(done).ok());
    CHECK(dimensionRows() == before);
    CHECK(o.wb.dimensions().byId(prompt)->servqualWeight == 0.2);
}
