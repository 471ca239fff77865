// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/importreport.h"
#include "model/survey.h"
#include "storage/storageresult.h"
#include "surveys/servqual.h"
#include "surveys/surveyimporter.h"

#include <QList>
#include <QObject>
#include <QPair>
#include <QStringList>

#include <functional>
#include <optional>

namespace Yardstick {

class Workbench;

// Surveys: definitions, waves, importing answers (creating the survey and wave
// in the same transaction), the analysis of a wave beside the previous one and
// the measurements surveys feed.
// Each user action is one transaction; what derives from it is refreshed in
// it, and the change is announced so every view follows.
class SurveyService final : public QObject
{
    Q_OBJECT

public:
    explicit SurveyService(Workbench &workbench, QObject *parent = nullptr);

    QList<Survey> surveys() const;
    QList<SurveyFeed> feeds() const;
    // The waves with answers, oldest first.
    QStringList answeredWaves() const;
    // An empty name means the latest wave; beside it the previous wave of
    // its survey. Each wave's answers are read once and analysed once.
    WaveAnalysis analyseWave(const QString &wave = QString()) const;

    // The surveys an import into `wave` must choose between when no survey
    // is named: none when a survey has the wave or at most one survey exists
    // (the import then knows where the answers go), else all their names.
    QStringList surveysToChooseFrom(const QString &wave) const;

    // Imports answers into options.wave: the survey named in options.survey
    // (else the only one, else one named after the file) is created if needed, the wave added (with
    // options.waveDefinition's dates and channel when given) or patched, the answers written and
    // the survey-fed measurements recomputed, all in one transaction; when anything fails nothing
    // is kept, no survey and no wave.
    ImportSummary importAnswers(const QString &path, const SurveyImportOptions &options);
    using Weights = QList<QPair<qint64, std::optional<double>>>; // dimension id, weight

    // Adds (id <= 0, given an id) or updates a survey definition.
    StorageResult saveSurvey(Survey &survey);
    // Updates it only if the workbench still holds `expected` (what the
    // editor read): when another window, yardstick-cli or another analyst
    // changed it since (an import that added a wave included) or removed
    // it, the edit is refused naming who and when, nothing is saved over
    // their change and surveysChanged tells the views to read it again.
    StorageResult saveSurvey(Survey &survey, const Survey &expected);
    StorageResult setWeights(const Weights &weights);
    // Only if every dimension in `expected` still has the weight given
    // there (what the weights dialog read); else refused as saveSurvey is.
    StorageResult setWeights(const Weights &weights, const Weights &expected);
    // Lets the survey's waves be the measurements of a survey-score standard.
    StorageResult feedStandard(qint64 standardId, qint64 surveyId);
    // Only if the standard is still fed by `expected` (nullopt: by none),
    // as read when the choice was offered; else refused as saveSurvey is.
    StorageResult feedStandard(qint64 standardId, qint64 surveyId, std::optional<qint64> expected);
    // Recomputes the measurements of every survey-fed standard.
    StorageResult refreshMeasurements();

    // Emits the change signals. For work done by another instance of this
    // service (a worker thread's, on its own connection): once that work is
    // back on this thread, this tells the views that follow this instance.
    void announceChanges();

signals:
    // Survey definitions, waves or answers changed.
    void surveysChanged();
    // The survey-fed measurements were recomputed.
    void measurementsChanged();

private:
    // Runs a write and the measurement refresh in one transaction; announces
    // the change when it is committed.
    StorageResult writeAndRefresh(const std::function<StorageResult()> &write);
    // writeAndRefresh that, when the write is refused over another's change,
    // announces the change so the views read it again.
    StorageResult writeChecked(const std::function<StorageResult(bool &conflict)> &write);
    QString surveyChanges(const Survey &before, const Survey &after) const;
    QString surveyName(qint64 id) const;

    Workbench &m_workbench;
};

} // namespace Yardstick
