// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "catchqt.h"
#include "itemmodels/audititemmodel.h"
#include "itemmodels/auditlistmodel.h"
#include "itemmodels/auditscoremodel.h"
#include "itemmodels/itemroles.h"
#include "itemmodels/servqualdimensionmodel.h"
#include "itemmodels/servqualitemmodel.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QLocale>

using namespace Yardstick;
using namespace Qt::StringLiterals;
using Testing::ModelComplaints;

namespace {

QString shown(double value, int decimals = 2)
{
    return QLocale().toString(value, 'f', decimals);
}

ItemResult item(const QString &code, const QString &dimension, std::optional<double> importance,
                std::optional<double> performance, std::optional<ImportanceQuadrant> quadrant)
{
    ItemResult r;
    r.item = code;
    r.dimensionKey = dimension;
    r.text = u"Question "_s + code;
    r.n = 10;
    r.gap = -0.5;
    r.importance = importance;
    r.performance = performance;
    r.quadrant = quadrant;
    return r;
}

// A wave of 12 respondents: reliability gap -1.2 (weight 0.6), tangibles
// +0.3 (weight 0.4); weighted 0.6 x -1.2 + 0.4 x 0.3 = -0.6.
ServqualResult wave()
{
    ServqualResult result;
    result.wave = u"2025-Q1"_s;
    result.respondents = 12;
    DimensionGap reliability;
    reliability.dimensionId = 7;
    reliability.key = u"reliability"_s;
    reliability.name = u"Reliability"_s;
    reliability.n = 12;
    reliability.expectation = 6.5;
    reliability.perception = 5.3;
    reliability.gap = -1.2;
    reliability.sd = 0.9;
    reliability.ciLow = -1.77;
    reliability.ciHigh = -0.63;
    reliability.weight = 0.6;
    DimensionGap tangibles;
    tangibles.dimensionId = 8;
    tangibles.key = u"tangibles"_s;
    tangibles.name = u"Tangibles"_s;
    tangibles.n = 1;
    tangibles.expectation = 5;
    tangibles.perception = 5.3;
    tangibles.gap = 0.3;
    tangibles.weight = 0.4;
    result.dimensions = {reliability, tangibles};
    result.weightedGap = -0.6;
    // Survey order A, B, C, D.
    result.items = {item(u"A"_s, u"reliability"_s, 6, 4, ImportanceQuadrant::ConcentrateHere),
                    item(u"B"_s, u"tangibles"_s, 6.5, 6, ImportanceQuadrant::KeepUp),
                    item(u"C"_s, u"tangibles"_s, std::nullopt, 5, std::nullopt),
                    item(u"D"_s, u"reliability"_s, 6.5, 5, ImportanceQuadrant::ConcentrateHere)};
    return result;
}

} // namespace

TEST_CASE("the SERVQUAL dimension table has a row per dimension and the weighted gap last",
          "[surveys][itemmodels]")
{
    ModelComplaints complaints;
    ServqualDimensionModel model;
    QAbstractItemModelTester tester(&model,
                                    QAbstractItemModelTester::FailureReportingMode::Warning);
    model.setResult(wave());
    REQUIRE(model.rowCount() == 3);
    REQUIRE(model.columnCount() == 8);
    CHECK(model.headerData(ServqualDimensionModel::GapColumn, Qt::Horizontal) == u"Gap"_s);
    CHECK(model.index(0, ServqualDimensionModel::NameColumn).data() == u"Reliability"_s);
    CHECK(model.index(0, ServqualDimensionModel::GapColumn).data() == shown(-1.2));
    CHECK(model.index(0, ServqualDimensionModel::GapColumn).data(SortRole).toDouble() ==
          Approx(-1.2));
    CHECK(model.index(0, ServqualDimensionModel::IntervalColumn).data() ==
          u"%1 to %2"_s.arg(shown(-1.77), shown(-0.63)));
    CHECK(model.index(0, ServqualDimensionModel::WeightColumn).data().toString() ==
          QString(shown(60, 0) + u"%"_s));
    // A negative gap is a concern, a positive one not; neither is the row's
    // other figures.
    CHECK(model.index(0, ServqualDimensionModel::GapColumn).data(ConcernRole).toBool());
    CHECK_FALSE(model.index(0, ServqualDimensionModel::NameColumn).data(ConcernRole).toBool());
    CHECK_FALSE(model.index(1, ServqualDimensionModel::GapColumn).data(ConcernRole).toBool());
    // One respondent: no spread.
    CHECK(model.index(1, ServqualDimensionModel::SdColumn).data() == u"–"_s);
    CHECK(model.index(2, 0).data(RowKindRole) == u"weighted"_s);
    CHECK(model.index(2, ServqualDimensionModel::NameColumn).data() == u"Weighted"_s);
    CHECK(model.index(2, ServqualDimensionModel::CountColumn).data() == u"12"_s);
    CHECK(model.index(2, ServqualDimensionModel::GapColumn).data() == shown(-0.6));
    CHECK(model.index(2, ServqualDimensionModel::WeightColumn).data() == u"100%"_s);

    ServqualResult unweighted = wave();
    unweighted.weightedGap.reset();
    model.setResult(unweighted);
    CHECK(model.rowCount() == 2);
    model.clear();
    CHECK(model.rowCount() == 0);
    CHECK(complaints.messages().isEmpty());
}

