// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport.h"

#include <catch2/catch.hpp>

using namespace Yardstick;

namespace {

struct Fixture
{
    Testing::SmallCatalogue catalogue = Testing::smallCatalogue();
    qint64 standardId = 0;

    Fixture()
    {
        Standard standard = Testing::turnaroundStandard(catalogue, QStringLiteral("NEW-T-01"));
        REQUIRE(catalogue.workbench->catalogue().add(standard).isEmpty());
        standardId = standard.id;
    }
    Workbench &wb() { return *catalogue.workbench; }
};

ValueModel cardModel(qint64 standardId)
{
    ValueModel model;
    model.standardId = standardId;
    model.valuePerDay = 0.33;
    model.casesPerYear = 4'250'000;
    model.costPerYear = 250'000;
    model.note = QStringLiteral("Interest float on a card that arrives a day sooner");
    return model;
}

} // namespace

TEST_CASE("a value model is stored and read back whole", "[value][storage]")
{
    Fixture f;
    const ValueModel model = cardModel(f.standardId);
    REQUIRE(f.wb().valueModels().set(model).ok());

    const auto found = f.wb().valueModels().find(f.standardId);
    REQUIRE(found);
    CHECK(*found == model);
    // US$0.33 x 4,250,000 cards = US$1,402,500 a year per day sooner.
    CHECK(found->annualValuePerDay() == Approx(1'402'500.0));
    CHECK(f.wb().valueModels().all() == QList<ValueModel>{model});
}

TEST_CASE("setting a value model again replaces the standard's model", "[value][storage]")
{
    Fixture f;
    REQUIRE(f.wb().valueModels().set(cardModel(f.standardId)).ok());
    ValueModel changed = cardModel(f.standardId);
    changed.valuePerDay = 0.5;
    changed.costPerYear.reset();
    changed.note.clear();
    REQUIRE(f.wb().valueModels().set(changed).ok());

    const auto all = f.wb().valueModels().all();
    REQUIRE(all.size() == 1);
    CHECK(all.front().valuePerDay == 0.5);
    CHECK_FALSE(all.front().costPerYear.has_value());
    CHECK(all.front().note.isEmpty());
}

TEST_CASE("a standard without a value model has none", "[value][storage]")
{
    Fixture f;
    CHECK_FALSE(f.wb().valueModels().find(f.standardId));
    CHECK(f.wb().valueModels().all().isEmpty());
}

TEST_CASE("removing a value model leaves the standard without one", "[value][storage]")
{
    Fixture f;
    REQUIRE(f.wb().valueModels().set(cardModel(f.standardId)).ok());
    REQUIRE(f.wb().valueModels().remove(f.standardId).ok());
    CHECK_FALSE(f.wb().valueModels().find(f.standardId));
}

TEST_CASE("a value model with negative figures or no standard is refused", "[value][storage]")
{
    Fixture f;
    ValueModel model = cardModel(f.standardId);
    SECTION("negative value of a day")
    {
        model.valuePerDay = -0.1;
    }
    SECTION("negative cases a year")
    {
        model.casesPerYear = -1;
    }
    SECTION("negative cost a year")
    {
        model.costPerYear = -5;
    }
    SECTION("no such standard")
    {
        model.standardId = f.standardId + 100;
    }
    const StorageResult result = f.wb().valueModels().set(model);
    CHECK_FALSE(result.ok());
    CHECK_FALSE(result.error().isEmpty());
    CHECK(f.wb().valueModels().all().isEmpty());
}

TEST_CASE("deleting a standard deletes its value model", "[value][storage]")
{
    Fixture f;
    REQUIRE(f.wb().valueModels().set(cardModel(f.standardId)).ok());
    REQUIRE(f.wb().catalogue().remove(f.standardId).isEmpty());
    CHECK(f.wb().valueModels().all().isEmpty());
}
