// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Edits of services, departments, dimensions and surveys made on what
// another analyst changed since are refused, naming who and when, and
// nothing is written over the other's change: on a file (two connections)
// and, in the ctest pass "on PostgreSQL: …", on the test server, where the
// two connections are two sessions.
#include "catchqt.h"
#include "storage/editconflict.h"
#include "testsupport.h"
#include "usecases/auditservice.h"
#include "usecases/organisationservice.h"
#include "usecases/surveyservice.h"

#include <QSignalSpy>
#include <QSqlQuery>

using namespace Yardstick;
using namespace Yardstick::Testing;
using namespace Qt::StringLiterals;

namespace {

OrgUnit added(Workbench &workbench, OrgUnitKind kind, const QString &code, const QString &name)
{
    OrgUnit unit{kind, 0, code, name, QString(), false};
    REQUIRE(workbench.organisation().add(unit).ok());
    return unit;
}

// What the second analyst's editor shows of a unit: read on its own
// connection.
OrgUnit seenBy(Workbench &workbench, const OrgUnit &unit)
{
    const std::optional<OrgUnit> seen = workbench.organisation().unit(unit.kind, unit.id);
    REQUIRE(seen);
    return *seen;
}

// The refusal's fixed words, said whatever the subject.
constexpr auto kNothingSaved = "Nothing was saved over their change"_L1;

// A checklist of one item, scored 1 to 5, weight 1.
AuditTemplate oneItemChecklist(const QString &name)
{
    AuditTemplate checklist;
    checklist.name = name;
    AuditItem greets;
    greets.code = u"GREET"_s;
    greets.text = u"Greets the customer"_s;
    greets.scaleMax = 5;
    greets.weight = 1;
    checklist.items = {greets};
    return checklist;
}

} // namespace

TEST_CASE("The conflict message names who, what, when and what they did", "[editconflict]")
{
    ChangeEntry entry;
    entry.at = QDateTime(QDate(2026, 12, 8), QTime(9, 30), Qt::UTC);
    entry.user = u"lin.wei"_s;
    entry.action = u"merged"_s;
    entry.detail = u"into Card services"_s;
    const QString when = entry.at.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s);
    CHECK(EditConflict::message(u"the service Cards"_s, entry) ==
          u"lin.wei changed the service Cards at "_s + when +
              u" (merged: into Card services) after you started. Nothing was saved over their "
              "change; it is shown now. Make your change again if it is still needed."_s);
    // A plain change says only what changed; no one named: "Someone".
    entry.action = u"changed"_s;
    entry.detail = u"name A → B"_s;
    entry.user.clear();
    CHECK(EditConflict::message(u"the service Cards"_s, entry) ==
          u"Someone changed the service Cards at "_s + when +
              u" (name A → B) after you started. Nothing was saved over their change; it is "
              "shown now. Make your change again if it is still needed."_s);
    // No line in the trail (a workbench from before the trail).
    CHECK(EditConflict::message(u"the survey Follow-up"_s, std::nullopt) ==
          u"Another Yardstick window, yardstick-cli or another analyst changed the survey "
          "Follow-up after you started. Nothing was saved over their change; it is shown now. "
          "Make your change again if it is still needed."_s);
}

TEST_CASE("Renaming a service another analyst renamed since is refused, naming who and when",
          "[editconflict][concurrency]")
{
    TwoConnections analysts = twoConnections();
    const OrgUnit cards = added(*analysts.first, OrgUnitKind::Service, u"CI"_s, u"Card issuance"_s);
    const OrgUnit seenBySecond = seenBy(*analysts.second, cards);

    OrgUnit renamed = cards;
    renamed.name = u"Card services"_s;
    REQUIRE(analysts.first->organisation().update(renamed, cards).ok());

    // The second, on the copy read before, changes the code.
    QSignalSpy reread(&analysts.second->organisation(), &OrganisationService::unitsChanged);
    OrgUnit recoded = seenBySecond;
    recoded.code = u"CARD"_s;
    const StorageResult refused = analysts.second->organisation().update(recoded, seenBySecond);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().startsWith(expectedTrailUser(*analysts.first) +
                                     u" changed the service Card issuance at "_s));
    CHECK(refused.error().contains(u"(name Card issuance → Card services)"_s));
    CHECK(refused.error().contains(kNothingSaved));
    // The views of the second are told to read the services again.
    CHECK(reread.size() == 1);
    // Nothing was written over the rename.
    const std::optional<Service> stored = analysts.second->services().byId(cards.id);
    CHECK(stored->name == u"Card services"_s);
    CHECK(stored->code == u"CI"_s);

    // Made again on what is stored now, the code edit goes through.
    const OrgUnit now = seenBy(*analysts.second, cards);
    recoded = now;
    recoded.code = u"CARD"_s;
    CHECK(analysts.second->organisation().update(recoded, now).ok());
    CHECK(analysts.first->services().byId(cards.id)->code == u"CARD"_s);
}

