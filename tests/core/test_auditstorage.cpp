// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "audits/auditmeasurements.h"
#include "catchqt.h"
#include "testsupport.h"

using namespace Yardstick;

namespace {

AuditTemplate telephoneChecklist()
{
    AuditTemplate t;
    t.name = QStringLiteral("Telephone service behaviour");
    t.description = QStringLiteral("Mystery calls");
    AuditItem greet;
    greet.code = QStringLiteral("GREET");
    greet.text = QStringLiteral("Greets the customer");
    AuditItem prompt;
    prompt.code = QStringLiteral("PROMPT");
    prompt.text = QStringLiteral("Answers promptly");
    prompt.weight = 2;
    AuditItem attitude;
    attitude.code = QStringLiteral("ATTITUDE");
    attitude.text = QStringLiteral("Attitude");
    attitude.scaleMax = 10;
    t.items = {greet, prompt, attitude};
    return t;
}

Audit auditOf(const AuditTemplate &t, qint64 department, QDate on, QList<double> ratings)
{
    Audit a;
    a.templateId = t.id;
    a.departmentId = department;
    a.auditedOn = on;
    a.auditor = QStringLiteral("M. Chan");
    a.subject = QStringLiteral("Desk 3");
    for (qsizetype i = 0; i < ratings.size() && i < t.items.size(); ++i)
        a.ratings.append({t.items[i].id, ratings[i]});
    return a;
}

} // namespace

TEST_CASE("an audit checklist is stored with its items in order", "[audits][storage]")
{
    const auto catalogue = Testing::smallCatalogue();
    AuditRepository &repo = catalogue.workbench->audits();
    AuditTemplate t = telephoneChecklist();
    REQUIRE(repo.insertTemplate(t).ok());
    CHECK(t.id > 0);
    REQUIRE(t.items.size() == 3);
    CHECK(t.items[2].id > 0);
    CHECK(t.items[2].templateId == t.id);
    CHECK(t.items[2].position == 2);

    const QList<AuditTemplate> all = repo.templates();
    REQUIRE(all.size() == 1);
    CHECK(all.first() == t);
    CHECK(repo.findTemplateByName(QStringLiteral("Telephone service behaviour")) == t);
    CHECK_FALSE(repo.findTemplateByName(QStringLiteral("Nope")));
    CHECK(repo.findTemplate(t.id)->items[1].weight == 2);
}

TEST_CASE("two checklists cannot share a name", "[audits][storage]")
{
    const auto catalogue = Testing::smallCatalogue();
    AuditTemplate first = telephoneChecklist();
    AuditTemplate second = telephoneChecklist();
    REQUIRE(catalogue.workbench->audits().insertTemplate(first).ok());
    CHECK_FALSE(catalogue.workbench->audits().insertTemplate(second).ok());
    CHECK(second.id == 0);
    CHECK(catalogue.workbench->audits().templates().size() == 1);
}

TEST_CASE("updating a checklist matches items by id and drops the missing ones",
          "[audits][storage]")
{
    const auto catalogue = Testing::smallCatalogue();
    AuditRepository &repo = catalogue.workbench->audits();
    AuditTemplate t = telephoneChecklist();
    REQUIRE(repo.insertTemplate(t).ok());
    Audit a = auditOf(t, catalogue.departmentId, QDate(2025, 3, 3), {4, 3, 8});
    REQUIRE(repo.insertAudit(a).ok());

    const qint64 greetId = t.items[0].id;
    const qint64 attitudeId = t.items[2].id;
    // Drop PROMPT, reword GREET, move ATTITUDE first, swap their codes, add INFO.
    AuditTemplate edited = t;
    edited.name = QStringLiteral("Telephone behaviour");
    edited.items = {t.items[2], t.items[0]};
    edited.items[0].code = QStringLiteral("GREET");
    edited.items[1].code = QStringLiteral("ATTITUDE");
    edited.items[1].text = QStringLiteral("Greets the caller by name");
    AuditItem info;
    info.code = QStringLiteral("INFO");
    info.text = QStringLiteral("Gives correct information");
    edited.items.append(info);
    REQUIRE(repo.updateTemplate(edited).ok());
    CHECK(edited.items[2].id > 0);

    const AuditTemplate stored = *repo.findTemplate(t.id);
    CHECK(stored.name == QLatin1String("Telephone behaviour"));
    REQUIRE(stored.items.size() == 3);
    CHECK(stored.items[0].id == attitudeId);
    CHECK(stored.items[0].code == QLatin1String("GREET"));
    CHECK(stored.items[1].id == greetId);
    CHECK(stored.items[1].text == QLatin1String("Greets the caller by name"));
    CHECK(stored.items[2].code == QLatin1String("INFO"));
    // The dropped item's rating went with it; the kept ones stay.
    const Audit reread = *repo.findAudit(a.id);
    REQUIRE(reread.ratings.size() == 2);
    CHECK(reread.ratings[0] == AuditRating{attitudeId, 8});
    CHECK(reread.ratings[1] == AuditRating{greetId, 4});
}

