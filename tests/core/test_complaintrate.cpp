// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Complaints per 1,000 cases: the letters linked to a standard and received
// in a period, over the cases of its service completed in that period. Every
// expected number is worked out by hand in the comment beside it.
#include "analysis/complaintrate.h"
#include "analysis/scorecard.h"
#include "catchqt.h"
#include "io/scorecardexporter.h"
#include "itemmodels/itemroles.h"
#include "itemmodels/scorecardmodel.h"
#include "testsupport.h"
#include "workbench/compliancedataloader.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Yardstick;

namespace {

Period month(int year, int m)
{
    return periodContaining(PeriodKind::Month, QDate(year, m, 1));
}

CaseFact completedOn(QDate day)
{
    CaseFact fact;
    fact.receivedDay = qint32(day.addDays(-3).toJulianDay());
    fact.completedDay = qint32(day.toJulianDay());
    return fact;
}

} // namespace

TEST_CASE("linked complaints and completed cases are counted in their periods",
          "[complaints][rate]")
{
    ComplianceData data;
    Standard standard;
    standard.id = 7;
    standard.serviceId = 1;
    // January, February and April: March is a gap in the periods.
    const QList<Period> periods = {month(2025, 1), month(2025, 2), month(2025, 4)};
    // 31 Jan -> January; 1 and 28 Feb -> February; 10 Apr -> April;
    // 31 Dec 2024 and 15 Mar fall in no period.
    data.linkedComplaintDays[7] = {QDate(2025, 1, 31), QDate(2025, 2, 1),   QDate(2025, 2, 28),
                                   QDate(2025, 4, 10), QDate(2024, 12, 31), QDate(2025, 3, 15)};
    // Letters linked to another standard count for that one only.
    data.linkedComplaintDays[8] = {QDate(2025, 1, 5)};
    CHECK(linkedComplaintCounts(standard, data, periods) == QList<int>{1, 2, 1});

    // Service 1: 1 Jan, 31 Jan, 31 Jan -> 3 in January; 1 Mar -> none;
    // 30 Apr -> 1 in April. Service 2's case is not service 1's.
    data.completedCasesByService[1] = {
        completedOn(QDate(2025, 1, 1)), completedOn(QDate(2025, 1, 31)),
        completedOn(QDate(2025, 1, 31)), completedOn(QDate(2025, 3, 1)),
        completedOn(QDate(2025, 4, 30))};
    data.completedCasesByService[2] = {completedOn(QDate(2025, 2, 2))};
    CHECK(completedCaseCounts(1, data, periods) == QList<int>{3, 0, 1});
    CHECK(completedCaseCounts(3, data, periods) == QList<int>{0, 0, 0});

    Standard unlinked = standard;
    unlinked.id = 9;
    CHECK(linkedComplaintCounts(unlinked, data, periods) == QList<int>{0, 0, 0});
}

TEST_CASE("complaints per 1,000 cases has no value without cases", "[complaints][rate]")
{
    // 3 / 2,500 x 1,000 = 1.2; 1 / 3 x 1,000 = 333.33...; 0 / 40 = 0.
    CHECK(*complaintsPer1000(3, 2500) == Approx(1.2));
    CHECK(*complaintsPer1000(1, 3) == Approx(333.3333));
    REQUIRE(complaintsPer1000(0, 40).has_value());
    CHECK(*complaintsPer1000(0, 40) == 0.0);
    // No cases: no value, not zero, and not infinity for a letter.
    CHECK_FALSE(complaintsPer1000(0, 0).has_value());
    CHECK_FALSE(complaintsPer1000(2, 0).has_value());
}

namespace {

// A workbench with three services:
//   APP: APP-T-01 and APP-T-02 valued from APP's cases (no measurements);
//   CRD: CRD-T-01 valued from measurements, with CRD cases besides;
//   INQ: INQ-T-01 valued from measurements, INQ cases, no linked letter.
// Measurements end on 2025-03-31, so March 2025 is the scorecard's month.
struct LinkedWorkbench
{
    Testing::SmallCatalogue c;
    Standard appT1;
    Standard appT2;
    Standard crd;
    Standard inq;
    ComplianceData data;