TEST_CASE("Retiring a department another analyst merged away is refused, naming the merge",
          "[editconflict][concurrency]")
{
    TwoConnections analysts = twoConnections();
    const OrgUnit accounts =
        added(*analysts.first, OrgUnitKind::Department, u"NA"_s, u"New Accounts"_s);
    const OrgUnit operations =
        added(*analysts.first, OrgUnitKind::Department, u"OPS"_s, u"Operations"_s);
    const OrgUnit seenBySecond = seenBy(*analysts.second, accounts);

    REQUIRE(analysts.first->organisation().merge(accounts, operations).ok());

    OrgUnit retired = seenBySecond;
    retired.retired = true;
    const StorageResult refused = analysts.second->organisation().update(retired, seenBySecond);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().startsWith(expectedTrailUser(*analysts.first) +
                                     u" changed the department New Accounts at "_s));
    CHECK(refused.error().contains(u"(merged: into Operations)"_s));
    CHECK_FALSE(analysts.second->departments().byId(accounts.id));
    CHECK_FALSE(analysts.second->departments().byId(operations.id)->retired);
}

TEST_CASE("Merging into a dimension another analyst renamed since is refused",
          "[editconflict][concurrency]")
{
    TwoConnections analysts = twoConnections();
    const OrgUnit courtesy =
        added(*analysts.first, OrgUnitKind::Dimension, u"courtesy"_s, u"Courtesy"_s);
    const OrgUnit politeness =
        added(*analysts.first, OrgUnitKind::Dimension, u"politeness"_s, u"Politeness"_s);
    const OrgUnit fromSeen = seenBy(*analysts.second, courtesy);
    const OrgUnit intoSeen = seenBy(*analysts.second, politeness);

    OrgUnit manners = politeness;
    manners.name = u"Manners"_s;
    REQUIRE(analysts.first->organisation().update(manners, politeness).ok());

    const StorageResult refused = analysts.second->organisation().merge(fromSeen, intoSeen);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().startsWith(expectedTrailUser(*analysts.first) +
                                     u" changed the dimension Politeness at "_s));
    CHECK(refused.error().contains(u"(name Politeness → Manners)"_s));
    // Both are still there, as the first analyst left them.
    CHECK(analysts.second->dimensions().byId(courtesy.id)->name == u"Courtesy"_s);
    CHECK(analysts.second->dimensions().byId(politeness.id)->name == u"Manners"_s);
}

