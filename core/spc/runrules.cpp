// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "runrules.h"

#include <QCoreApplication>

#include <algorithm>
#include <functional>
#include <span>

namespace Yardstick {

// Conventions shared by every rule (see also controlchart.h and the README's
// "How control charts are computed"):
// - Zones are measured in each point's own standard error around its own
//   centre line, so charts whose limits vary by point are judged fairly.
// - The zones partition the line: "beyond k sigma" is strictly more than k
//   sigma from the centre (value > center + k*sigma, or below center -
//   k*sigma); "within k sigma" is everything not beyond, so a point exactly
//   on a boundary is within it (qcc's rules.R compares the same way).
//   Comparing instead of dividing keeps a zero sigma (p-bar of 0 or 1, a
//   constant series) free of NaN.
// - A point exactly on the centre line is on neither side: it breaks every
//   same-side run.
// - A rule is tested on the window that ends at each point, and only on a
//   complete window: "2 of 3" needs three points, so the earliest point it
//   can mark is the third. A point is marked when that window completes the
//   pattern, so the point completing it and every later point while the
//   pattern still holds are marked.
// - For m-of-n rules the marked point must itself be beyond the zone
//   boundary (as in qcc and Nelson 1984).

namespace {

enum class Side
{
    Above,
    Below,
};

using Points = std::span<const RulePoint>;

bool beyond(const RulePoint &p, double k, Side side)
{
    return side == Side::Above ? p.value > p.center + k * p.sigma
                               : p.value < p.center - k * p.sigma;
}

bool beyondEitherSide(const RulePoint &p, double k)
{
    return beyond(p, k, Side::Above) || beyond(p, k, Side::Below);
}

// Not beyond k sigma on either side: the complement of beyondEitherSide, so
// the zones leave no gap at their boundaries.
bool within(const RulePoint &p, double k)
{
    return !beyondEitherSide(p, k);
}

// The window of `length` points ending at i, or an empty span when the series
// is not that long yet.
Points window(Points points, std::size_t i, std::size_t length)
{
    if (i + 1 < length)
        return {};
    return points.subspan(i + 1 - length, length);
}

bool beyondThree(Points points, std::size_t i)
{
    return beyondEitherSide(points[i], 3);
}

bool sameSideRun(Points points, std::size_t i, std::size_t length)
{
    const Points run = window(points, i, length);
    if (run.empty())
        return false;
    const auto onSide = [&](Side side) {
        return std::all_of(run.begin(), run.end(),
                           [&](const RulePoint &p) { return beyond(p, 0, side); });
    };
    return onSide(Side::Above) || onSide(Side::Below);
}

// `length` points steadily rising or falling: length - 1 strict steps in one
// direction; a tie breaks the trend.
bool steadyTrend(Points points, std::size_t i, std::size_t length)
{
    const Points run = window(points, i, length);
    if (run.empty())
        return false;
    bool rising = true;
    bool falling = true;
    for (std::size_t j = 1; j < run.size(); ++j) {
        rising = rising && run[j].value > run[j - 1].value;
        falling = falling && run[j].value < run[j - 1].value;
    }
    return rising || falling;
}

// `length` points whose steps alternate up and down; a tie breaks it.
bool alternating(Points points, std::size_t i, std::size_t length)
{
    const Points run = window(points, i, length);
    if (run.empty())
        return false;
    for (std::size_t j = 1; j < run.size(); ++j) {
        const double step = run[j].value - run[j - 1].value;
        if (step == 0)
            return false;
        if (j >= 2) {
            const double previous = run[j - 1].value - run[j - 2].value;
            if ((step > 0) == (previous > 0))
                return false;
        }
    }
    return true;
}

// At least m of the n points ending at i beyond k sigma on one side, the point
// at i among them. Before n points exist there is no window to judge.
bool mOfNBeyond(Points points, std::size_t i, std::size_t m, std::size_t n, double k)
{
    const Points recent = window(points, i, n);
    if (recent.empty())
        return false;
    for (const Side side : {Side::Above, Side::Below}) {
        if (!beyond(points[i], k, side))
            continue;
        const auto count = std::count_if(recent.begin(), recent.end(),
                                         [&](const RulePoint &p) { return beyond(p, k, side); });
        if (static_cast<std::size_t>(count) >= m)
            return true;
    }
    return false;
}

bool withinOneSigmaRun(Points points, std::size_t i, std::size_t length)
{
    const Points run = window(points, i, length);
    return !run.empty() &&
           std::all_of(run.begin(), run.end(), [](const RulePoint &p) { return within(p, 1); });
}

// `length` points all beyond 1 sigma, some above and some below.
bool outsideOneSigmaBothSides(Points points, std::size_t i, std::size_t length)
{
    const Points run = window(points, i, length);
    if (run.empty())
        return false;
    const bool allOutside = std::all_of(run.begin(), run.end(),
                                        [](const RulePoint &p) { return beyondEitherSide(p, 1); });
    const auto any = [&](Side side) {
        return std::any_of(run.begin(), run.end(),
                           [&](const RulePoint &p) { return beyond(p, 1, side); });
    };
    return allOutside && any(Side::Above) && any(Side::Below);
}

struct Rule
{
    const char *name;
    const char *meaning; // source text for translation
    std::function<bool(Points, std::size_t)> completes;
};

// The zone tests both sets share (Nelson 1, 5, 6 are Western Electric 1, 2,
// 3), defined once so their meaning and their test cannot drift apart.
Rule named(const char *name, const Rule &shared)
{
    Rule rule = shared;
    rule.name = name;
    return rule;
}

const Rule &beyondThreeSigma()
{
    static const Rule rule{
        nullptr,
        QT_TRANSLATE_NOOP("Yardstick::Spc",
                          "One point more than 3 standard errors from the centre line"),
        beyondThree};
    return rule;
}

const Rule &twoOfThreeBeyondTwoSigma()
{
    static const Rule rule{
        nullptr,
        QT_TRANSLATE_NOOP("Yardstick::Spc",
                          "Two out of three points in a row more than 2 standard errors from the "
                          "centre line, on the same side"),
        [](Points p, std::size_t i) {
            return mOfNBeyond(p, i, 2, 3, 2);
        }};
    return rule;
}

const Rule &fourOfFiveBeyondOneSigma()
{
    static const Rule rule{
        nullptr,
        QT_TRANSLATE_NOOP("Yardstick::Spc",
                          "Four out of five points in a row more than 1 standard error from the "
                          "centre line, on the same side"),
        [](Points p, std::size_t i) {
            return mOfNBeyond(p, i, 4, 5, 1);
        }};
    return rule;
}

const std::vector<Rule> &nelsonRules()
{
    static const std::vector<Rule> rules = {
        named("nelson-1", beyondThreeSigma()),
        {"nelson-2",
         QT_TRANSLATE_NOOP("Yardstick::Spc", "Nine points in a row on the same side of the centre "
                                             "line"),
         [](Points p, std::size_t i) {
             return sameSideRun(p, i, 9);
         }},
        {"nelson-3",
         QT_TRANSLATE_NOOP("Yardstick::Spc", "Six points in a row steadily increasing or steadily "
                                             "decreasing"),
         [](Points p, std::size_t i) {
             return steadyTrend(p, i, 6);
         }},
        {"nelson-4",
         QT_TRANSLATE_NOOP("Yardstick::Spc", "Fourteen points in a row alternating up and down"),
         [](Points p, std::size_t i) {
             return alternating(p, i, 14);
         }},
        named("nelson-5", twoOfThreeBeyondTwoSigma()),
        named("nelson-6", fourOfFiveBeyondOneSigma()),
        {"nelson-7",
         QT_TRANSLATE_NOOP("Yardstick::Spc",
                           "Fifteen points in a row within 1 standard error of the centre line, on "
                           "either side"),
         [](Points p, std::size_t i) {
             return withinOneSigmaRun(p, i, 15);
         }},
        {"nelson-8",
         QT_TRANSLATE_NOOP("Yardstick::Spc",
                           "Eight points in a row more than 1 standard error from the centre line, "
                           "on both sides of it"),
         [](Points p, std::size_t i) {
             return outsideOneSigmaBothSides(p, i, 8);
         }},
    };
    return rules;
}

const std::vector<Rule> &westernElectricRules()
{
    static const std::vector<Rule> rules = {
        named("we-1", beyondThreeSigma()),
        named("we-2", twoOfThreeBeyondTwoSigma()),
        named("we-3", fourOfFiveBeyondOneSigma()),
        {"we-4",
         QT_TRANSLATE_NOOP("Yardstick::Spc", "Eight points in a row on the same side of the centre "
                                             "line"),
         [](Points p, std::size_t i) {
             return sameSideRun(p, i, 8);
         }},
    };
    return rules;
}

const std::vector<Rule> &rulesOf(RuleSet set)
{
    static const std::vector<Rule> none;
    switch (set) {
    case RuleSet::Nelson:
        return nelsonRules();
    case RuleSet::WesternElectric:
        return westernElectricRules();
    case RuleSet::None:
        break;
    }
    return none;
}

} // namespace

QString ruleSetKey(RuleSet rules)
{
    switch (rules) {
    case RuleSet::Nelson:
        return QStringLiteral("nelson");
    case RuleSet::WesternElectric:
        return QStringLiteral("western-electric");
    case RuleSet::None:
        break;
    }
    return QStringLiteral("none");
}

std::optional<RuleSet> ruleSetFromKey(const QString &key)
{
    const QString k = key.trimmed().toLower();
    for (const RuleSet set : {RuleSet::Nelson, RuleSet::WesternElectric, RuleSet::None}) {
        if (k == ruleSetKey(set))
            return set;
    }
    return std::nullopt;
}

std::vector<QStringList> evaluateRunRules(const std::vector<RulePoint> &points, RuleSet rules)
{
    std::vector<QStringList> signalsPerPoint(points.size());
    const Points all(points);
    for (std::size_t i = 0; i < points.size(); ++i) {
        for (const Rule &rule : rulesOf(rules)) {
            if (rule.completes(all, i))
                signalsPerPoint[i].append(QLatin1String(rule.name));
        }
    }
    return signalsPerPoint;
}

QString ruleMeaning(const QString &ruleName)
{
    for (const RuleSet set : {RuleSet::Nelson, RuleSet::WesternElectric}) {
        for (const Rule &rule : rulesOf(set)) {
            if (ruleName == QLatin1String(rule.name))
                return QCoreApplication::translate("Yardstick::Spc", rule.meaning);
        }
    }
    return {};
}

QStringList ruleNames(RuleSet rules)
{
    QStringList names;
    for (const Rule &rule : rulesOf(rules))
        names.append(QLatin1String(rule.name));
    return names;
}

} // namespace Yardstick