    LinkedWorkbench()
        : c(Testing::smallCatalogue())
    {
        Workbench &wb = *c.workbench;
        Service crdService{0, QStringLiteral("CRD"), QStringLiteral("Card issuance"), {}};
        Service inqService{0, QStringLiteral("INQ"), QStringLiteral("Inquiries"), {}};
        REQUIRE(wb.services().insert(crdService).ok());
        REQUIRE(wb.services().insert(inqService).ok());

        appT1 = Testing::turnaroundStandard(c, QStringLiteral("APP-T-01"));
        appT2 = Testing::turnaroundStandard(c, QStringLiteral("APP-T-02"));
        crd = Testing::turnaroundStandard(c, QStringLiteral("CRD-T-01"));
        crd.serviceId = crdService.id;
        inq = Testing::turnaroundStandard(c, QStringLiteral("INQ-T-01"));
        inq.serviceId = inqService.id;
        for (Standard *s : {&appT1, &appT2, &crd, &inq})
            REQUIRE(wb.catalogue().add(*s).isEmpty());

        QList<Measurement> measurements;
        for (const Standard *s : {&crd, &inq}) {
            for (int m = 1; m <= 3; ++m) {
                const Period p = month(2025, m);
                measurements.append({0, s->id, p.start, p.end, 12, 40, QStringLiteral("test")});
            }
        }
        REQUIRE(wb.measurements().insertMany(measurements).ok());

        using Testing::caseRecord;
        const qint64 app = c.serviceId;
        QList<CaseRecord> cases = {
            // APP: 2 completed in February, 4 in March, one still open.
            caseRecord(app, QStringLiteral("A1"), u"2025-02-01", u"2025-02-10"),
            caseRecord(app, QStringLiteral("A2"), u"2025-02-03", u"2025-02-20"),
            caseRecord(app, QStringLiteral("A3"), u"2025-02-20", u"2025-03-02"),
            caseRecord(app, QStringLiteral("A4"), u"2025-03-01", u"2025-03-10"),
            caseRecord(app, QStringLiteral("A5"), u"2025-03-05", u"2025-03-20"),
            caseRecord(app, QStringLiteral("A6"), u"2025-03-10", u"2025-03-31"),
            caseRecord(app, QStringLiteral("A7"), u"2025-03-20", {}),
            // CRD: 5 completed in March; one in late April, after the last
            // measurement, which must not move the scorecard's month.
            caseRecord(crdService.id, QStringLiteral("C1"), u"2025-03-01", u"2025-03-03"),
            caseRecord(crdService.id, QStringLiteral("C2"), u"2025-03-01", u"2025-03-04"),
            caseRecord(crdService.id, QStringLiteral("C3"), u"2025-03-02", u"2025-03-05"),
            caseRecord(crdService.id, QStringLiteral("C4"), u"2025-03-02", u"2025-03-06"),
            caseRecord(crdService.id, QStringLiteral("C5"), u"2025-03-03", u"2025-03-07"),
            caseRecord(crdService.id, QStringLiteral("C6"), u"2025-04-20", u"2025-04-28"),
            // INQ: cases, but no letter is linked to its standard.
            caseRecord(inqService.id, QStringLiteral("I1"), u"2025-03-01", u"2025-03-03"),
        };
        REQUIRE(wb.cases().insertMany(cases).ok());

        // L1 (5 Mar) -> APP-T-01; L2 (20 Mar) -> APP-T-01 and APP-T-02;
        // L3 (10 Feb) -> APP-T-01; L4 (2 Mar) -> CRD-T-01; L5 (12 Mar) about
        // APP's timeliness but linked to nothing.
        QList<ComplaintLetter> letters;
        const QList<QDate> received = {QDate(2025, 3, 5), QDate(2025, 3, 20), QDate(2025, 2, 10),
                                       QDate(2025, 3, 2), QDate(2025, 3, 12)};
        for (qsizetype i = 0; i < received.size(); ++i) {
            ComplaintLetter letter;
            letter.receivedAt = QDateTime(received.at(i), QTime(10, 0), Qt::UTC);
            letter.text = QStringLiteral("Letter %1: still waiting.").arg(i + 1);
            letter.language = QStringLiteral("en");
            letter.serviceId = app;
            letter.dimensions = {{c.dimensionId, 1.0}};
            letters.append(letter);
        }
        REQUIRE(wb.letters().insertMany(letters).ok());
        const QList<std::pair<int, qint64>> links = {
            {0, appT1.id}, {1, appT1.id}, {1, appT2.id}, {2, appT1.id}, {3, crd.id}};
        for (const auto &[letter, standardId] : links) {
            LetterLink link{0, letters.at(letter).id, standardId, {}};
            REQUIRE(wb.letters().addLink(link).ok());
        }
        data = ComplianceDataLoader::load(wb);
    }