TEST_CASE("Undoing a rename over another analyst's later code edit is refused",
          "[editconflict][concurrency][undo]")
{
    TwoConnections analysts = twoConnections();
    const OrgUnit before =
        added(*analysts.first, OrgUnitKind::Service, u"APP"_s, u"Application processing"_s);
    OrgUnit after = before;
    after.name = u"Applications"_s;
    REQUIRE(analysts.first->organisation().update(after, before).ok());

    // The second analyst gives it a new code.
    const OrgUnit seen = seenBy(*analysts.second, before);
    REQUIRE(seen == after);
    OrgUnit recoded = seen;
    recoded.code = u"APPL"_s;
    REQUIRE(analysts.second->organisation().update(recoded, seen).ok());

    // The first analyst's undo (EditOrgUnitCommand::undo) expects its own
    // result: refused, and both changes stay.
    const StorageResult undo = analysts.first->organisation().update(before, after);
    REQUIRE_FALSE(undo.ok());
    CHECK(undo.error().startsWith(expectedTrailUser(*analysts.second) +
                                  u" changed the service Applications at "_s));
    CHECK(undo.error().contains(u"(code APP → APPL)"_s));
    const std::optional<Service> stored = analysts.first->services().byId(before.id);
    CHECK(stored->name == u"Applications"_s);
    CHECK(stored->code == u"APPL"_s);

    // Undoing the add of a unit another analyst renamed since is refused too.
    const OrgUnit fees = added(*analysts.first, OrgUnitKind::Service, u"FEES"_s, u"Fees"_s);
    const OrgUnit feesSeen = seenBy(*analysts.second, fees);
    OrgUnit charges = feesSeen;
    charges.name = u"Fees and charges"_s;
    REQUIRE(analysts.second->organisation().update(charges, feesSeen).ok());
    const StorageResult unadd = analysts.first->organisation().remove(fees);
    REQUIRE_FALSE(unadd.ok());
    CHECK(unadd.error().contains(u" changed the service Fees at "_s));
    CHECK(analysts.first->services().byId(fees.id)->name == u"Fees and charges"_s);
}

TEST_CASE("Undoing a merge whose target another analyst merged away is refused",
          "[editconflict][concurrency][undo]")
{
    TwoConnections analysts = twoConnections();
    const OrgUnit a = added(*analysts.first, OrgUnitKind::Service, u"A"_s, u"Account opening"_s);
    const OrgUnit b = added(*analysts.first, OrgUnitKind::Service, u"B"_s, u"Branch service"_s);
    const OrgUnit c = added(*analysts.first, OrgUnitKind::Service, u"C"_s, u"Card services"_s);
    OrgUnitMerge done;
    REQUIRE(analysts.first->organisation().merge(a, b, &done).ok());

    // The second analyst merges Branch service into Card services.
    REQUIRE(analysts.second->organisation()
                .merge(seenBy(*analysts.second, b), seenBy(*analysts.second, c))
                .ok());

    const StorageResult undo = analysts.first->organisation().unmerge(done);
    REQUIRE_FALSE(undo.ok());
    CHECK(undo.error().startsWith(expectedTrailUser(*analysts.second) +
                                  u" changed the service Branch service at "_s));
    CHECK(undo.error().contains(u"(merged: into Card services)"_s));
    CHECK_FALSE(analysts.first->services().byId(a.id));
    CHECK_FALSE(analysts.first->services().byId(b.id));
    CHECK(analysts.first->services().byId(c.id));
}

namespace {

// The survey "Follow-up" (items REL1 and TAN1, one wave) on dimensions
// Reliability (SERVQUAL weight 0.32) and Tangibles (0.11), and a
// survey-score standard SQ-REL, on the first analyst's connection.
struct SurveyCase
{
    TwoConnections analysts = twoConnections();
    Dimension reliability{0, u"reliability"_s, u"Reliability"_s, false, 0.32};
    Dimension tangibles{0, u"tangibles"_s, u"Tangibles"_s, false, 0.11};
    Survey survey;
    Standard standard;

    SurveyCase()
    {
        Workbench &first = *analysts.first;
        REQUIRE(first.dimensions().insert(reliability).ok());
        REQUIRE(first.dimensions().insert(tangibles).ok());
        Service service{0, u"APP"_s, u"Application processing"_s, {}};
        REQUIRE(first.services().insert(service).ok());
        Department department{0, u"NA"_s, u"New Accounts"_s};
        REQUIRE(first.departments().insert(department).ok());
        survey.name = u"Follow-up"_s;
        survey.items = {
            {0, 0, u"REL1"_s, u"The card came when promised"_s, reliability.id, std::nullopt, 0},
            {0, 0, u"TAN1"_s, u"The branch looks tidy"_s, tangibles.id, std::nullopt, 1}};
        survey.waves = {
            {0, 0, u"2024-Q1"_s, QDate(2024, 1, 1), QDate(2024, 3, 31), SurveyChannel::Phone}};
        REQUIRE(first.surveyService().saveSurvey(survey).ok());

        standard.code = u"SQ-REL"_s;
        standard.title = u"Reliability as customers see it"_s;
        standard.serviceId = service.id;
        standard.departmentId = department.id;
        standard.dimensionId = reliability.id;
        standard.metric = Metric::SurveyScore;
        standard.statistic = Statistic::mean();
        standard.direction = Direction::HigherIsBetter;
        standard.unit = u"points"_s;
        standard.revisions = {{QDate(2024, 1, 1), -0.5, -1.0, u"Set"_s, {}, {}, {}}};
        REQUIRE(first.catalogue().add(standard).isEmpty());
    }
};

} // namespace