TEST_CASE("an item of another checklist cannot be smuggled into an update", "[audits][storage]")
{
    const auto catalogue = Testing::smallCatalogue();
    AuditRepository &repo = catalogue.workbench->audits();
    AuditTemplate one = telephoneChecklist();
    AuditTemplate other = telephoneChecklist();
    other.name = QStringLiteral("Other");
    REQUIRE(repo.insertTemplate(one).ok());
    REQUIRE(repo.insertTemplate(other).ok());
    AuditTemplate edited = one;
    edited.name = QStringLiteral("Renamed");
    edited.items.append(other.items[0]);
    CHECK_FALSE(repo.updateTemplate(edited).ok());
    CHECK(repo.findTemplate(one.id)->name == one.name); // rolled back
}

TEST_CASE("audits are stored with their ratings and read back by date", "[audits][storage]")
{
    auto catalogue = Testing::smallCatalogue();
    AuditRepository &repo = catalogue.workbench->audits();
    AuditTemplate t = telephoneChecklist();
    REQUIRE(repo.insertTemplate(t).ok());
    Audit later = auditOf(t, catalogue.departmentId, QDate(2025, 4, 1), {5, 5});
    later.note = QStringLiteral("Busy morning");
    Audit earlier = auditOf(t, catalogue.departmentId, QDate(2025, 3, 1), {3, 4, 7});
    REQUIRE(repo.insertAudit(later).ok());
    REQUIRE(repo.insertAudit(earlier).ok());

    const QList<Audit> all = repo.audits();
    REQUIRE(all.size() == 2);
    CHECK(all[0] == earlier);
    CHECK(all[1] == later);
    CHECK(all[1].ratings.size() == 2); // ATTITUDE unrated: absent
    CHECK(repo.auditsOf(t.id) == all);
    CHECK(repo.auditsOf(t.id + 1).isEmpty());

    later.ratings = {{t.items[2].id, 9}};
    later.subject = QStringLiteral("Desk 4");
    REQUIRE(repo.updateAudit(later).ok());
    CHECK(*repo.findAudit(later.id) == later);

    REQUIRE(repo.removeAudit(earlier.id).ok());
    CHECK(repo.audits() == QList<Audit>{later});
}

TEST_CASE("a failing audit in a batch stores none of the batch", "[audits][storage]")
{
    auto catalogue = Testing::smallCatalogue();
    AuditRepository &repo = catalogue.workbench->audits();
    AuditTemplate t = telephoneChecklist();
    REQUIRE(repo.insertTemplate(t).ok());
    QList<Audit> batch = {auditOf(t, catalogue.departmentId, QDate(2025, 3, 1), {3}),
                          auditOf(t, catalogue.departmentId, QDate(2025, 3, 2), {-1})};
    CHECK_FALSE(repo.insertAudits(batch).ok()); // a negative rating breaks the CHECK
    CHECK(repo.audits().isEmpty());
    CHECK(batch[0].id == 0);

    Audit foreign = auditOf(t, catalogue.departmentId, QDate(2025, 3, 1), {});
    foreign.ratings = {{t.items[0].id + 1000, 3}};
    CHECK_FALSE(repo.insertAudit(foreign).ok()); // not an item of its checklist
    CHECK(repo.audits().isEmpty());
}

TEST_CASE("removing a checklist removes its audits and feeds", "[audits][storage]")
{
    auto catalogue = Testing::smallCatalogue();
    Workbench &workbench = *catalogue.workbench;
    AuditTemplate t = telephoneChecklist();
    REQUIRE(workbench.audits().insertTemplate(t).ok());
    Audit a = auditOf(t, catalogue.departmentId, QDate(2025, 3, 1), {3, 3, 3});
    REQUIRE(workbench.audits().insertAudit(a).ok());
    Standard s = Testing::turnaroundStandard(catalogue, QStringLiteral("INQ-A-01"));
    REQUIRE(workbench.standardRepository().insert(s).ok());
    REQUIRE(workbench.audits().setFeed({s.id, t.id, PeriodKind::Month}).ok());

    REQUIRE(workbench.audits().removeTemplate(t.id).ok());
    CHECK(workbench.audits().templates().isEmpty());
    CHECK(workbench.audits().audits().isEmpty());
    CHECK(workbench.audits().feeds().isEmpty());
}

