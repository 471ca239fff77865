// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "spc/runrules.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <variant>
#include <vector>

// Conventions of the control-chart engine
// =======================================
// Constants: d2, d3 as printed in SPC tables (three decimals, n = 2..25),
// c4 exact (spcconstants.h). Limits are centre +/- 3 standard errors of the
// plotted point; a lower limit that would fall below zero is set to zero on
// every chart whose statistic cannot be negative (p, np, c, u, MR, R, S).
// ControlChart::sigma is sigma of one observation (of one unit for attribute
// charts), never of a subgroup mean.
//
// Estimation, from the phase I points less the excluded ones (the "basis"):
//   imr     centre = mean of x; sigma = MR-bar / d2(2), each moving range
//           |x_i - x_(i-1)| taken only when both points are in the basis.
//           X limits centre +/- 3 sigma. MR chart: one point per i = 2..n,
//           plotted at index i; centre d2(2) sigma = MR-bar, UCL (d2 + 3 d3)
//           sigma = D4 MR-bar with D4 = 1 + 3 d3 / d2, LCL 0. (d2 as qcc
//           divides by it, d3 exact: see spcconstants.h.)
//   xbar-r  centre = grand mean of all basis observations (subgroups
//           weighted by size); sigma = mean of R_i / d2(n_i) (qcc "UWAVE-R";
//           R-bar / d2 for equal sizes). X-bar limits centre +/- 3 sigma /
//           sqrt(n_i); R chart centre d2(n_i) sigma, limits (d2 -/+ 3 d3) sigma.
//   xbar-s  centre as xbar-r; sigma = mean of s_i / c4(n_i) (qcc's default
//           "UWAVE-SD"; s-bar / c4 for equal sizes). S chart centre c4 sigma,
//           limits c4 sigma -/+ 3 sigma sqrt(1 - c4^2).
//   p, np   p-bar = sum d / sum n; sigma = sqrt(p-bar (1 - p-bar)); p limits
//           p-bar +/- 3 sigma / sqrt(n_i), np limits n_i p-bar +/- 3 sigma
//           sqrt(n_i). p-bar of 0 or 1 collapses the limits onto the centre.
//   c       c-bar = mean count; sigma = sqrt(c-bar); limits c-bar +/- 3 sigma.
//   u       u-bar = sum c / sum n; sigma = sqrt(u-bar); limits u-bar +/- 3
//           sigma / sqrt(n_i).
// Known parameters replace the estimate: an attribute chart's sigma follows
// from the known centre unless given; a variables chart given only a centre
// still estimates sigma. Dispersion limits then follow from the known sigma.
//
// Points: phase I defaults to all points; later points are phase II, judged
// against the phase I limits. Excluded points stay on the chart (flagged)
// but out of the estimate. A moving range is in phase I when both its points
// are and excluded when either is. A series' center/lcl/ucl are set when
// every point shares them, empty when they vary by point.
//
// Estimating needs minimumPoints() basis points: 2 for I-MR (and two
// neighbours among them, for one moving range), 2 subgroups for X-bar charts,
// 1 sample for attribute charts. Fully known parameters need none.
//
// Run rules (runrules.h): over phase I and II together, zones in each
// point's own standard error; on the dispersion chart only rule 1 (a point
// beyond the limits, named nelson-1 or we-1) applies, since the zone tests
// assume a distribution symmetric about the centre line, which ranges and
// standard deviations are not. Excluded points still get signals. "Beyond
// k sigma" is strict and "within k sigma" is its complement, so a point
// exactly k sigma out is within (Nelson 7 counts it, Nelson 5, 6 and 8 do
// not); a point on the centre line is on neither side; a tie breaks Nelson 3
// and 4; every rule needs its whole window (2 of 3 first fires at point 3).
//
// Phased charts: each phase estimates from its own points less the excluded
// ones (or takes its known values), and the rules run within each phase. The
// moving range into a phase's first point spans two phases and is not
// plotted: an I-MR chart of k phases has n - k moving ranges.
// ControlChart::phase1 and ::sigma describe the first phase, and a point is
// inPhase1 when it lies in that first phase.