TEST_CASE("Saving a survey another analyst changed since is refused, naming who and when",
          "[editconflict][concurrency][surveys]")
{
    SurveyCase s;
    const std::optional<Survey> seenBySecond = s.analysts.second->surveys().find(s.survey.id);
    REQUIRE(seenBySecond);

    // The first analyst adds a wave.
    const Survey seenByFirst = *s.analysts.first->surveys().find(s.survey.id);
    Survey withWave = seenByFirst;
    withWave.waves.append(
        {0, 0, u"2024-Q2"_s, QDate(2024, 4, 1), QDate(2024, 6, 30), SurveyChannel::Phone});
    REQUIRE(s.analysts.first->surveyService().saveSurvey(withWave, seenByFirst).ok());

    // The second, on the copy read before, rewrites the description; saved,
    // it would have deleted the new wave.
    QSignalSpy reread(&s.analysts.second->surveyService(), &SurveyService::surveysChanged);
    Survey described = *seenBySecond;
    described.description = u"Asked by phone a week after the card arrived"_s;
    const StorageResult refused =
        s.analysts.second->surveyService().saveSurvey(described, *seenBySecond);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().startsWith(expectedTrailUser(*s.analysts.first) +
                                     u" changed the survey Follow-up at "_s));
    CHECK(refused.error().contains(u"(waves: 1 → 2)"_s));
    CHECK(refused.error().contains(kNothingSaved));
    CHECK(reread.size() == 1);
    const Survey stored = *s.analysts.second->surveys().find(s.survey.id);
    CHECK(stored.waves.size() == 2);
    CHECK(stored.description.isEmpty());
    // The refused edit handed out no ids.
    CHECK(described.waves.size() == 1);
}

TEST_CASE("SERVQUAL weights another analyst changed since are not written over",
          "[editconflict][concurrency][surveys]")
{
    SurveyCase s;
    const SurveyService::Weights read = {{s.reliability.id, 0.32}, {s.tangibles.id, 0.11}};
    REQUIRE(s.analysts.first->surveyService()
                .setWeights({{s.reliability.id, 0.4}, {s.tangibles.id, 0.11}}, read)
                .ok());

    // The second analyst's dialog read 0.32 and 0.11 before.
    const StorageResult refused = s.analysts.second->surveyService().setWeights(
        {{s.reliability.id, 0.32}, {s.tangibles.id, 0.2}}, read);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().startsWith(expectedTrailUser(*s.analysts.first) +
                                     u" changed the SERVQUAL weight of Reliability at "_s));
    CHECK(refused.error().contains(u"(SERVQUAL weight 0.32 → 0.4)"_s));
    CHECK(s.analysts.second->dimensions().byId(s.reliability.id)->servqualWeight == 0.4);
    CHECK(s.analysts.second->dimensions().byId(s.tangibles.id)->servqualWeight == 0.11);

    // Only the changed weight has a trail line.
    ChangeLogRepository::Filter filter;
    filter.subject = ChangeSubject::Dimension;
    const QList<ChangeEntry> lines = s.analysts.first->changeLog().entries(filter);
    REQUIRE(lines.size() == 1);
    CHECK(lines.at(0).subjectId == s.reliability.id);
    CHECK(lines.at(0).action == u"weighted"_s);
}

