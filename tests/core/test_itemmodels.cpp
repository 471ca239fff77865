// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "catchqt.h"
#include "itemmodels/itemroles.h"
#include "itemmodels/measurementtablemodel.h"
#include "itemmodels/rolefilterproxymodel.h"
#include "itemmodels/standardtablemodel.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>

using namespace Yardstick;

namespace {

using Testing::ModelComplaints;

QStringList codesInOrder(const QAbstractItemModel &model)
{
    QStringList codes;
    for (int row = 0; row < model.rowCount(); ++row)
        codes.append(model.index(row, StandardTableModel::CodeColumn).data().toString());
    return codes;
}

} // namespace

TEST_CASE("the standards table model follows every catalogue change", "[itemmodels]")
{
    Testing::SmallCatalogue c = Testing::smallCatalogue();
    StandardCatalogue &catalogue = c.workbench->catalogue();
    Standard first = Testing::turnaroundStandard(c, QStringLiteral("APP-T-01"));
    REQUIRE(catalogue.add(first).isEmpty());

    ModelComplaints complaints;
    StandardTableModel model(catalogue, ReferenceData::load(*c.workbench));
    QAbstractItemModelTester tester(&model,
                                    QAbstractItemModelTester::FailureReportingMode::Warning);
    REQUIRE(model.rowCount() == 1);
    CHECK(model.index(0, StandardTableModel::ServiceColumn).data() ==
          QStringLiteral("Application processing"));
    CHECK(model.index(0, StandardTableModel::TargetColumn).data(SortRole) == 15.0);
    // The target reads as the rule with its unit, as on the scorecard.
    CHECK(model.index(0, StandardTableModel::TargetColumn).data() == QStringLiteral("≤ 15 days"));
    CHECK(model.index(0, StandardTableModel::TitleColumn).data(Qt::ToolTipRole) == first.rationale);
    CHECK(model.index(0, 0).data(StandardIdRole) == first.id);
    CHECK(model.index(0, 0).data(ServiceIdRole) == c.serviceId);

    Standard second = Testing::turnaroundStandard(c, QStringLiteral("APP-T-02"));
    REQUIRE(catalogue.add(second).isEmpty());
    CHECK(model.rowCount() == 2);

    second.title = QStringLiteral("Median application processing time");
    REQUIRE(catalogue.update(second).isEmpty());
    CHECK(model.index(model.rowOf(second.id), StandardTableModel::TitleColumn).data() ==
          QStringLiteral("Median application processing time"));

    REQUIRE(catalogue.remove(first.id).isEmpty());
    CHECK(model.rowCount() == 1);
    CHECK(model.rowOf(first.id) == -1);
    CHECK(complaints.messages().isEmpty());
}

TEST_CASE("the standards proxy filters by role and text and sorts numbers as numbers",
          "[itemmodels]")
{
    Testing::SmallCatalogue c = Testing::smallCatalogue();
    Service cards{0, QStringLiteral("REP"), QStringLiteral("Card replacement"), {}};
    REQUIRE(c.workbench->services().insert(cards).ok());
    StandardCatalogue &catalogue = c.workbench->catalogue();
    // Targets 9, 15 and 100: as text "100" < "15" < "9"; as numbers the reverse.
    const double targets[] = {15, 9, 100};
    const char *codes[] = {"APP-T-01", "APP-T-02", "REP-T-01"};
    for (int i = 0; i < 3; ++i) {
        Standard s = Testing::turnaroundStandard(c, QLatin1String(codes[i]));
        s.revisions.last().target = targets[i];
        s.revisions.last().threshold = targets[i] + 5;
        if (i == 2) {
            s.serviceId = cards.id;
            s.title = QStringLiteral("Mean card replacement time");
            s.status = StandardStatus::Retired;
            s.retiredOn = QDate(2025, 1, 1);
        }
        REQUIRE(catalogue.add(s).isEmpty());
    }
    ModelComplaints complaints;
    StandardTableModel model(catalogue, ReferenceData::load(*c.workbench));
    RoleFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy,
                                    QAbstractItemModelTester::FailureReportingMode::Warning);

    proxy.sort(StandardTableModel::TargetColumn, Qt::AscendingOrder);
    CHECK(codesInOrder(proxy) == QStringList{QStringLiteral("APP-T-02"), QStringLiteral("APP-T-01"),
                                             QStringLiteral("REP-T-01")});

    proxy.setRoleFilter(ServiceIdRole, cards.id);
    CHECK(codesInOrder(proxy) == QStringList{QStringLiteral("REP-T-01")});
    proxy.setRoleFilter(ServiceIdRole, QVariant());
    CHECK(proxy.rowCount() == 3);

    proxy.setRoleFilter(StatusRole, int(StandardStatus::Active));
    CHECK(proxy.rowCount() == 2);
    proxy.setRoleFilter(StatusRole, QVariant());

    proxy.setTextFilter(QStringLiteral("card repl"),
                        {StandardTableModel::CodeColumn, StandardTableModel::TitleColumn});
    CHECK(codesInOrder(proxy) == QStringList{QStringLiteral("REP-T-01")});
    proxy.setTextFilter(QStringLiteral("app-t"), {StandardTableModel::CodeColumn});
    CHECK(proxy.rowCount() == 2);
    CHECK(complaints.messages().isEmpty());
}

TEST_CASE("the measurements model shows each value with its standard and unit", "[itemmodels]")
{
    Testing::SmallCatalogue c = Testing::smallCatalogue();
    Standard s = Testing::turnaroundStandard(c, QStringLiteral("APP-T-01"));
    REQUIRE(c.workbench->catalogue().add(s).isEmpty());
    QList<Measurement> measurements = {
        {0, s.id, QDate(2024, 1, 1), QDate(2024, 1, 7), 34.5, 180, QStringLiteral("ops")},
        {0, s.id, QDate(2024, 1, 8), QDate(2024, 1, 14), 9.25, std::nullopt, {}}};
    REQUIRE(c.workbench->measurements().insertMany(measurements).ok());

    ModelComplaints complaints;
    MeasurementTableModel model;
    QAbstractItemModelTester tester(&model,
                                    QAbstractItemModelTester::FailureReportingMode::Warning);
    model.setMeasurements(c.workbench->measurements().all(), c.workbench->catalogue().standards());
    REQUIRE(model.rowCount() == 2);
    CHECK(model.index(0, MeasurementTableModel::StandardColumn).data() ==
          QStringLiteral("APP-T-01"));
    CHECK(model.index(0, MeasurementTableModel::UnitColumn).data() == QStringLiteral("days"));
    CHECK(model.index(0, MeasurementTableModel::ValueColumn).data(SortRole) == 34.5);
    CHECK(model.index(0, MeasurementTableModel::ValueColumn).data() == QStringLiteral("34.5"));
    CHECK(model.index(1, MeasurementTableModel::SampleSizeColumn).data().toString().isEmpty());
    CHECK(model.index(1, 0).data(StandardIdRole) == s.id);
    CHECK(model.flags(model.index(0, 0)).testFlag(Qt::ItemIsEditable) == false);

    RoleFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.sort(MeasurementTableModel::ValueColumn, Qt::AscendingOrder);
    CHECK(proxy.index(0, MeasurementTableModel::ValueColumn).data(SortRole) == 9.25);
    CHECK(complaints.messages().isEmpty());
}