TEST_CASE("the SERVQUAL item table lists the items to improve first", "[surveys][itemmodels]")
{
    ModelComplaints complaints;
    ServqualItemModel model;
    QAbstractItemModelTester tester(&model,
                                    QAbstractItemModelTester::FailureReportingMode::Warning);
    model.setResult(wave());
    // Concentrate here by importance (D 6.5 before A 6), then keep up (B),
    // then the item without importance (C).
    REQUIRE(model.rowCount() == 4);
    QStringList codes;
    for (int row = 0; row < model.rowCount(); ++row)
        codes << model.index(row, ServqualItemModel::ItemColumn).data().toString();
    CHECK(codes == QStringList{u"D"_s, u"A"_s, u"B"_s, u"C"_s});
    CHECK(model.index(0, ServqualItemModel::DimensionColumn).data() == u"Reliability"_s);
    CHECK(model.index(0, ServqualItemModel::QuestionColumn).data(Qt::ToolTipRole) ==
          u"Question D"_s);
    CHECK(model.index(0, ServqualItemModel::QuadrantColumn).data(QuadrantRole) ==
          importanceQuadrantKey(ImportanceQuadrant::ConcentrateHere));
    CHECK(model.index(0, ServqualItemModel::QuadrantColumn).data() ==
          importanceQuadrantDisplayName(ImportanceQuadrant::ConcentrateHere));
    CHECK(model.index(2, ServqualItemModel::QuadrantColumn).data(QuadrantRole) ==
          importanceQuadrantKey(ImportanceQuadrant::KeepUp));
    CHECK_FALSE(model.index(3, ServqualItemModel::QuadrantColumn).data(QuadrantRole).isValid());
    CHECK(model.index(3, ServqualItemModel::QuadrantColumn).data() == u"no importance"_s);
    CHECK(model.index(3, ServqualItemModel::ImportanceColumn).data() == u"–"_s);
    CHECK(complaints.messages().isEmpty());
}

namespace {

// GREET (1..5, weight 1) and PROMPT (1..5, weight 1); departments NA and CS.
struct AuditData
{
    AuditTemplate checklist;
    QList<Department> departments{{1, u"NA"_s, u"New Accounts"_s},
                                  {2, u"CS"_s, u"Card Services"_s},
                                  {3, u"XX"_s, u"Never audited"_s}};
    QList<Audit> audits;

    AuditData()
    {
        checklist.id = 1;
        checklist.name = u"Telephone"_s;
        checklist.items = {{11, 1, u"GREET"_s, u"Greets"_s, 5, 1, 0},
                           {12, 1, u"PROMPT"_s, u"Answers promptly"_s, 5, 1, 1}};
        // NA in February: GREET 5, PROMPT 5 -> 100. March: NA GREET 4,
        // PROMPT 2 -> (0.8 + 0.4) / 2 = 60; CS GREET 3, PROMPT 3 -> 60.
        audits = {audit(101, 1, QDate(2025, 2, 10), 5, 5), audit(102, 1, QDate(2025, 3, 3), 4, 2),
                  audit(103, 2, QDate(2025, 3, 12), 3, 3)};
    }
    static Audit audit(qint64 id, qint64 department, QDate on, double greet, double prompt)
    {
        Audit a;
        a.id = id;
        a.templateId = 1;
        a.departmentId = department;
        a.auditedOn = on;
        a.auditor = u"Kim"_s;
        a.ratings = {{11, greet}, {12, prompt}};
        return a;
    }
};

} // namespace

