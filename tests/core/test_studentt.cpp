// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/studentt.h"

#include <catch2/catch.hpp>

#include <cmath>
#include <vector>

using namespace Yardstick;

// Critical values below are from the table of upper critical values of
// Student's t in the NIST/SEMATECH e-Handbook of Statistical Methods,
// section 1.3.6.7.2 (three decimals), which any statistics textbook repeats.

TEST_CASE("the t quantile matches the published two-sided 95% critical values", "[studentt]")
{
    CHECK(StudentT::quantile(0.975, 1) == Approx(12.706).margin(0.0005));
    CHECK(StudentT::quantile(0.975, 2) == Approx(4.303).margin(0.0005));
    CHECK(StudentT::quantile(0.975, 9) == Approx(2.262).margin(0.0005));
    CHECK(StudentT::quantile(0.975, 30) == Approx(2.042).margin(0.0005));
    // Far out the t approaches the normal: z(0.975) = 1.959964.
    CHECK(StudentT::quantile(0.975, 1e7) == Approx(1.959964).margin(1e-5));
}

TEST_CASE("the t quantile matches the published one-sided and 99% critical values", "[studentt]")
{
    CHECK(StudentT::quantile(0.95, 5) == Approx(2.015).margin(0.0005));
    CHECK(StudentT::quantile(0.995, 10) == Approx(3.169).margin(0.0005));
    CHECK(StudentT::quantile(0.90, 20) == Approx(1.325).margin(0.0005));
}

TEST_CASE("the t quantile is symmetric about zero", "[studentt]")
{
    CHECK(StudentT::quantile(0.5, 4) == 0);
    CHECK(StudentT::quantile(0.025, 9) == Approx(-2.262).margin(0.0005));
    CHECK(StudentT::quantile(0.05, 5) == Approx(-StudentT::quantile(0.95, 5)).epsilon(1e-12));
}

TEST_CASE("the t quantile outside (0, 1) or with no degrees of freedom is not a number",
          "[studentt]")
{
    CHECK(std::isnan(StudentT::quantile(0, 5)));
    CHECK(std::isnan(StudentT::quantile(1, 5)));
    CHECK(std::isnan(StudentT::quantile(0.975, 0)));
}

TEST_CASE("the t distribution function matches its closed forms", "[studentt]")
{
    // Symmetric about zero for any df.
    CHECK(StudentT::cdf(0, 1) == Approx(0.5));
    CHECK(StudentT::cdf(0, 7.3) == Approx(0.5));
    // df = 1 is the Cauchy distribution: F(t) = 1/2 + atan(t) / pi, so F(1) = 3/4.
    CHECK(StudentT::cdf(1, 1) == Approx(0.75).epsilon(1e-12));
    CHECK(StudentT::cdf(-1, 1) == Approx(0.25).epsilon(1e-12));
    // df = 2: F(t) = 1/2 + t / (2 sqrt(2 + t^2)), so F(1) = 1/2 + 1 / (2 sqrt 3) = 0.7886751.
    CHECK(StudentT::cdf(1, 2) == Approx(0.7886751346).epsilon(1e-10));
    // A table value read backwards: P(T <= 2.262) with 9 df is 0.975.
    CHECK(StudentT::cdf(2.262, 9) == Approx(0.975).margin(0.00005));
}

TEST_CASE("the t distribution function takes fractional degrees of freedom", "[studentt]")
{
    // Welch's df is rarely whole. The reference is the t density integrated
    // numerically from 0 to 2.5 with df = 7.5 (mpmath.quad, 30 digits), plus 1/2.
    CHECK(StudentT::cdf(2.5, 7.5) == Approx(0.9805898709).epsilon(1e-9));
    // The quantile undoes it.
    CHECK(StudentT::quantile(0.9805898709, 7.5) == Approx(2.5).epsilon(1e-8));
}

TEST_CASE("the two-sided p doubles the smaller tail", "[studentt]")
{
    // 2.262 is the 2.5% upper point with 9 df, so p = 0.05 either side.
    CHECK(StudentT::twoSidedP(2.262, 9) == Approx(0.05).margin(0.0001));
    CHECK(StudentT::twoSidedP(-2.262, 9) == Approx(0.05).margin(0.0001));
    CHECK(StudentT::twoSidedP(0, 3) == Approx(1.0));
    // Cauchy: P(|T| >= 1) = 1/2.
    CHECK(StudentT::twoSidedP(1, 1) == Approx(0.5).epsilon(1e-12));
}

TEST_CASE("Welch's test matches a hand calculation", "[studentt]")
{
    // a = 1..5: mean 3, sample variance 10/4 = 2.5, var/n = 0.5.
    // b = 2, 4, 6: mean 4, sample variance 8/2 = 4, var/n = 4/3.
    // se^2 = 0.5 + 4/3 = 11/6; t = (3 - 4) / sqrt(11/6) = -0.7385489.
    // df = (11/6)^2 / (0.5^2 / 4 + (4/3)^2 / 2) = (121/36) / (137/144)
    //    = 484/137 = 3.5328467.
    // p = 2 P(T <= -0.7385489) with 3.5328 df = 0.5062142 (the t density
    // integrated with mpmath.quad).
    const std::vector<double> a{1, 2, 3, 4, 5};
    const std::vector<double> b{2, 4, 6};
    const std::optional<StudentT::WelchResult> result = StudentT::welch(a, b);
    REQUIRE(result);
    CHECK(result->t == Approx(-0.7385489459).epsilon(1e-9));
    CHECK(result->df == Approx(484.0 / 137.0).epsilon(1e-12));
    CHECK(result->p == Approx(0.5062141717).epsilon(1e-8));

    // Swapping the samples flips the sign only.
    const std::optional<StudentT::WelchResult> swapped = StudentT::welch(b, a);
    REQUIRE(swapped);
    CHECK(swapped->t == Approx(0.7385489459).epsilon(1e-9));
    CHECK(swapped->p == Approx(result->p));
}

TEST_CASE("Welch's test needs two values a side and some spread", "[studentt]")
{
    const std::vector<double> one{3};
    const std::vector<double> two{1, 2};
    const std::vector<double> flat{4, 4, 4};
    const std::vector<double> otherFlat{5, 5};
    CHECK_FALSE(StudentT::welch(one, two));
    CHECK_FALSE(StudentT::welch(two, one));
    CHECK_FALSE(StudentT::welch(flat, otherFlat));
    // One flat sample is fine: the other carries the variance (df = nb - 1).
    const std::optional<StudentT::WelchResult> halfFlat = StudentT::welch(flat, two);
    REQUIRE(halfFlat);
    // se^2 = 0 + 0.5 / 2 = 0.25; t = (4 - 1.5) / 0.5 = 5; df = 0.0625 / (0.0625 / 1) = 1.
    CHECK(halfFlat->t == Approx(5.0));
    CHECK(halfFlat->df == Approx(1.0));
}
