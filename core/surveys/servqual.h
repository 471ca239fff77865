// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/dimension.h"
#include "model/survey.h"
#include "model/surveyresponse.h"

#include <QList>
#include <QSet>
#include <QString>

#include <optional>

namespace Yardstick {

// Where an item falls in the importance-performance grid, with the crosshair
// at the means over the items (a value equal to the mean counts as high).
enum class ImportanceQuadrant
{
    ConcentrateHere, // high importance, low performance: improve first
    KeepUp,          // high importance, high performance
    LowPriority,     // low importance, low performance
    PossibleOverkill // low importance, high performance
};

// "concentrate_here", "keep_up", "low_priority", "possible_overkill".
QString importanceQuadrantKey(ImportanceQuadrant quadrant);
QString importanceQuadrantDisplayName(ImportanceQuadrant quadrant);

// One dimension of one wave. A respondent's dimension gap is the mean of
// their item gaps (perception - expectation) in the dimension; the
// dimension's gap is the mean of those over the n respondents who answered
// any of its items, with the sample standard deviation and a 95% Student-t
// interval (gap +- t(0.975, n - 1) sd / sqrt n); sd and the interval are
// empty below two respondents. Expectation and perception are the means of
// the respondents' own means, the same way.
struct DimensionGap
{
    qint64 dimensionId = 0;
    QString key;  // lower case, e.g. "reliability"
    QString name; // for display
    int n = 0;
    double expectation = 0;
    double perception = 0;
    double gap = 0;
    std::optional<double> sd;
    std::optional<double> ciLow;
    std::optional<double> ciHigh;
    double weight = 0; // normalised over the dimensions present (sums to 1)
};

// One item of one wave: its gap over the respondents who answered both
// questions, and its place in the importance-performance grid. Importance is
// the mean stated importance where respondents rated it, else the item's own
// importance from the survey definition, else absent (and so is the
// quadrant). Performance is the mean perception.
struct ItemResult
{
    QString item;
    qint64 dimensionId = 0;
    QString dimensionKey;
    QString text; // from the survey definition, if any
    int n = 0;
    double gap = 0;
    std::optional<double> importance;
    std::optional<double> performance;
    std::optional<ImportanceQuadrant> quadrant;
};

// The respondents the case said traditional reports hid: dissatisfied ones
// (negative weighted gap, with a customer reference) who never wrote a
// complaint letter under that reference. share = neverComplained /
// dissatisfied, empty when no one qualifies.
struct SilentDissatisfied
{
    int dissatisfied = 0;
    int neverComplained = 0;
    std::optional<double> share;
};

// This wave against the one before it: Welch's t-test on the respondents'
// weighted gaps (this wave minus the previous). t, df and the two-sided p are
// empty when either wave has fewer than two respondents or both have no
// spread.
struct WaveComparison
{
    QString wave;
    std::optional<double> weightedGap; // the previous wave's
    std::optional<double> t;
    std::optional<double> df;
    std::optional<double> p;
};

// One respondent's view of one wave.
struct RespondentGap
{
    QString respondent;
    QString customerRef;
    std::optional<double> weightedGap; // empty when they answered no weighted dimension
};

struct ServqualResult
{
    QString wave;
    int respondents = 0;                  // who answered anything in the wave
    QList<DimensionGap> dimensions;       // in the order of the dimension list given
    std::optional<double> weightedGap;    // sum of weight x gap over the dimensions present
    QList<ItemResult> items;              // in the survey's item order, then by code
    std::optional<double> importanceMean; // the crosshair, over items with importance
    std::optional<double> performanceMean;
    QList<RespondentGap> respondentGaps;
    SilentDissatisfied silentDissatisfied;
    std::optional<WaveComparison> previous; // empty for the first wave

    // The items to improve first: concentrate-here items by importance
    // (highest first) then performance (lowest first), then keep-up, low
    // priority and possible overkill the same way; items without a quadrant
    // are left out.
    QList<ItemResult> improveFirst() const;
    // Every item in the order the window lists them: improveFirst(), then
    // the items without a quadrant in the survey's order.
    QList<ItemResult> itemsByPriority() const;
};

// What one wave's analysis needs. Weights come from the dimensions'
// servqualWeight; dimensions without one (the card case's timeliness and
// accuracy) get a gap but no weight and stay out of the weighted score.
struct ServqualInput
{
    QString wave;
    QList<SurveyResponse> responses; // of this wave only
    QString previousWave;            // empty: no comparison
    QList<SurveyResponse> previousResponses;
    QList<Dimension> dimensions;
    std::optional<Survey> survey;  // item order, texts and importance, if defined
    QSet<QString> complainantRefs; // customer references that wrote a letter
};

ServqualResult analyseServqual(const ServqualInput &input);

// One wave's analysis beside the previous wave's, each analysed once: the
// comparison is in result.previous, the previous wave's own analysis (whose
// dimension gaps the gap chart marks) in `previous`.
struct WaveAnalysis
{
    ServqualResult result;
    std::optional<ServqualResult> previous; // empty without a previous wave
};
WaveAnalysis analyseServqualWithPrevious(const ServqualInput &input);

} // namespace Yardstick