TEST_CASE("the audit score table has the newest month first and a column per audited "
          "department",
          "[audits][itemmodels]")
{
    ModelComplaints complaints;
    AuditData data;
    AuditScoreModel model;
    QAbstractItemModelTester tester(&model,
                                    QAbstractItemModelTester::FailureReportingMode::Warning);
    model.setAudits(data.checklist, data.audits, data.departments, PeriodKind::Month);
    REQUIRE(model.rowCount() == 2);
    // Month, all, NA, CS: XX has no audit and no column.
    REQUIRE(model.columnCount() == 4);
    CHECK(model.headerData(2, Qt::Horizontal) == u"New Accounts"_s);
    CHECK(model.headerData(3, Qt::Horizontal) == u"Card Services"_s);
    CHECK(model.index(0, 0).data() == u"2025-03"_s);
    // March, all departments: (60 + 60) / 2 = 60 over two audits.
    CHECK(model.index(0, 1).data() == u"%1 (2)"_s.arg(shown(60, 1)));
    CHECK(model.index(0, 2).data() == u"%1 (1)"_s.arg(shown(60, 1)));
    CHECK(model.index(1, 0).data() == u"2025-02"_s);
    CHECK(model.index(1, 2).data() == u"%1 (1)"_s.arg(shown(100, 1)));
    // CS had no audit in February.
    CHECK(model.index(1, 3).data() == QString());
    CHECK(model.periodAt(1) == Period{QDate(2025, 2, 1), QDate(2025, 2, 28)});
    CHECK(model.rowOf(Period{QDate(2025, 3, 1), QDate(2025, 3, 31)}) == 0);
    CHECK(model.departmentAt(1) == 0);
    CHECK(model.departmentAt(3) == 2);
    model.clear();
    CHECK(model.columnCount() == 0);
    CHECK(complaints.messages().isEmpty());
}

TEST_CASE("the audit list shows the audits of the period and department selected",
          "[audits][itemmodels]")
{
    ModelComplaints complaints;
    AuditData data;
    AuditListModel model;
    QAbstractItemModelTester tester(&model,
                                    QAbstractItemModelTester::FailureReportingMode::Warning);
    const Period march{QDate(2025, 3, 1), QDate(2025, 3, 31)};
    model.setAudits(data.checklist, data.audits, data.departments, march, 0);
    REQUIRE(model.rowCount() == 2);
    CHECK(model.auditIdAt(0) == 102);
    CHECK(model.index(1, AuditListModel::DepartmentColumn).data() == u"Card Services"_s);
    CHECK(model.index(0, AuditListModel::ScoreColumn).data() == shown(60, 1));
    CHECK(model.index(0, 0).data(AuditIdRole).toLongLong() == 102);
    model.setAudits(data.checklist, data.audits, data.departments, march, 2);
    REQUIRE(model.rowCount() == 1);
    CHECK(model.auditIdAt(0) == 103);
    CHECK(complaints.messages().isEmpty());
}

TEST_CASE("a slipping behaviour is a concern in every column", "[audits][itemmodels]")
{
    ModelComplaints complaints;
    AuditItemModel model;
    QAbstractItemModelTester tester(&model,
                                    QAbstractItemModelTester::FailureReportingMode::Warning);
    AuditItemResult holding;
    holding.item = {11, 1, u"GREET"_s, u"Greets"_s, 5, 1, 0};
    holding.ratings = 3;
    holding.percent = 80;
    AuditItemResult slipping;
    slipping.item = {12, 1, u"PROMPT"_s, QString(), 5, 1, 1};
    slipping.ratings = 3;
    slipping.percent = 40;
    slipping.previousPercent = 70;
    slipping.drop = 30;
    slipping.slipping = true;
    model.setResults({holding, slipping});
    REQUIRE(model.rowCount() == 2);
    CHECK(model.index(0, AuditItemModel::StatusColumn).data() == u"Holding"_s);
    CHECK_FALSE(model.index(0, 0).data(ConcernRole).toBool());
    // No text: the code stands in.
    CHECK(model.index(1, AuditItemModel::BehaviourColumn).data() == u"PROMPT"_s);
    CHECK(model.index(1, AuditItemModel::StatusColumn).data().toString().contains(QChar(0x25bc)));
    CHECK(model.index(1, AuditItemModel::DropColumn).data() == shown(30, 1));
    for (int column = 0; column < model.columnCount(); ++column)
        CHECK(model.index(1, column).data(ConcernRole).toBool());
    CHECK(complaints.messages().isEmpty());
}
