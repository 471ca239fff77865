// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalogue/standardvalidator.h"
#include "catchqt.h"
#include "testsupport.h"

#include <limits>

using namespace Yardstick;

namespace {

QStringList fieldsOf(const ValidationIssues &issues)
{
    QStringList fields;
    for (const ValidationIssue &issue : issues)
        fields.append(issue.field);
    return fields;
}

Standard validStandard()
{
    Standard s;
    s.code = QStringLiteral("APP-T-01");
    s.title = QStringLiteral("Mean application processing time");
    s.serviceId = 1;
    s.dimensionId = 1;
    s.departmentId = 1;
    s.unit = QStringLiteral("days");
    s.revisions = {{QDate(2024, 1, 1), 15, 20, {}, {}, {}, {}}};
    return s;
}

} // namespace

TEST_CASE("a complete standard passes validation", "[validation]")
{
    CHECK(StandardValidator::validate(validStandard()).isEmpty());
}

TEST_CASE("missing required fields are each reported against their field", "[validation]")
{
    Standard s;
    s.revisions = {{QDate(2024, 1, 1), 15, 20, {}, {}, {}, {}}};
    const QStringList fields = fieldsOf(StandardValidator::validate(s));
    for (const char *field : {"code", "title", "service", "dimension", "department", "unit"})
        CHECK(fields.contains(QLatin1String(field)));
}

TEST_CASE("a code is letters and digits in dash-joined groups", "[validation]")
{
    CHECK(StandardValidator::isWellFormedCode(QStringLiteral("APP-T-01")));
    CHECK(StandardValidator::isWellFormedCode(QStringLiteral("rep.a_2")));
    CHECK_FALSE(StandardValidator::isWellFormedCode(QStringLiteral("APP T 01")));
    CHECK_FALSE(StandardValidator::isWellFormedCode(QStringLiteral("-APP")));
    CHECK_FALSE(StandardValidator::isWellFormedCode(QStringLiteral("APP--1")));
    CHECK_FALSE(StandardValidator::isWellFormedCode(QString(33, QLatin1Char('A'))));
}

TEST_CASE("target and threshold must agree with the direction", "[validation]")
{
    Standard s = validStandard();
    SECTION("lower is better: a threshold below the target is refused")
    {
        s.direction = Direction::LowerIsBetter;
        s.revisions.last().target = 20;
        s.revisions.last().threshold = 15;
        CHECK(fieldsOf(StandardValidator::validate(s)) == QStringList{QStringLiteral("threshold")});
    }
    SECTION("higher is better: a threshold above the target is refused")
    {
        s.metric = Metric::RightFirstTimePct;
        s.direction = Direction::HigherIsBetter;
        s.revisions.last().target = 95;
        s.revisions.last().threshold = 98;
        CHECK(fieldsOf(StandardValidator::validate(s)) == QStringList{QStringLiteral("threshold")});
    }
    SECTION("target equal to threshold is allowed either way")
    {
        s.revisions.last().target = 20;
        s.revisions.last().threshold = 20;
        CHECK(StandardValidator::validate(s).isEmpty());
        s.direction = Direction::HigherIsBetter;
        CHECK(StandardValidator::validate(s).isEmpty());
    }
}

TEST_CASE("percentages stay within 0..100 and turnarounds are not negative", "[validation]")
{
    Standard s = validStandard();
    s.metric = Metric::RightFirstTimePct;
    s.direction = Direction::HigherIsBetter;
    s.revisions.last().target = 101;
    s.revisions.last().threshold = 95;
    CHECK(fieldsOf(StandardValidator::validate(s)) == QStringList{QStringLiteral("target")});

    Standard t = validStandard();
    t.revisions.last().target = -1;
    CHECK(fieldsOf(StandardValidator::validate(t)) == QStringList{QStringLiteral("target")});

    Standard nan = validStandard();
    nan.revisions.last().threshold = std::numeric_limits<double>::quiet_NaN();
    CHECK(fieldsOf(StandardValidator::validate(nan)).contains(QStringLiteral("threshold")));

    // A SERVQUAL gap is perception minus expectation and is often negative.
    Standard gap = validStandard();
    gap.metric = Metric::SurveyScore;
    gap.direction = Direction::HigherIsBetter;
    gap.revisions.last().target = 0;
    gap.revisions.last().threshold = -0.5;
    CHECK(StandardValidator::validate(gap).isEmpty());
}

TEST_CASE("revisions must follow each other in time", "[validation]")
{
    Standard s = validStandard();
    s.revisions = {{QDate(2024, 1, 1), 30, 40, {}, {}, {}, {}},
                   {QDate(2023, 1, 1), 15, 20, {}, {}, {}, {}}};
    CHECK(fieldsOf(StandardValidator::validate(s)) ==
          QStringList{QStringLiteral("effective_from")});
}

TEST_CASE("a retired standard needs a retirement date on or after it took effect", "[validation]")
{
    Standard s = validStandard();
    s.status = StandardStatus::Retired;
    CHECK(fieldsOf(StandardValidator::validate(s)) == QStringList{QStringLiteral("retired_on")});
    s.retiredOn = QDate(2023, 12, 31);
    CHECK(fieldsOf(StandardValidator::validate(s)) == QStringList{QStringLiteral("retired_on")});
    s.retiredOn = QDate(2024, 6, 30);
    CHECK(StandardValidator::validate(s).isEmpty());
}

TEST_CASE("the catalogue refuses a code another standard already has", "[validation]")
{
    Testing::SmallCatalogue c = Testing::smallCatalogue();
    StandardCatalogue &catalogue = c.workbench->catalogue();
    Standard first = Testing::turnaroundStandard(c, QStringLiteral("APP-T-01"));
    REQUIRE(catalogue.add(first).isEmpty());

    Standard second = Testing::turnaroundStandard(c, QStringLiteral("APP-T-01"));
    const ValidationIssues issues = catalogue.add(second);
    CHECK(fieldsOf(issues) == QStringList{QStringLiteral("code")});
    CHECK(second.id == 0);
    CHECK(catalogue.standards().size() == 1);

    // Editing a standard without changing its code is not a clash with itself.
    first.title = QStringLiteral("Renamed");
    CHECK(catalogue.update(first).isEmpty());
}
