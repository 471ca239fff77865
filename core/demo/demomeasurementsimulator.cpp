// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "demomeasurementsimulator.h"

#include "demostory.h"
#include "seededrandom.h"

#include <algorithm>
#include <cmath>

namespace Yardstick {

namespace {

constexpr std::uint32_t kSeed = 20240304u + 2u;
constexpr double kPersistence = 0.55; // runs of good and bad weeks

// A week's underlying level is a position: 0 at the target, 1 at the
// threshold, below 0 better than the target.
struct Path
{
    double before = 0; // before the programme
    double after = 0;  // once it has taken effect
    double noise = 0.25;
};

Path pathOf(DemoProfile profile)
{
    switch (profile) {
    case DemoProfile::Met:
        return {-0.3, -0.6, 0.25};
    case DemoProfile::Improved:
        return {1.35, -0.45, 0.25};
    case DemoProfile::Drifting:
        return {0.1, -0.5, 0.22};
    case DemoProfile::Breached:
        return {1.9, 1.25, 0.25};
    case DemoProfile::Borderline:
        return {0.6, 0.1, 0.38};
    case DemoProfile::FromCases:
    case DemoProfile::FromLetters:
    case DemoProfile::FromAudits:
    case DemoProfile::FromSurveys:
        break;
    }
    return {};
}

std::uint32_t seedFor(const QString &code)
{
    std::uint32_t hash = 2166136261u; // FNV-1a: stable, unlike qHash
    for (QChar c : code) {
        hash ^= c.unicode();
        hash *= 16777619u;
    }
    return hash ^ kSeed;
}

// Most metrics have a natural zero: a turnaround, an error rate, or the
// shortfall of a percentage from 100. In that "badness" the target and the
// threshold are interpolated geometrically, so noise is proportional and a
// rate near zero never crosses it. Survey gaps have no such zero.
class Scale final
{
public:
    explicit Scale(const Standard &s)
        : m_higher(s.direction == Direction::HigherIsBetter)
        , m_bounded(s.metric != Metric::SurveyScore)
        , m_target(s.target())
        , m_threshold(s.threshold())
    {
        m_bounded = m_bounded && badness(m_target) > 0 && badness(m_threshold) > 0;
    }

    double valueAt(double position) const
    {
        if (!m_bounded)
            return m_target + position * (m_threshold - m_target);
        const double good = badness(m_target);
        const double bad = badness(m_threshold);
        return value(good * std::pow(bad / good, position));
    }

    double badness(double value) const { return m_higher ? 100 - value : value; }
    double value(double badness) const { return m_higher ? 100 - badness : badness; }

private:
    bool m_higher;
    bool m_bounded;
    double m_target;
    double m_threshold;
};

// What a week's sample of n shows when the underlying level is exact: a
// share is so many cases out of n, a rate per 1,000 so many events.
double sampled(const Standard &s, const Scale &scale, double value, int n, SeededRandom &random)
{
    const bool share = s.statistic.kind == Statistic::Kind::ShareWithin ||
                       s.metric == Metric::RightFirstTimePct || s.metric == Metric::ErrorRatePct;
    if (share) {
        const double failing = std::clamp(scale.badness(value) / 100, 0.0, 1.0);
        return scale.value(100.0 * random.binomial(n, failing) / n);
    }
    if (s.metric == Metric::CountPer1000)
        return 1000.0 * random.poisson(value * n / 1000) / n;
    return value; // means and scores: the level's wobble is the noise
}

// Enough digits to show movement within the target-threshold band.
double rounded(double value, double band)
{
    const double scale = band >= 1 ? 10 : band >= 0.1 ? 100 : 1000;
    return std::round(value * scale) / scale;
}

} // namespace

QList<Measurement> DemoMeasurementSimulator::simulate(const DemoStandard &demo)
{
    // Its values come from the letters (DemoComplaintHandling); simulating
    // them too would put two conflicting series on one standard.
    if (demo.profile == DemoProfile::FromLetters || demo.profile == DemoProfile::FromAudits ||
        demo.profile == DemoProfile::FromSurveys)
        return {};
    const Standard &s = demo.standard;
    SeededRandom random(seedFor(s.code));
    const Path path = pathOf(demo.profile);
    const Scale scale(s);
    const double band = std::abs(s.threshold() - s.target());
    const double offset = random.normal(0, 0.08); // no two standards sit at the same level
    // Drift sets in some time in the final year.
    const int driftStart = random.between(DemoStory::weekCount() - 60, DemoStory::weekCount() - 40);
    const double driftEnd = random.uniform(1.15, 1.5);

    QList<Measurement> result;
    double wobble = 0;
    for (int week = 0; week < DemoStory::weekCount(); ++week) {
        double position = DemoStory::blend(path.before, path.after, week) + offset;
        if (demo.profile == DemoProfile::Drifting && week > driftStart) {
            const double progress =
                double(week - driftStart) / (DemoStory::weekCount() - 1 - driftStart);
            position += progress * (driftEnd - path.after);
        }
        wobble = kPersistence * wobble +
                 random.normal(0, path.noise * std::sqrt(1 - kPersistence * kPersistence));
        const int n = std::max(3, int(std::lround(demo.weeklySample * random.normal(1, 0.08))));

        Measurement m;
        m.standardId = s.id;
        m.periodStart = DemoStory::weekStart(week);
        m.periodEnd = m.periodStart.addDays(6);
        m.value = rounded(sampled(s, scale, scale.valueAt(position + wobble), n, random), band);
        m.sampleSize = n;
        m.source = QStringLiteral("demo");
        result.append(m);
    }
    return result;
}

} // namespace Yardstick
