// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "surveyservice.h"

#include "storage/editconflict.h"
#include "storage/standardrepository.h"
#include "storage/transaction.h"
#include "surveys/servqualloader.h"
#include "surveys/surveymeasurements.h"
#include "usecases/importtrail.h"
#include "workbench/workbench.h"

#include <QFileInfo>

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
    if (summary.committed) {
        // Also in the survey's own trail: an import may add the wave (and
        // items), so a refused edit of the survey can name it.
        if (const std::optional<Survey> survey =
                m_workbench.surveys().findByWave(options.wave.trimmed()))
            m_workbench.changeLog().record(
                ChangeSubject::Survey, survey->id, survey->name, QStringLiteral("imported"),
                tr("answers of wave %1 from %2")
                    .arg(options.wave.trimmed(), QFileInfo(summary.file).fileName()));
        announceChanges();
    }
    return summary;
}

QString SurveyService::surveyName(qint64 id) const
{
    const std::optional<Survey> survey = m_workbench.surveys().find(id);
    return survey ? survey->name : QString();
}

QString SurveyService::surveyChanges(const Survey &before, const Survey &after) const
{
    QStringList changes;
    if (before.name != after.name)
        changes.append(tr("name %1 → %2").arg(before.name, after.name));
    if (before.serviceId != after.serviceId) {
        const auto serviceName = [this](qint64 id) {
            const std::optional<Service> found =
                id > 0 ? m_workbench.services().byId(id) : std::nullopt;
            return found ? found->name : QStringLiteral("–");
        };
        changes.append(
            tr("service %1 → %2").arg(serviceName(before.serviceId), serviceName(after.serviceId)));
    }
    if (before.scaleMin != after.scaleMin || before.scaleMax != after.scaleMax)
        changes.append(tr("scale %1–%2 → %3–%4")
                           .arg(before.scaleMin)
                           .arg(before.scaleMax)
                           .arg(after.scaleMin)
                           .arg(after.scaleMax));
    if (before.description != after.description)
        changes.append(tr("description"));
    if (before.items != after.items)
        changes.append(tr("items: %1 → %2").arg(before.items.size()).arg(after.items.size()));
    if (before.waves != after.waves)
        changes.append(tr("waves: %1 → %2").arg(before.waves.size()).arg(after.waves.size()));
    return changes.join(QStringLiteral("; "));
}

StorageResult SurveyService::saveSurvey(Survey &survey)
{
    if (survey.id > 0) {
        const std::optional<Survey> stored = m_workbench.surveys().find(survey.id);
        if (!stored)
            return StorageResult::failure(
                tr("The survey %1 is no longer in the workbench.").arg(survey.name));
        return saveSurvey(survey, *stored);
    }
    const Survey before = survey;
    const StorageResult saved = writeAndRefresh([&] {
        if (StorageResult inserted = m_workbench.surveys().insert(survey); !inserted.ok())
            return inserted;
        return m_workbench.changeLog().record(ChangeSubject::Survey, survey.id, survey.name,
                                              QStringLiteral("added"),
                                              tr("%n item(s)", nullptr, int(survey.items.size())));
    });
    // The ids a rolled-back insert handed out name nothing.
    if (!saved.ok())
        survey = before;
    return saved;
}

StorageResult SurveyService::saveSurvey(Survey &survey, const Survey &expected)
{
    const Survey before = survey;
    const StorageResult saved = writeChecked([&](bool &conflict) {
        const std::optional<Survey> stored = m_workbench.surveys().findForUpdate(survey.id);
        if (!stored || *stored != expected) {
            conflict = true;
            return StorageResult::failure(
                EditConflict::message(m_workbench.database(), ChangeSubject::Survey, survey.id,
                                      tr("the survey %1").arg(expected.name)));
        }
        if (StorageResult updated = m_workbench.surveys().update(survey); !updated.ok())
            return updated;
        return m_workbench.changeLog().record(ChangeSubject::Survey, survey.id, survey.name,
                                              QStringLiteral("changed"),
                                              surveyChanges(expected, survey));
    });
    // The ids a rolled-back update handed to new items and waves name nothing.
    if (!saved.ok())
        survey = before;
    return saved;
}