TEST_CASE("A survey feed another analyst set since is not written over",
          "[editconflict][concurrency][surveys]")
{
    SurveyCase s;
    Survey other;
    other.name = u"Branch visit"_s;
    other.items = {
        {0, 0, u"REL1"_s, u"Staff did as promised"_s, s.reliability.id, std::nullopt, 0}};
    REQUIRE(s.analysts.first->surveyService().saveSurvey(other).ok());

    // Both analysts see SQ-REL fed by no survey; the first lets Follow-up
    // feed it, the second then chooses Branch visit.
    REQUIRE(s.analysts.first->surveyService()
                .feedStandard(s.standard.id, s.survey.id, std::nullopt)
                .ok());
    const StorageResult refused =
        s.analysts.second->surveyService().feedStandard(s.standard.id, other.id, std::nullopt);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().startsWith(expectedTrailUser(*s.analysts.first) +
                                     u" changed the survey feeding standard SQ-REL at "_s));
    CHECK(refused.error().contains(u"(survey – → Follow-up)"_s));
    const QList<SurveyFeed> feeds = s.analysts.second->surveys().feeds();
    REQUIRE(feeds.size() == 1);
    CHECK(feeds.at(0) == SurveyFeed{s.standard.id, s.survey.id});

    // Chosen again on what is stored now, it goes through.
    CHECK(
        s.analysts.second->surveyService().feedStandard(s.standard.id, other.id, s.survey.id).ok());
    CHECK(s.analysts.first->surveys().feeds().at(0).surveyId == other.id);
}

TEST_CASE("Editing an audit checklist another analyst changed since is refused, naming who",
          "[editconflict]")
{
    TwoConnections analysts = twoConnections();
    AuditTemplate checklist = oneItemChecklist(u"Phone call"_s);
    REQUIRE(analysts.first->auditService().addChecklist(checklist).ok());

    // Both open the checklist; the second gives the item twice the weight.
    const std::optional<AuditTemplate> seenByFirst =
        analysts.first->audits().findTemplate(checklist.id);
    const std::optional<AuditTemplate> seenBySecond =
        analysts.second->audits().findTemplate(checklist.id);
    REQUIRE(seenBySecond);
    AuditTemplate heavier = *seenBySecond;
    heavier.items[0].weight = 2;
    REQUIRE(analysts.second->auditService().updateChecklist(heavier, seenBySecond).ok());

    // The first renames it on its old copy: refused, the weight stays 2.
    AuditTemplate renamed = *seenByFirst;
    renamed.name = u"Phone call (2027)"_s;
    const StorageResult refused =
        analysts.first->auditService().updateChecklist(renamed, seenByFirst);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().startsWith(expectedTrailUser(*analysts.second) +
                                     u" changed the checklist Phone call at "_s));
    const std::optional<AuditTemplate> stored = analysts.first->audits().findTemplate(checklist.id);
    REQUIRE(stored);
    CHECK(stored->name == u"Phone call"_s);
    CHECK(stored->items.at(0).weight == 2);

    // Made again on what is stored now, it goes through.
    AuditTemplate again = *stored;
    again.name = renamed.name;
    CHECK(analysts.first->auditService().updateChecklist(again, stored).ok());
}

TEST_CASE("An audit feed another analyst set since is not written over", "[editconflict]")
{
    TwoConnections analysts = twoConnections();
    const Standard standard = standardOn(*analysts.first, u"APP-Q-01"_s);
    AuditTemplate phone = oneItemChecklist(u"Phone call"_s);
    AuditTemplate letter = oneItemChecklist(u"Written reply"_s);
    REQUIRE(analysts.first->auditService().addChecklist(phone).ok());
    REQUIRE(analysts.first->auditService().addChecklist(letter).ok());

    // Both editors open with no feed; the second feeds the standard from
    // the phone checklist, then the first from the written replies.
    const QList<AuditFeed> seenByFirst = analysts.first->auditService().feeds();
    const QList<AuditFeed> seenBySecond = analysts.second->auditService().feeds();
    const AuditFeed byPhone{standard.id, phone.id, PeriodKind::Month};
    REQUIRE(analysts.second->auditService().setFeed(byPhone, seenBySecond).ok());
    const StorageResult refused = analysts.first->auditService().setFeed(
        {standard.id, letter.id, PeriodKind::Month}, seenByFirst);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().startsWith(expectedTrailUser(*analysts.second) +
                                     u" changed the checklist feeding standard APP-Q-01 at "_s));
    CHECK(analysts.first->auditService().feeds() == QList<AuditFeed>{byPhone});
}
