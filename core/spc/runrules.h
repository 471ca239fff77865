// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace Yardstick {

// Which run rules flag unusual patterns on a control chart.
enum class RuleSet
{
    Nelson,          // the eight Nelson rules: nelson-1 .. nelson-8
    WesternElectric, // the four Western Electric rules: we-1 .. we-4
    None,
};

QString ruleSetKey(RuleSet rules); // nelson, western-electric, none
std::optional<RuleSet> ruleSetFromKey(const QString &key);

// One plotted point as the rules see it: its value, the centre line and the
// standard error of the plotted point (per point when limits vary), so zone
// k lies between center + (k-1)*sigma and center + k*sigma.
struct RulePoint
{
    double value = 0;
    double center = 0;
    double sigma = 0;
};

// The names of the rules each point breaks, in rule order ("nelson-1",
// "nelson-5", ...). A rule marks the point that completes its pattern and
// every later point while the pattern still holds.
std::vector<QStringList> evaluateRunRules(const std::vector<RulePoint> &points, RuleSet rules);

// What a rule means, in words an analyst can read beside the chart
// ("One point more than 3 standard errors from the centre line").
QString ruleMeaning(const QString &ruleName);

// The rule names a set uses, in order.
QStringList ruleNames(RuleSet rules);

} // namespace Yardstick
