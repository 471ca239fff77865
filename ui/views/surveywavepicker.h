// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/survey.h"

#include <QStringList>
#include <QWidget>

#include <optional>

class QComboBox;

namespace Yardstick {

// The Surveys page's "Survey: … Wave: …" pickers. The waves offered are
// those with answers, oldest first; answers whose wave no survey defines
// gather under "(waves of no survey)". Only the analyst's own choices are
// announced; the page refills and selects without echo.
class SurveyWavePicker final : public QWidget
{
    Q_OBJECT

public:
    explicit SurveyWavePicker(QWidget *parent = nullptr);

    // Keeps the chosen survey when it is still there.
    void setSurveys(const QList<Survey> &surveys, const QStringList &answeredWaves);
    void selectWave(const QString &wave);
    QString currentWave() const;
    std::optional<Survey> currentSurvey() const;

    QComboBox *surveyBox() const { return m_surveyBox; }
    QComboBox *waveBox() const { return m_waveBox; }

signals:
    void waveChosen();

private:
    void fillWaveBox();

    QList<Survey> m_surveys;
    QStringList m_answeredWaves;
    QComboBox *m_surveyBox;
    QComboBox *m_waveBox;
    bool m_filling = false;
};

} // namespace Yardstick
