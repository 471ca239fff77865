// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "surveymeasurements.h"

#include "servqual.h"
#include "storage/transaction.h"
#include "workbench/workbench.h"

#include <QHash>

namespace Yardstick {

namespace {

// The measurement one wave gives a standard in the given dimension, if the
// wave says anything about it.
std::optional<Measurement> waveMeasurement(const ServqualResult &result, const Survey &survey,
                                           const SurveyWave &wave, qint64 dimensionId)
{
    bool surveyAsksDimension = false;
    for (const SurveyItem &item : survey.items)
        surveyAsksDimension = surveyAsksDimension || item.dimensionId == dimensionId;
    std::optional<double> value;
    if (surveyAsksDimension) {
        for (const DimensionGap &gap : result.dimensions) {
            if (gap.dimensionId == dimensionId && gap.n > 0)
                value = gap.gap;
        }
    } else {
        value = result.weightedGap;
    }
    if (!value)
        return std::nullopt;
    Measurement m;
    m.periodStart = wave.startsOn;
    m.periodEnd = wave.endsOn.isValid() ? wave.endsOn : wave.startsOn;
    m.value = *value;
    m.sampleSize = result.respondents;
    m.source = kSurveyMeasurementSource;
    return m;
}

} // namespace

StorageResult refreshSurveyMeasurements(Workbench &workbench)
{
    const QList<SurveyFeed> feeds = workbench.surveys().feeds();
    if (feeds.isEmpty())
        return StorageResult::success();
    const QList<Dimension> dimensions = workbench.dimensions().all();
    const QSet<QString> complainants = workbench.letters().customerRefs();

    // Each survey's waves are analysed once, however many standards it feeds.
    QHash<qint64, QList<std::pair<SurveyWave, ServqualResult>>> analysed;
    const auto analyse = [&](const Survey &survey) {
        QList<std::pair<SurveyWave, ServqualResult>> results;
        for (const SurveyWave &wave : survey.waves) {
            // A measurement needs a period: undated waves (an upgraded
            // file's) wait until the analyst dates them.
            if (!wave.startsOn.isValid())
                continue;
            ServqualInput input;
            input.wave = wave.name;
            input.responses = workbench.surveyResponses().ofWave(wave.name);
            if (input.responses.isEmpty())
                continue;
            input.dimensions = dimensions;
            input.survey = survey;
            input.complainantRefs = complainants;
            results.append({wave, analyseServqual(input)});
        }
        return results;
    };

    Transaction transaction(workbench.database().connection());
    if (!transaction.isActive())
        return StorageResult::failure(transaction.beginError());
    for (const SurveyFeed &feed : feeds) {
        const std::optional<Standard> standard = workbench.catalogue().standard(feed.standardId);
        const std::optional<Survey> survey = workbench.surveys().find(feed.surveyId);
        if (!standard || !survey)
            continue;
        if (!analysed.contains(survey->id))
            analysed.insert(survey->id, analyse(*survey));
        QList<Measurement> measurements;
        for (const auto &[wave, result] : std::as_const(analysed[survey->id])) {
            if (std::optional<Measurement> m =
                    waveMeasurement(result, *survey, wave, standard->dimensionId))
                measurements.append(*m);
        }
        if (StorageResult stored = workbench.measurements().replaceDerived(
                standard->id, kSurveyMeasurementSource, measurements);
            !stored.ok())
            return stored;
    }
    if (QString error = transaction.commit(); !error.isEmpty())
        return StorageResult::failure(error);
    return StorageResult::success();
}

} // namespace Yardstick