namespace Yardstick {

enum class ControlChartType
{
    IndividualsMovingRange, // imr
    XbarR,                  // xbar-r
    XbarS,                  // xbar-s
    P,                      // p
    Np,                     // np
    C,                      // c
    U,                      // u
};

QString controlChartTypeKey(ControlChartType kind);
std::optional<ControlChartType> controlChartTypeFromKey(const QString &key);
bool isAttributeChart(ControlChartType kind);      // p, np, c, u
QString dispersionChartKey(ControlChartType kind); // "mr", "r", "s" or empty

// What was observed, one entry per plotted point (per subgroup for X-bar
// charts). Which members are used depends on the chart:
//   imr          values
//   xbar-r/s     subgroups (each one subgroup's observations)
//   p, np        values = defectives, sizes = sample sizes
//   c            values = counts (sizes ignored)
//   u            values = counts, sizes = units inspected
struct SpcObservations
{
    std::vector<double> values;
    std::vector<double> sizes;
    std::vector<std::vector<double>> subgroups;

    int pointCount() const;
};

// An inclusive range of 1-based point positions.
struct PointRange
{
    int first = 1;
    int last = 1;
    friend bool operator==(const PointRange &, const PointRange &) = default;
};

// Known process values to chart against instead of estimating them:
// center is the process mean (p for p charts, c for c charts, u for u charts,
// p for np charts too), sigma the standard deviation of one observation
// (of one unit for attribute charts). Attribute charts may leave sigma unset:
// it follows from the centre.
struct KnownParameters
{
    double center = 0;
    std::optional<double> sigma;
};

struct ControlChartRequest
{
    ControlChartType kind = ControlChartType::IndividualsMovingRange;
    SpcObservations data;
    std::optional<PointRange> phase1; // default: all points
    std::vector<int> excluded;        // 1-based; kept on the chart, out of the limits
    std::optional<KnownParameters> known;
    RuleSet rules = RuleSet::Nelson;
};

struct ChartPoint
{
    int index = 0; // 1-based position on the chart
    double value = 0;
    double center = 0;
    double lcl = 0;
    double ucl = 0;
    double standardError = 0; // of the plotted point; zones are measured in it
    bool inPhase1 = false;
    bool excluded = false;
    QStringList brokenRules; // the run rules the point breaks ("signals"; that word is a Qt macro)
};

// One chart's line: the primary chart (X, X-bar, p, ...) or the dispersion
// chart under it (MR, R, S). lcl/ucl/center are set when they are the same
// for every point and empty when they vary.
struct ChartSeries
{
    QString chart; // controlChartTypeKey, or "mr", "r", "s"
    std::optional<double> center;
    std::optional<double> lcl;
    std::optional<double> ucl;
    std::vector<ChartPoint> points;
};

struct ControlChart
{
    ControlChartType kind = ControlChartType::IndividualsMovingRange;
    PointRange phase1;
    RuleSet rules = RuleSet::Nelson;
    double sigma = 0; // estimated (or known) sigma of single observations
    ChartSeries primary;
    std::optional<ChartSeries> dispersion;
};

// Why a chart cannot be drawn. point is the 1-based position at fault, or 0
// when the data as a whole is the problem (too few points).
struct SpcError
{
    int point = 0;
    QString message;
};

using ControlChartResult = std::variant<ControlChart, SpcError>;

ControlChartResult computeControlChart(const ControlChartRequest &request);

// A chart in several phases, each with its own limits: phase k covers the
// points from phaseStarts[k] up to the next start; its limits come from its
// own points (less the excluded ones) unless it carries known parameters.
// Rules run within each phase against that phase's limits. The first start
// must be 1.
struct ChartPhase
{
    int firstPoint = 1; // 1-based
    std::optional<KnownParameters> known;
};

ControlChartResult computePhasedControlChart(ControlChartType kind, const SpcObservations &data,
                                             const std::vector<ChartPhase> &phases,
                                             const std::vector<int> &excluded, RuleSet rules);

// The fewest points (subgroups) a chart needs to estimate its limits.
int minimumPoints(ControlChartType kind);

} // namespace Yardstick
