// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "catchqt.h"
#include "importtestsupport.h"
#include "testsupport.h"
#include "usecases/auditservice.h"

#include <QSignalSpy>
#include <QTemporaryDir>

using namespace Yardstick;
using namespace Qt::StringLiterals;

namespace {

// The small catalogue's department NA, a checklist GREET (1..5, weight 1),
// PROMPT (1..5, weight 2), ATTITUDE (0..10, weight 1) and an audit-score
// standard fed from it by month.
struct AuditBench
{
    Testing::SmallCatalogue catalogue = Testing::smallCatalogue();
    AuditTemplate checklist;
    Standard standard;
    QTemporaryDir dir;

    AuditBench()
    {
        checklist.name = u"Telephone service behaviour"_s;
        checklist.items = {{0, 0, u"GREET"_s, u"Greets the customer"_s, 5, 1, 0},
                           {0, 0, u"PROMPT"_s, u"Answers promptly"_s, 5, 2, 1},
                           {0, 0, u"ATTITUDE"_s, u"Attitude"_s, 10, 1, 2}};
        REQUIRE(service().addChecklist(checklist).ok());
        standard = Testing::turnaroundStandard(catalogue, u"INQ-A-01"_s);
        standard.metric = Metric::AuditScore;
        standard.direction = Direction::HigherIsBetter;
        standard.unit = u"%"_s;
        // Its targets need not pass the catalogue's checks here.
        REQUIRE(wb().standardRepository().insert(standard).ok());
        REQUIRE(service().setFeed({standard.id, checklist.id, PeriodKind::Month}).ok());
    }
    Workbench &wb() { return *catalogue.workbench; }
    AuditService &service() { return wb().auditService(); }
    qint64 itemId(const QString &code) const
    {
        for (const AuditItem &item : checklist.items)
            if (item.code == code)
                return item.id;
        return 0;
    }
    Audit audit(QDate on, const QList<std::pair<QString, double>> &ratings)
    {
        Audit a;
        a.templateId = checklist.id;
        a.departmentId = catalogue.departmentId;
        a.auditedOn = on;
        for (const auto &[code, rating] : ratings)
            a.ratings.append({itemId(code), rating});
        return a;
    }
    QList<Measurement> measurements() { return wb().measurements().forStandard(standard.id); }
};

} // namespace

TEST_CASE("recording and deleting audits refresh the audit feeds in the same action",
          "[audits][service]")
{
    AuditBench b;
    QSignalSpy measurementsChanged(&b.service(), &AuditService::measurementsChanged);
    // GREET 4/5 = 0.8 (weight 1), PROMPT 3/5 = 0.6 (weight 2):
    // 100 x (0.8 + 1.2) / 3 = 66.67.
    Audit first = b.audit(QDate(2025, 3, 3), {{u"GREET"_s, 4}, {u"PROMPT"_s, 3}});
    REQUIRE(b.service().recordAudit(first).ok());
    CHECK(first.id > 0);
    QList<Measurement> stored = b.measurements();
    REQUIRE(stored.size() == 1);
    CHECK(stored[0].periodStart == QDate(2025, 3, 1));
    CHECK(stored[0].periodEnd == QDate(2025, 3, 31));
    CHECK(stored[0].value == Approx(200.0 / 3.0));
    CHECK(stored[0].sampleSize == 1);
    CHECK(measurementsChanged.count() == 1);

    // Every item at its maximum scores 100; March's mean is
    // (66.67 + 100) / 2 = 83.33 over two audits.
    Audit second =
        b.audit(QDate(2025, 3, 10), {{u"GREET"_s, 5}, {u"PROMPT"_s, 5}, {u"ATTITUDE"_s, 10}});
    REQUIRE(b.service().recordAudit(second).ok());
    stored = b.measurements();
    REQUIRE(stored.size() == 1);
    CHECK(stored[0].value == Approx((200.0 / 3.0 + 100.0) / 2.0));
    CHECK(stored[0].sampleSize == 2);

    REQUIRE(b.service().deleteAudit(second.id).ok());
    stored = b.measurements();
    REQUIRE(stored.size() == 1);
    CHECK(stored[0].value == Approx(200.0 / 3.0));
    CHECK(stored[0].sampleSize == 1);

    REQUIRE(b.service().deleteAudit(first.id).ok());
    CHECK(b.measurements().isEmpty());
    CHECK(measurementsChanged.count() == 4);
}