    const ScorecardRow &rowOf(const Scorecard &card, const Standard &standard) const
    {
        for (const ScorecardRow &row : card.rows) {
            if (row.standard.id == standard.id)
                return row;
        }
        FAIL("no row for " << standard.code.toStdString());
        return card.rows.constFirst();
    }
};

} // namespace

TEST_CASE("the loader brings the linked letters and their services' cases",
          "[complaints][rate][loader]")
{
    LinkedWorkbench w;
    const ComplianceData &data = w.data;
    CHECK(data.linkedComplaintDays.value(w.appT1.id) ==
          QList<QDate>{QDate(2025, 3, 5), QDate(2025, 3, 20), QDate(2025, 2, 10)});
    CHECK(data.linkedComplaintDays.value(w.appT2.id) == QList<QDate>{QDate(2025, 3, 20)});
    CHECK(data.linkedComplaintDays.value(w.crd.id) == QList<QDate>{QDate(2025, 3, 2)});
    CHECK_FALSE(data.linkedComplaintDays.contains(w.inq.id));
    // CRD's 6 cases are read for the rate although its standard is valued
    // from measurements; INQ's are not (nothing linked).
    CHECK(data.completedCasesByService.value(w.crd.serviceId).size() == 6);
    CHECK_FALSE(data.completedCasesByService.contains(w.inq.serviceId));
    CHECK(valueSourceOf(w.crd, data) == ValueSource::Measurements);
    // CRD's case completed on 28 April does not extend the data: the last
    // day with data is still the measurements' 31 March.
    CHECK(data.latestDataDay == QDate(2025, 3, 31));
}

TEST_CASE("the scorecard counts complaints per 1,000 cases", "[complaints][rate][scorecard]")
{
    LinkedWorkbench w;
    const Scorecard card = computeScorecard(w.data, ScorecardRequest());
    REQUIRE(card.period == month(2025, 3));

    // APP-T-01 in March: L1 and L2 of 3 linked letters (L3 is February's);
    // APP cases completed in March: A3, A4, A5, A6 = 4. 2 / 4 x 1,000 = 500.
    const ScorecardRow &t1 = w.rowOf(card, w.appT1);
    CHECK(t1.linkedComplaints == 2);
    CHECK(t1.completedCases == 4);
    REQUIRE(t1.complaintsPer1000);
    CHECK(*t1.complaintsPer1000 == Approx(500));
    // APP-T-02: only L2; L5, about the same service and dimension but linked
    // to nothing, does not count. 1 / 4 x 1,000 = 250.
    const ScorecardRow &t2 = w.rowOf(card, w.appT2);
    CHECK(t2.linkedComplaints == 1);
    REQUIRE(t2.complaintsPer1000);
    CHECK(*t2.complaintsPer1000 == Approx(250));
    // CRD-T-01: L4 over CRD's 5 March cases: 1 / 5 x 1,000 = 200.
    const ScorecardRow &crd = w.rowOf(card, w.crd);
    CHECK(crd.completedCases == 5);
    REQUIRE(crd.complaintsPer1000);
    CHECK(*crd.complaintsPer1000 == Approx(200));
    // INQ-T-01: no letter linked to any INQ standard, its cases are not
    // read: no value.
    const ScorecardRow &inq = w.rowOf(card, w.inq);
    CHECK_FALSE(inq.complaintsPer1000.has_value());
    CHECK(inq.linkedComplaints == 0);

    // February: APP-T-01 has L3 over A1, A2 = 1 / 2 x 1,000 = 500; APP-T-02
    // none over 2 cases = 0 (a value: there were cases); CRD had no case
    // completed in February: no value.
    ScorecardRequest february;
    february.at = QDate(2025, 2, 15);
    const Scorecard feb = computeScorecard(w.data, february);
    CHECK(*w.rowOf(feb, w.appT1).complaintsPer1000 == Approx(500));
    REQUIRE(w.rowOf(feb, w.appT2).complaintsPer1000.has_value());
    CHECK(*w.rowOf(feb, w.appT2).complaintsPer1000 == 0.0);
    CHECK_FALSE(w.rowOf(feb, w.crd).complaintsPer1000.has_value());
}