TEST_CASE("an audit feed is set, replaced and removed per standard", "[audits][storage]")
{
    auto catalogue = Testing::smallCatalogue();
    Workbench &workbench = *catalogue.workbench;
    AuditTemplate t = telephoneChecklist();
    REQUIRE(workbench.audits().insertTemplate(t).ok());
    Standard s = Testing::turnaroundStandard(catalogue, QStringLiteral("INQ-A-01"));
    REQUIRE(workbench.standardRepository().insert(s).ok());

    REQUIRE(workbench.audits().setFeed({s.id, t.id, PeriodKind::Month}).ok());
    REQUIRE(workbench.audits().setFeed({s.id, t.id, PeriodKind::Quarter}).ok());
    CHECK(workbench.audits().feeds() == QList<AuditFeed>{{s.id, t.id, PeriodKind::Quarter}});
    REQUIRE(workbench.audits().removeFeed(s.id).ok());
    CHECK(workbench.audits().feeds().isEmpty());
}

TEST_CASE("refreshing audit measurements replaces only the audits' own measurements",
          "[audits][storage]")
{
    auto catalogue = Testing::smallCatalogue();
    Workbench &workbench = *catalogue.workbench;
    AuditTemplate t = telephoneChecklist();
    REQUIRE(workbench.audits().insertTemplate(t).ok());
    Department other{0, QStringLiteral("OTH"), QStringLiteral("Other department")};
    REQUIRE(workbench.departments().insert(other).ok());
    Standard s = Testing::turnaroundStandard(catalogue, QStringLiteral("INQ-A-01"));
    s.metric = Metric::AuditScore;
    s.direction = Direction::HigherIsBetter;
    s.unit = QStringLiteral("%");
    REQUIRE(workbench.standardRepository().insert(s).ok());
    REQUIRE(workbench.audits().setFeed({s.id, t.id, PeriodKind::Month}).ok());

    // A hand-entered measurement of the same standard must survive.
    QList<Measurement> manual = {
        {0, s.id, QDate(2024, 1, 1), QDate(2024, 1, 31), 50, 3, QStringLiteral("manual")}};
    REQUIRE(workbench.measurements().insertMany(manual).ok());

    // Standard's department, March: GREET 4/5, PROMPT 3/5, ATTITUDE 8/10 →
    // (1·0.8 + 2·0.6 + 1·0.8) / 4 = 2.8 / 4 = 70; and GREET 5/5 alone → 100.
    // Mean (70 + 100) / 2 = 85 over 2 audits. The other department's audit
    // (all zero) stays out of the standard's measurement.
    QList<Audit> audits = {auditOf(t, catalogue.departmentId, QDate(2025, 3, 3), {4, 3, 8}),
                           auditOf(t, catalogue.departmentId, QDate(2025, 3, 20), {5}),
                           auditOf(t, other.id, QDate(2025, 3, 21), {0, 0, 0})};
    REQUIRE(workbench.audits().insertAudits(audits).ok());
    REQUIRE(refreshAuditMeasurements(workbench).ok());
    REQUIRE(refreshAuditMeasurements(workbench).ok()); // twice: still one of each

    const QList<Measurement> stored = workbench.measurements().forStandard(s.id);
    REQUIRE(stored.size() == 2);
    CHECK(stored[0].source == QLatin1String("manual"));
    CHECK(stored[1].source == QLatin1String("staff audits"));
    CHECK(stored[1].periodStart == QDate(2025, 3, 1));
    CHECK(stored[1].periodEnd == QDate(2025, 3, 31));
    CHECK(stored[1].value == Approx(85.0));
    CHECK(stored[1].sampleSize == 2);

    // Deleting the audits and refreshing takes the computed measurement away.
    for (const Audit &a : std::as_const(audits))
        REQUIRE(workbench.audits().removeAudit(a.id).ok());
    REQUIRE(refreshAuditMeasurements(workbench).ok());
    CHECK(workbench.measurements().forStandard(s.id).size() == 1);
}
