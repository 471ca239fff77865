// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "surveyservice.h"

#include "storage/transaction.h"
#include "surveys/servqualloader.h"
#include "surveys/surveymeasurements.h"
#include "workbench/workbench.h"

#include <QCoreApplication>

namespace Yardstick {

namespace {

// The translation context of the service's messages.
struct SurveyServiceText
{
    Q_DECLARE_TR_FUNCTIONS(Yardstick::SurveyService)
};

// Turns a committed summary into one that kept nothing: a later step of the
// same transaction failed and rolled the answers back.
void undoSummary(ImportSummary &summary, const QString &error)
{
    summary.committed = false;
    summary.imported = 0;
    summary.notes.clear();
    summary.rejections.append(
        {summary.file, 0, QStringLiteral("file"),
         SurveyServiceText::tr("cannot write to the workbench: %1").arg(error)});
}

} // namespace

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

ImportSummary SurveyService::importAnswers(const QString &path, const SurveyImportOptions &options)
{
    Transaction transaction(m_workbench.database().connection());
    if (!transaction.isActive()) {
        ImportSummary summary;
        summary.file = path;
        undoSummary(summary, transaction.beginError());
        return summary;
    }
    // The importer's own transaction is a savepoint inside this one.
    ImportSummary summary = SurveyImporter(m_workbench).run(path, options);
    if (!summary.committed)
        return summary;
    // Survey-score standards fed by this survey show the new wave at once.
    if (const StorageResult refreshed = refreshSurveyMeasurements(m_workbench); !refreshed.ok()) {
        undoSummary(summary, refreshed.error());
        return summary;
    }
    if (const QString error = transaction.commit(); !error.isEmpty()) {
        undoSummary(summary, error);
        return summary;
    }
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
    Transaction transaction(m_workbench.database().connection());
    if (!transaction.isActive())
        return StorageResult::failure(transaction.beginError());
    if (const StorageResult written = write(); !written.ok())
        return written;
    if (const StorageResult refreshed = refreshSurveyMeasurements(m_workbench); !refreshed.ok())
        return refreshed;
    if (const QString error = transaction.commit(); !error.isEmpty())
        return StorageResult::failure(error);
    announceChanges();
    return StorageResult::success();
}

} // namespace Yardstick
