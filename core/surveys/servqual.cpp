// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "servqual.h"

#include "analysis/studentt.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <cmath>
#include <utility>
#include <vector>

namespace Yardstick {

namespace {

// Running sum and count, for the many means of means below.
struct Mean
{
    double sum = 0;
    int n = 0;

    void add(double value)
    {
        sum += value;
        ++n;
    }
    std::optional<double> value() const
    {
        return n > 0 ? std::optional<double>(sum / n) : std::nullopt;
    }
};

// One respondent's paired answers (expectation and perception both given) in
// one dimension.
struct RespondentDimension
{
    Mean expectation;
    Mean perception;
    Mean gap;
};

struct Respondent
{
    QString name;
    QString customerRef;
    QHash<qint64, RespondentDimension> dimensions;
};

struct ItemAnswers
{
    qint64 dimensionId = 0;
    Mean gap;
    Mean importance;
    Mean perception;
};

// The respondents in the order they first appear, with their paired answers
// gathered per dimension.
QList<Respondent> gatherRespondents(const QList<SurveyResponse> &responses)
{
    QList<Respondent> respondents;
    QHash<QString, qsizetype> index;
    for (const SurveyResponse &r : responses) {
        if (!r.expectation && !r.perception && !r.importance)
            continue;
        auto found = index.constFind(r.respondent);
        if (found == index.constEnd()) {
            found = index.insert(r.respondent, respondents.size());
            respondents.append(Respondent{r.respondent, {}, {}});
        }
        Respondent &respondent = respondents[*found];
        if (respondent.customerRef.isEmpty())
            respondent.customerRef = r.customerRef.trimmed();
        // An item answered on one side only says nothing about a gap.
        if (r.expectation && r.perception) {
            RespondentDimension &d = respondent.dimensions[r.dimensionId];
            d.expectation.add(*r.expectation);
            d.perception.add(*r.perception);
            d.gap.add(*r.perception - *r.expectation);
        }
    }
    return respondents;
}

// Sample standard deviation; needs two values.
std::optional<double> sampleSd(const std::vector<double> &values)
{
    if (values.size() < 2)
        return std::nullopt;
    double sum = 0;
    for (const double v : values)
        sum += v;
    const double mean = sum / static_cast<double>(values.size());
    double squares = 0;
    for (const double v : values)
        squares += (v - mean) * (v - mean);
    return std::sqrt(squares / static_cast<double>(values.size() - 1));
}

QList<DimensionGap> dimensionGaps(const QList<Dimension> &dimensions,
                                  const QList<Respondent> &respondents)
{
    QList<DimensionGap> gaps;
    for (const Dimension &dimension : dimensions) {
        std::vector<double> respondentGaps;
        Mean expectation;
        Mean perception;
        for (const Respondent &respondent : respondents) {
            const auto found = respondent.dimensions.constFind(dimension.id);
            if (found == respondent.dimensions.constEnd())
                continue;
            respondentGaps.push_back(*found->gap.value());
            expectation.add(*found->expectation.value());
            perception.add(*found->perception.value());
        }
        if (respondentGaps.empty())
            continue;
        DimensionGap gap;
        gap.dimensionId = dimension.id;
        gap.key = dimension.key.toLower();
        gap.name = dimension.name;
        gap.n = static_cast<int>(respondentGaps.size());
        gap.expectation = *expectation.value();
        gap.perception = *perception.value();
        Mean mean;
        for (const double g : respondentGaps)
            mean.add(g);
        gap.gap = *mean.value();
        gap.sd = sampleSd(respondentGaps);
        if (gap.sd) {
            const double half = StudentT::quantile(0.975, gap.n - 1) * *gap.sd /
                                std::sqrt(static_cast<double>(gap.n));
            gap.ciLow = gap.gap - half;
            gap.ciHigh = gap.gap + half;
        }
        gaps.append(gap);
    }
    return gaps;
}

// Each present dimension's share of the weights of the present dimensions;
// dimensions without a SERVQUAL weight keep 0.
void normaliseWeights(QList<DimensionGap> &gaps, const QHash<qint64, double> &weights)
{
    double total = 0;
    for (const DimensionGap &gap : gaps)
        total += weights.value(gap.dimensionId, 0);
    if (!(total > 0))
        return;
    for (DimensionGap &gap : gaps)
        gap.weight = weights.value(gap.dimensionId, 0) / total;
}

// Σ w g / Σ w over the weighted dimensions the respondent answered.
std::optional<double> respondentWeightedGap(const Respondent &respondent,
                                            const QHash<qint64, double> &weights)
{
    double weighted = 0;
    double total = 0;
    for (auto it = respondent.dimensions.cbegin(); it != respondent.dimensions.cend(); ++it) {
        const double w = weights.value(it.key(), 0);
        if (!(w > 0))
            continue;
        weighted += w * *it->gap.value();
        total += w;
    }
    return total > 0 ? std::optional<double>(weighted / total) : std::nullopt;
}

// The items answered in the wave: the survey's first, in its order, then the
// others by code.
QList<ItemResult> itemResults(const ServqualInput &input)
{
    QHash<QString, ItemAnswers> answers;
    for (const SurveyResponse &r : input.responses) {
        if (!r.expectation && !r.perception && !r.importance)
            continue;
        auto found = answers.find(r.item);
        if (found == answers.end())
            found = answers.insert(r.item, ItemAnswers{r.dimensionId, {}, {}, {}});
        if (r.expectation && r.perception)
            found->gap.add(*r.perception - *r.expectation);
        if (r.perception)
            found->perception.add(*r.perception);
        if (r.importance)
            found->importance.add(*r.importance);
    }
    QStringList order;
    if (input.survey) {
        for (const SurveyItem &item : input.survey->items) {
            if (answers.contains(item.code))
                order.append(item.code);
        }
    }
    QStringList rest;
    for (auto it = answers.cbegin(); it != answers.cend(); ++it) {
        if (!order.contains(it.key()))
            rest.append(it.key());
    }
    rest.sort();
    order += rest;

    QHash<qint64, QString> keys;
    for (const Dimension &dimension : input.dimensions)
        keys.insert(dimension.id, dimension.key.toLower());
    QList<ItemResult> items;
    for (const QString &code : std::as_const(order)) {
        const ItemAnswers &a = answers[code];
        const SurveyItem *defined = input.survey ? input.survey->item(code) : nullptr;
        ItemResult item;
        item.item = code;
        item.dimensionId = defined && defined->dimensionId ? defined->dimensionId : a.dimensionId;
        item.dimensionKey = keys.value(item.dimensionId);
        item.text = defined ? defined->text : QString();
        item.n = a.gap.n;
        item.gap = a.gap.value().value_or(0);
        item.importance = a.importance.value();
        if (!item.importance && defined)
            item.importance = defined->importance;
        item.performance = a.perception.value();
        items.append(item);
    }
    return items;
}

// "Equal to the mean counts as high"; the tolerance keeps a mean of means
// that should equal a value from falling just above it by rounding.
bool atLeast(double value, double mean)
{
    return value >= mean - 1e-9 * std::max(1.0, std::fabs(mean));
}

// The crosshair is at the means over the items that can be placed (those
// with both an importance and a performance).
void placeItems(ServqualResult &result)
{
    Mean importance;
    Mean performance;
    for (const ItemResult &item : std::as_const(result.items)) {
        if (item.importance && item.performance) {
            importance.add(*item.importance);
            performance.add(*item.performance);
        }
    }
    result.importanceMean = importance.value();
    result.performanceMean = performance.value();
    if (!result.importanceMean)
        return;
    for (ItemResult &item : result.items) {
        if (!item.importance || !item.performance)
            continue;
        const bool important = atLeast(*item.importance, *result.importanceMean);
        const bool performing = atLeast(*item.performance, *result.performanceMean);
        if (important)
            item.quadrant =
                performing ? ImportanceQuadrant::KeepUp : ImportanceQuadrant::ConcentrateHere;
        else
            item.quadrant =
                performing ? ImportanceQuadrant::PossibleOverkill : ImportanceQuadrant::LowPriority;
    }
}

SilentDissatisfied silentDissatisfied(const QList<RespondentGap> &respondents,
                                      const QSet<QString> &complainantRefs)
{
    SilentDissatisfied silent;
    for (const RespondentGap &r : respondents) {
        if (!r.weightedGap || *r.weightedGap >= 0 || r.customerRef.isEmpty())
            continue;
        ++silent.dissatisfied;
        if (!complainantRefs.contains(r.customerRef))
            ++silent.neverComplained;
    }
    if (silent.dissatisfied > 0)
        silent.share = static_cast<double>(silent.neverComplained) / silent.dissatisfied;
    return silent;
}

std::vector<double> weightedGaps(const QList<RespondentGap> &respondents)
{
    std::vector<double> values;
    for (const RespondentGap &r : respondents) {
        if (r.weightedGap)
            values.push_back(*r.weightedGap);
    }
    return values;
}

// Where a quadrant comes in the improve-first list.
int quadrantRank(ImportanceQuadrant quadrant)
{
    switch (quadrant) {
    case ImportanceQuadrant::ConcentrateHere:
        return 0;
    case ImportanceQuadrant::KeepUp:
        return 1;
    case ImportanceQuadrant::LowPriority:
        return 2;
    case ImportanceQuadrant::PossibleOverkill:
        break;
    }
    return 3;
}

} // namespace

QString importanceQuadrantKey(ImportanceQuadrant quadrant)
{
    switch (quadrant) {
    case ImportanceQuadrant::ConcentrateHere:
        return QStringLiteral("concentrate_here");
    case ImportanceQuadrant::KeepUp:
        return QStringLiteral("keep_up");
    case ImportanceQuadrant::LowPriority:
        return QStringLiteral("low_priority");
    case ImportanceQuadrant::PossibleOverkill:
        return QStringLiteral("possible_overkill");
    }
    return {};
}

QString importanceQuadrantDisplayName(ImportanceQuadrant quadrant)
{
    switch (quadrant) {
    case ImportanceQuadrant::ConcentrateHere:
        return QCoreApplication::translate("Yardstick::ImportanceQuadrant", "Concentrate here");
    case ImportanceQuadrant::KeepUp:
        return QCoreApplication::translate("Yardstick::ImportanceQuadrant",
                                           "Keep up the good work");
    case ImportanceQuadrant::LowPriority:
        return QCoreApplication::translate("Yardstick::ImportanceQuadrant", "Low priority");
    case ImportanceQuadrant::PossibleOverkill:
        return QCoreApplication::translate("Yardstick::ImportanceQuadrant", "Possible overkill");
    }
    return {};
}

QList<ItemResult> ServqualResult::itemsByPriority() const
{
    QList<ItemResult> ordered = improveFirst();
    for (const ItemResult &item : items) {
        if (!item.quadrant)
            ordered.append(item);
    }
    return ordered;
}

QList<ItemResult> ServqualResult::improveFirst() const
{
    QList<ItemResult> placed;
    for (const ItemResult &item : items) {
        if (item.quadrant)
            placed.append(item);
    }
    std::stable_sort(placed.begin(), placed.end(), [](const ItemResult &a, const ItemResult &b) {
        const int rankA = quadrantRank(*a.quadrant);
        const int rankB = quadrantRank(*b.quadrant);
        if (rankA != rankB)
            return rankA < rankB;
        if (*a.importance != *b.importance)
            return *a.importance > *b.importance;
        return *a.performance < *b.performance;
    });
    return placed;
}

namespace {

// The wave on its own, without the comparison.
ServqualResult analyseWave(const ServqualInput &input)
{
    QHash<qint64, double> weights;
    for (const Dimension &dimension : input.dimensions) {
        if (dimension.servqualWeight && *dimension.servqualWeight > 0)
            weights.insert(dimension.id, *dimension.servqualWeight);
    }

    ServqualResult result;
    result.wave = input.wave;
    const QList<Respondent> respondents = gatherRespondents(input.responses);
    result.respondents = static_cast<int>(respondents.size());
    result.dimensions = dimensionGaps(input.dimensions, respondents);
    normaliseWeights(result.dimensions, weights);
    double weighted = 0;
    bool anyWeighted = false;
    for (const DimensionGap &gap : std::as_const(result.dimensions)) {
        if (gap.weight > 0) {
            weighted += gap.weight * gap.gap;
            anyWeighted = true;
        }
    }
    if (anyWeighted)
        result.weightedGap = weighted;

    for (const Respondent &respondent : respondents)
        result.respondentGaps.append(RespondentGap{respondent.name, respondent.customerRef,
                                                   respondentWeightedGap(respondent, weights)});
    result.items = itemResults(input);
    placeItems(result);
    result.silentDissatisfied = silentDissatisfied(result.respondentGaps, input.complainantRefs);

    return result;
}

} // namespace

WaveAnalysis analyseServqualWithPrevious(const ServqualInput &input)
{
    WaveAnalysis analysis;
    analysis.result = analyseWave(input);
    if (input.previousWave.isEmpty())
        return analysis;
    ServqualInput before;
    before.wave = input.previousWave;
    before.responses = input.previousResponses;
    before.dimensions = input.dimensions;
    before.survey = input.survey;
    const ServqualResult &previous = analysis.previous.emplace(analyseWave(before));
    WaveComparison comparison;
    comparison.wave = input.previousWave;
    comparison.weightedGap = previous.weightedGap;
    const std::vector<double> now = weightedGaps(analysis.result.respondentGaps);
    const std::vector<double> then = weightedGaps(previous.respondentGaps);
    if (const std::optional<StudentT::WelchResult> test = StudentT::welch(now, then)) {
        comparison.t = test->t;
        comparison.df = test->df;
        comparison.p = test->p;
    }
    analysis.result.previous = comparison;
    return analysis;
}

ServqualResult analyseServqual(const ServqualInput &input)
{
    return analyseServqualWithPrevious(input).result;
}

} // namespace Yardstick
