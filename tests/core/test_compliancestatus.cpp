// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/compliancestatus.h"
#include "catchqt.h"

using namespace Yardstick;

TEST_CASE("status keys round-trip", "[status]")
{
    CHECK(complianceStatusKey(ComplianceStatus::Met) == QStringLiteral("met"));
    CHECK(complianceStatusKey(ComplianceStatus::AtRisk) == QStringLiteral("at_risk"));
    CHECK(complianceStatusKey(ComplianceStatus::Breached) == QStringLiteral("breached"));
    CHECK(complianceStatusKey(ComplianceStatus::NoData) == QStringLiteral("no_data"));
    for (ComplianceStatus status : {ComplianceStatus::Met, ComplianceStatus::AtRisk,
                                    ComplianceStatus::Breached, ComplianceStatus::NoData})
        CHECK(complianceStatusFromKey(complianceStatusKey(status)) == status);
    CHECK_FALSE(complianceStatusFromKey(u"ok"));
    CHECK_FALSE(complianceStatusFromKey(u"at risk"));
}

TEST_CASE("lower is better: within 15 days, threshold 20", "[status]")
{
    const auto status = [](std::optional<double> value) {
        return complianceStatusOf(Direction::LowerIsBetter, value, 15, 20);
    };
    CHECK(status(12) == ComplianceStatus::Met);
    CHECK(status(15) == ComplianceStatus::Met); // equal to the target is met
    CHECK(status(15.1) == ComplianceStatus::AtRisk);
    CHECK(status(20) == ComplianceStatus::AtRisk); // equal to the threshold is at risk
    CHECK(status(20.1) == ComplianceStatus::Breached);
    CHECK(status(std::nullopt) == ComplianceStatus::NoData);
}

TEST_CASE("higher is better: 90% right first time, threshold 80%", "[status]")
{
    const auto status = [](std::optional<double> value) {
        return complianceStatusOf(Direction::HigherIsBetter, value, 90, 80);
    };
    CHECK(status(95) == ComplianceStatus::Met);
    CHECK(status(90) == ComplianceStatus::Met); // equal to the target is met
    CHECK(status(89.9) == ComplianceStatus::AtRisk);
    CHECK(status(80) == ComplianceStatus::AtRisk); // equal to the threshold is at risk
    CHECK(status(79.9) == ComplianceStatus::Breached);
    CHECK(status(std::nullopt) == ComplianceStatus::NoData);
}

TEST_CASE("a threshold equal to the target leaves no at-risk band", "[status]")
{
    CHECK(complianceStatusOf(Direction::LowerIsBetter, 15, 15, 15) == ComplianceStatus::Met);
    CHECK(complianceStatusOf(Direction::LowerIsBetter, 16, 15, 15) == ComplianceStatus::Breached);
    CHECK(complianceStatusOf(Direction::HigherIsBetter, 14, 15, 15) == ComplianceStatus::Breached);
}