TEST_CASE("an audit recorded again after its deletion is back with its measurement",
          "[audits][service]")
{
    // Undo of a delete records the audit again.
    AuditBench b;
    Audit audit = b.audit(QDate(2025, 4, 2), {{u"GREET"_s, 5}});
    REQUIRE(b.service().recordAudit(audit).ok());
    const qint64 firstId = audit.id;
    REQUIRE(b.service().deleteAudit(firstId).ok());
    CHECK_FALSE(b.service().audit(firstId));
    CHECK(b.measurements().isEmpty());
    REQUIRE(b.service().recordAudit(audit).ok());
    // The id handed back names the stored audit (SQLite may reuse the old
    // one).
    const std::optional<Audit> again = b.service().audit(audit.id);
    REQUIRE(again);
    CHECK(again->auditedOn == QDate(2025, 4, 2));
    // GREET 5/5 alone: 100.
    const QList<Measurement> stored = b.measurements();
    REQUIRE(stored.size() == 1);
    CHECK(stored[0].value == Approx(100.0));
}

TEST_CASE("an audit import refreshes the audit feeds, a failed one keeps nothing",
          "[audits][service]")
{
    AuditBench b;
    const QByteArray header = "audit,department,audited_on,auditor,subject,item,rating\n";
    QSignalSpy auditsChanged(&b.service(), &AuditService::auditsChanged);
    ImportOptions options;
    // A rating of 9 on a 1..5 item: all or nothing, so nothing.
    ImportSummary failed = b.service().importAudits(
        Testing::writeFixture(b.dir, u"bad.csv"_s,
                              header + "A1,NA,2025-03-03,,,GREET,4\nA1,NA,2025-03-03,,,PROMPT,9\n"),
        b.checklist.id, options);
    CHECK_FALSE(failed.committed);
    CHECK(b.service().auditsOf(b.checklist.id).isEmpty());
    CHECK(b.measurements().isEmpty());
    CHECK(auditsChanged.count() == 0);

    // A1: GREET 4/5, PROMPT 3/5 -> 66.67; A2: ATTITUDE 5/10 -> 50.
    // March: (66.67 + 50) / 2 = 58.33 over two audits.
    const ImportSummary imported = b.service().importAudits(
        Testing::writeFixture(b.dir, u"good.csv"_s,
                              header + "A1,NA,2025-03-03,,,GREET,4\nA1,NA,2025-03-03,,,PROMPT,3\n"
                                       "A2,NA,2025-03-20,,,ATTITUDE,5\n"),
        b.checklist.id, options);
    REQUIRE(imported.committed);
    CHECK(b.service().auditsOf(b.checklist.id).size() == 2);
    const QList<Measurement> stored = b.measurements();
    REQUIRE(stored.size() == 1);
    CHECK(stored[0].value == Approx((200.0 / 3.0 + 50.0) / 2.0));
    CHECK(stored[0].sampleSize == 2);
    CHECK(auditsChanged.count() == 1);
}

TEST_CASE("editing a checklist rescores the audit feeds", "[audits][service]")
{
    AuditBench b;
    Audit audit = b.audit(QDate(2025, 3, 3), {{u"GREET"_s, 4}, {u"PROMPT"_s, 3}});
    REQUIRE(b.service().recordAudit(audit).ok());
    // PROMPT's weight from 2 to 1: 100 x (0.8 + 0.6) / 2 = 70.
    AuditTemplate edited = b.checklist;
    edited.items[1].weight = 1;
    REQUIRE(b.service().updateChecklist(edited).ok());
    const QList<Measurement> stored = b.measurements();
    REQUIRE(stored.size() == 1);
    CHECK(stored[0].value == Approx(70.0));
}
