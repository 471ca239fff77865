// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "surveyservice.h"

#include "storage/transaction.h"
#include "surveys/servqualloader.h"
#include "surveys/surveymeasurements.h"
#include "usecases/importtrail.h"
#include "workbench/workbench.h"

namespace Yardstick {

SurveyService::SurveyService(Workbench &workbench, QObject *parent)
    : QObject(parent)
    , m_workbench(workbench)
{}

QList<Survey> SurveyService::surveys() const
{
    return m_workbench.surveys().all();
}

QList<SurveyFeed> SurveyService::feeds() const
{
    return m_workbench.surveys().feeds();
}

QStringList SurveyService::answeredWaves() const
{
    return servqualWaves(m_workbench);
}

WaveAnalysis SurveyService::analyseWave(const QString &wave) const
{
    return analyseServqualWithPrevious(loadServqualInput(m_workbench, wave));
}

QStringList SurveyService::surveysToChooseFrom(const QString &wave) const
{
    if (m_workbench.surveys().findByWave(wave.trimmed()))
        return {};
    const QList<Survey> all = m_workbench.surveys().all();
    if (all.size() < 2)
        return {};
    QStringList names;
    for (const Survey &survey : all)
        names.append(survey.name);
    return names;
}

ImportSummary SurveyService::importAnswers(const QString &path, const SurveyImportOptions &options)
{
    // Survey-score standards fed by this survey show the new wave at once.
    ImportSummary summary = SurveyImporter(m_workbench).run(path, options, [this] {
        return refreshSurveyMeasurements(m_workbench);
    });
    recordImport(m_workbench, tr("survey answers"), summary);
    if (summary.committed)
        announceChanges();
    return summary;
}

StorageResult SurveyService::saveSurvey(Survey &survey)
{
    const Survey before = survey;
    const StorageResult saved = writeAndRefresh([&] {
        return survey.id <= 0 ? m_workbench.surveys().insert(survey)
                              : m_workbench.surveys().update(survey);
    });
    // The ids a rolled-back insert handed out name nothing.
    if (!saved.ok())
        survey = before;
    return saved;
}

StorageResult SurveyService::setWeights(const QList<QPair<qint64, std::optional<double>>> &weights)
{
    return writeAndRefresh([&] { return m_workbench.dimensions().setServqualWeights(weights); });
}

StorageResult SurveyService::feedStandard(qint64 standardId, qint64 surveyId)
{
    return writeAndRefresh([&] { return m_workbench.surveys().setFeed({standardId, surveyId}); });
}

StorageResult SurveyService::refreshMeasurements()
{
    const StorageResult refreshed = refreshSurveyMeasurements(m_workbench);
    if (refreshed.ok())
        emit measurementsChanged();
    return refreshed;
}

void SurveyService::announceChanges()
{
    emit surveysChanged();
    emit measurementsChanged();
}

StorageResult SurveyService::writeAndRefresh(const std::function<StorageResult()> &write)
{
    const StorageResult done = Transaction::run(m_workbench.database().connection(), [&] {
        const StorageResult written = write();
        return written.ok() ? refreshSurveyMeasurements(m_workbench) : written;
    });
    if (done.ok())
        announceChanges();
    return done;
}

} // namespace Yardstick
