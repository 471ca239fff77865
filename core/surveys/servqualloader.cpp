// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "servqualloader.h"

#include "workbench/workbench.h"

#include <QHash>

#include <algorithm>

namespace Yardstick {

namespace {

// Where a wave with answers stands: its survey (0 when none defines it) and
// the start date that orders it (null for undated or undefined waves, which
// then go by name).
struct WavePlace
{
    QString name;
    qint64 surveyId = 0;
    QDate startsOn;
};

QList<WavePlace> placesOfAnsweredWaves(Workbench &workbench)
{
    QHash<QString, WavePlace> defined;
    for (const Survey &survey : workbench.surveys().all()) {
        for (const SurveyWave &wave : survey.waves)
            defined.insert(wave.name, {wave.name, survey.id, wave.startsOn});
    }
    QList<WavePlace> places;
    for (const QString &name : workbench.surveyResponses().waves())
        places.append(defined.value(name, WavePlace{name, 0, QDate()}));
    // A null QDate sorts before every valid one.
    std::stable_sort(places.begin(), places.end(), [](const WavePlace &a, const WavePlace &b) {
        if (a.startsOn != b.startsOn)
            return a.startsOn < b.startsOn;
        return a.name < b.name;
    });
    return places;
}

} // namespace

QStringList servqualWaves(Workbench &workbench)
{
    QStringList names;
    for (const WavePlace &place : placesOfAnsweredWaves(workbench))
        names.append(place.name);
    return names;
}

ServqualInput loadServqualInput(Workbench &workbench, const QString &wave)
{
    const QList<WavePlace> places = placesOfAnsweredWaves(workbench);
    ServqualInput input;
    input.dimensions = workbench.dimensions().all();
    input.complainantRefs = workbench.letters().customerRefs();
    if (places.isEmpty())
        return input;
    const auto current = wave.isEmpty()
                             ? places.cend() - 1
                             : std::find_if(places.cbegin(), places.cend(),
                                            [&](const WavePlace &p) { return p.name == wave; });
    if (current == places.cend()) {
        // A wave without answers: nothing to analyse, but its survey still
        // tells the items.
        input.wave = wave;
        input.survey = workbench.surveys().findByWave(wave);
        return input;
    }
    input.wave = current->name;
    input.responses = workbench.surveyResponses().ofWave(current->name);
    if (current->surveyId > 0)
        input.survey = workbench.surveys().find(current->surveyId);
    // The previous answered wave of the same survey; undefined waves count
    // as one survey among themselves.
    for (auto it = current; it != places.cbegin();) {
        --it;
        if (it->surveyId == current->surveyId) {
            input.previousWave = it->name;
            input.previousResponses = workbench.surveyResponses().ofWave(it->name);
            break;
        }
    }
    return input;
}

} // namespace Yardstick