StorageResult SurveyService::setWeights(const Weights &weights)
{
    Weights current;
    for (const auto &[id, weight] : weights) {
        const std::optional<Dimension> dimension = m_workbench.dimensions().byId(id);
        current.append({id, dimension ? dimension->servqualWeight : std::nullopt});
    }
    return setWeights(weights, current);
}

StorageResult SurveyService::setWeights(const Weights &weights, const Weights &expected)
{
    const auto shown = [](const std::optional<double> &weight) {
        return weight ? QString::number(*weight, 'g', 4) : QStringLiteral("–");
    };
    return writeChecked([&](bool &conflict) -> StorageResult {
        QHash<qint64, Dimension> stored;
        for (const auto &[id, weight] : expected) {
            const std::optional<Dimension> dimension = m_workbench.dimensions().byIdForUpdate(id);
            if (!dimension || dimension->servqualWeight != weight) {
                conflict = true;
                const QString name = dimension ? dimension->name : QString::number(id);
                return StorageResult::failure(
                    EditConflict::message(m_workbench.database(), ChangeSubject::Dimension, id,
                                          tr("the SERVQUAL weight of %1").arg(name)));
            }
            stored.insert(id, *dimension);
        }
        if (StorageResult written = m_workbench.dimensions().setServqualWeights(weights);
            !written.ok())
            return written;
        for (const auto &[id, weight] : weights) {
            const std::optional<Dimension> before = stored.contains(id)
                                                        ? std::optional(stored.value(id))
                                                        : m_workbench.dimensions().byId(id);
            if (!before || before->servqualWeight == weight)
                continue;
            if (StorageResult recorded = m_workbench.changeLog().record(
                    ChangeSubject::Dimension, id, before->name, QStringLiteral("weighted"),
                    tr("SERVQUAL weight %1 → %2")
                        .arg(shown(before->servqualWeight), shown(weight)));
                !recorded.ok())
                return recorded;
        }
        return StorageResult::success();
    });
}

StorageResult SurveyService::feedStandard(qint64 standardId, qint64 surveyId)
{
    std::optional<qint64> current;
    for (const SurveyFeed &feed : m_workbench.surveys().feeds()) {
        if (feed.standardId == standardId)
            current = feed.surveyId;
    }
    return feedStandard(standardId, surveyId, current);
}

StorageResult SurveyService::feedStandard(qint64 standardId, qint64 surveyId,
                                          std::optional<qint64> expected)
{
    return writeChecked([&](bool &conflict) -> StorageResult {
        // The standard's row stands for its feed: two analysts choosing a
        // feed for one standard wait for each other here.
        const std::optional<Standard> standard =
            m_workbench.standardRepository().byIdForUpdate(standardId);
        std::optional<qint64> current;
        for (const SurveyFeed &feed : m_workbench.surveys().feeds()) {
            if (feed.standardId == standardId)
                current = feed.surveyId;
        }
        if (!standard || current != expected) {
            conflict = true;
            const QString code = standard ? standard->code : QString::number(standardId);
            return StorageResult::failure(EditConflict::message(
                m_workbench.database(),
                standard ? ChangeSubject::SurveyFeed : ChangeSubject::Standard, standardId,
                tr("the survey feeding standard %1").arg(code)));
        }
        if (StorageResult written = m_workbench.surveys().setFeed({standardId, surveyId});
            !written.ok())
            return written;
        if (current == surveyId)
            return StorageResult::success();
        return m_workbench.changeLog().record(
            ChangeSubject::SurveyFeed, standardId, standard->code, QStringLiteral("fed"),
            tr("survey %1 → %2")
                .arg(current ? surveyName(*current) : QStringLiteral("–"), surveyName(surveyId)));
    });
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

StorageResult SurveyService::writeChecked(const std::function<StorageResult(bool &conflict)> &write)
{
    bool conflict = false;
    const StorageResult done = writeAndRefresh([&] { return write(conflict); });
    if (conflict)
        announceChanges(); // the views show the other's change
    return done;
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
