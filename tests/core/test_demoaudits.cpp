// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "audits/auditscore.h"
#include "catchqt.h"
#include "demo/demoaudits.h"
#include "demo/democatalogue.h"
#include "demo/demoreferencedata.h"
#include "demo/demostory.h"
#include "testsupport.h"

using namespace Yardstick;

namespace {

// The demo's reference data, catalogue and staff audits, without the cases
// and letters the audits do not need (those take a while to simulate).
struct AuditDemo
{
    std::unique_ptr<Workbench> workbench = Testing::memoryWorkbench();
    DemoReferenceData reference;
    QList<DemoStandard> plan;
};

AuditDemo &auditDemo()
{
    static std::unique_ptr<AuditDemo> demo;
    if (!demo) {
        demo = std::make_unique<AuditDemo>();
        REQUIRE(demo->reference.insertInto(*demo->workbench).ok());
        demo->plan = DemoCatalogue::build(demo->reference);
        QList<Standard> standards;
        for (const DemoStandard &d : std::as_const(demo->plan))
            standards.append(d.standard);
        REQUIRE(demo->workbench->standardRepository().insertMany(standards).ok());
        for (qsizetype i = 0; i < demo->plan.size(); ++i)
            demo->plan[i].standard.id = standards.at(i).id;
        const StorageResult r = DemoAudits::apply(*demo->workbench, demo->plan);
        INFO(r.error().toStdString());
        REQUIRE(r.ok());
        qAddPostRoutine([] { demo.reset(); });
    }
    return *demo;
}

Standard standardTitled(Workbench &workbench, const char *title)
{
    for (const Standard &s : workbench.standardRepository().all())
        if (s.title == QLatin1String(title))
            return s;
    FAIL("no standard " << title);
    return {};
}

AuditTemplate checklistNamed(Workbench &workbench, const char *name)
{
    const std::optional<AuditTemplate> found =
        workbench.audits().findTemplateByName(QLatin1String(name));
    INFO(name);
    REQUIRE(found);
    return *found;
}

double meanValue(const QList<Measurement> &series, QDate from, QDate until)
{
    double sum = 0;
    int n = 0;
    for (const Measurement &m : series)
        if (m.periodStart >= from && m.periodStart < until) {
            sum += m.value;
            ++n;
        }
    REQUIRE(n > 0);
    return sum / n;
}

} // namespace

TEST_CASE("the demo has two behaviour checklists rating the behaviours customers mention",
          "[demo][audits]")
{
    Workbench &workbench = *auditDemo().workbench;
    for (const char *name : {"Application desk behaviour", "Telephone service behaviour"}) {
        const AuditTemplate checklist = checklistNamed(workbench, name);
        QStringList codes;
        for (const AuditItem &item : checklist.items) {
            codes.append(item.code);
            CHECK(item.scaleMax == 5);
            CHECK(item.weight > 0);
            CHECK_FALSE(item.text.isEmpty());
        }
        for (const char *code : {"GREET", "PROMPT", "INFO", "ATTITUDE"})
            CHECK(codes.contains(QLatin1String(code)));
        CHECK(codes.size() >= 5);
    }
}

TEST_CASE("the demo's behaviour-checklist standards are fed monthly from their own checklist",
          "[demo][audits]")
{
    AuditDemo &demo = auditDemo();
    Workbench &workbench = *demo.workbench;
    const QList<AuditFeed> feeds = workbench.audits().feeds();
    REQUIRE(feeds.size() == 2);
    const std::pair<const char *, const char *> pairs[] = {
        {"Application desk behaviour checklist score", "Application desk behaviour"},
        {"Telephone service behaviour checklist score", "Telephone service behaviour"}};
    for (const auto &[title, checklistName] : pairs) {
        INFO(title);
        const Standard s = standardTitled(workbench, title);
        const AuditTemplate checklist = checklistNamed(workbench, checklistName);
        CHECK(std::count(feeds.cbegin(), feeds.cend(),
                         AuditFeed{s.id, checklist.id, PeriodKind::Month}) == 1);
        const QList<Measurement> series = workbench.measurements().forStandard(s.id);
        // Three years of months: 2023-01 to 2025-12.
        CHECK(series.size() == 36);
        for (const Measurement &m : series) {
            REQUIRE(m.source == QLatin1String("staff audits"));
            REQUIRE(m.periodStart.day() == 1);
            REQUIRE(m.periodEnd == m.periodStart.addMonths(1).addDays(-1));
            // Three to five audits a month in the standard's own department.
            REQUIRE(m.sampleSize);
            REQUIRE(*m.sampleSize >= 1);
            REQUIRE(*m.sampleSize <= 5);
            REQUIRE(m.value >= 20);
            REQUIRE(m.value <= 100);
        }
    }
}

TEST_CASE("the demo's behaviour scores are weak before the programme and meet the target after",
          "[demo][audits]")
{
    Workbench &workbench = *auditDemo().workbench;
    for (const char *title : {"Application desk behaviour checklist score",
                              "Telephone service behaviour checklist score"}) {
        INFO(title);
        const Standard s = standardTitled(workbench, title);
        const QList<Measurement> series = workbench.measurements().forStandard(s.id);
        // Before: a mean rating of about 3.7 of 5, about 74%, under the
        // threshold of 85.
        const double before = meanValue(series, QDate(2023, 1, 1), DemoStory::programmeStart());
        CHECK(before < s.threshold());
        CHECK(before > 60);
        // After the ramp and before the telephones slip (2025-01 to 2025-08):
        // about 4.7 of 5, clear of the target of 90.
        const double after = meanValue(series, QDate(2025, 1, 1), QDate(2025, 9, 1));
        CHECK(after >= s.target());
    }
}

TEST_CASE("in the demo, answering promptly slips on the telephones in the last months",
          "[demo][audits]")
{
    Workbench &workbench = *auditDemo().workbench;
    const AuditTemplate phones = checklistNamed(workbench, "Telephone service behaviour");
    const QList<Audit> audits = workbench.audits().auditsOf(phones.id);
    const Period december{QDate(2025, 12, 1), QDate(2025, 12, 31)};
    const QList<AuditItemResult> results =
        auditItemResults(phones, audits, PeriodKind::Month, december);
    const QList<AuditItemResult> slipping = slippingBehaviours(results);
    REQUIRE_FALSE(slipping.isEmpty());
    CHECK(slipping.first().item.code == QLatin1String("PROMPT"));
    // A mean of about 4 of 5 against about 4.7: some 14 points down.
    CHECK(*slipping.first().drop > 8);

    // The application desk's prompt answering holds up.
    const AuditTemplate desk = checklistNamed(workbench, "Application desk behaviour");
    const QList<AuditItemResult> deskResults =
        auditItemResults(desk, workbench.audits().auditsOf(desk.id), PeriodKind::Quarter,
                         {QDate(2025, 10, 1), QDate(2025, 12, 31)});
    for (const AuditItemResult &r : deskResults)
        if (r.item.code == QLatin1String("PROMPT"))
            CHECK_FALSE(r.slipping);
}

TEST_CASE("the demo audits are the same on every run", "[demo][audits]")
{
    Workbench &workbench = *auditDemo().workbench;
    const AuditTemplate phones = checklistNamed(workbench, "Telephone service behaviour");
    const QList<qint64> departments = {auditDemo().reference.departmentId(QStringLiteral("CSV"))};
    const QList<Audit> once = DemoAudits::simulate(phones, departments);
    CHECK(once.size() > 100);
    CHECK(DemoAudits::simulate(phones, departments) == once);
}