TEST_CASE("a standard's history carries complaints per 1,000 in every period",
          "[complaints][rate][scorecard]")
{
    LinkedWorkbench w;
    // APP-T-01's values come from APP's cases, completed February to March:
    // two rows. February: 1 letter / 2 cases = 500; March: 2 / 4 = 500.
    const QList<ScorecardRow> rows = scorecardHistory(w.appT1, w.data, PeriodKind::Month);
    REQUIRE(rows.size() == 2);
    CHECK(rows.at(0).current.period == month(2025, 2));
    CHECK(rows.at(0).linkedComplaints == 1);
    CHECK(rows.at(0).completedCases == 2);
    CHECK(*rows.at(0).complaintsPer1000 == Approx(500));
    CHECK(rows.at(1).linkedComplaints == 2);
    CHECK(*rows.at(1).complaintsPer1000 == Approx(500));
    // A department's own history has no rate: letters name no department.
    const QList<ScorecardRow> own =
        scorecardHistory(w.appT1, w.data, PeriodKind::Month, w.c.departmentId);
    REQUIRE(own.size() == 2);
    CHECK_FALSE(own.at(1).complaintsPer1000.has_value());
}

TEST_CASE("the scorecard's CSV and JSON add complaints_per_1000", "[complaints][rate][export]")
{
    LinkedWorkbench w;
    const Scorecard card = computeScorecard(w.data, ScorecardRequest());
    const ScorecardExporter exporter(ReferenceData::load(*w.c.workbench), PeriodKind::Month);
    const QList<ScorecardRow> rows = {w.rowOf(card, w.appT1), w.rowOf(card, w.inq)};

    // Added after the existing columns, which keep their places (usual_n,
    // a thin period's usual count, came after it).
    const QStringList columns = ScorecardExporter::columns();
    CHECK(columns.at(columns.size() - 2) == QStringLiteral("complaints_per_1000"));
    CHECK(columns.indexOf(QStringLiteral("trend_change")) == columns.size() - 3);
    const QList<QByteArray> lines = exporter.toCsv(rows).trimmed().split('\n');
    REQUIRE(lines.size() == 3);
    CHECK(lines.at(0).trimmed().endsWith(",trend_change,complaints_per_1000,usual_n"));
    CHECK(lines.at(1).trimmed().endsWith(",500,")); // APP-T-01: 2 / 4 x 1,000; not thin
    CHECK(lines.at(2).trimmed().endsWith(",,"));    // INQ-T-01: no value

    const QJsonArray json = exporter.toJsonArray(rows);
    REQUIRE(json.size() == 2);
    CHECK(json.at(0).toObject().value(QStringLiteral("complaints_per_1000")).toDouble() == 500);
    CHECK(json.at(1).toObject().value(QStringLiteral("complaints_per_1000")).isNull());
    // The table is for people: one decimal, as in the window.
    CHECK(exporter.toTable(rows).contains(QStringLiteral("500.0")));
    CHECK_FALSE(exporter.toTable(rows).contains(QStringLiteral("500.00")));
}

TEST_CASE("the scorecard model shows complaints per 1,000 in a column of its own",
          "[complaints][rate][itemmodels]")
{
    LinkedWorkbench w;
    Testing::ModelComplaints complaints;
    ScorecardModel model;
    QAbstractItemModelTester tester(&model);
    model.setScorecard(computeScorecard(w.data, ScorecardRequest()),
                       ReferenceData::load(*w.c.workbench));
    using M = ScorecardModel;
    CHECK(model.headerData(M::ComplaintsColumn, Qt::Horizontal).toString() ==
          QStringLiteral("Complaints per 1,000"));
    const QModelIndex t1 = model.indexOf(w.appT1.id, M::ComplaintsColumn);
    const QModelIndex t2 = model.indexOf(w.appT2.id, M::ComplaintsColumn);
    const QModelIndex inq = model.indexOf(w.inq.id, M::ComplaintsColumn);
    REQUIRE(t1.isValid());
    // 500 and 250 (see above); one decimal, as every rate.
    CHECK(t1.data().toString() == QStringLiteral("500.0"));
    CHECK(t1.data(SortRole).toDouble() == 500);
    CHECK(t2.data().toString() == QStringLiteral("250.0"));
    CHECK(t1.data(Qt::ToolTipRole).toString().contains(QStringLiteral("over 4 cases")));
    // Letters are linked in this workbench, but the service completed no
    // case: nothing to divide by, a dash.
    CHECK(inq.data().toString() == QStringLiteral("–"));
    CHECK_FALSE(inq.data(SortRole).isValid());
    // The columns around it keep their meaning.
    CHECK(model.index(t1.row(), M::CodeColumn).data() == QStringLiteral("APP-T-01"));
    CHECK(complaints.messages().isEmpty());
}
