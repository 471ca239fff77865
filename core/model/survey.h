// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace Yardstick {

// How a wave of a survey reached its respondents.
enum class SurveyChannel
{
    Mail,     // a questionnaire sent by post
    Phone,    // a follow-up call after the service
    InBranch, // a card left where customers see it
};

// "mail", "phone", "in_branch".
QString surveyChannelKey(SurveyChannel channel);
std::optional<SurveyChannel> surveyChannelFromKey(QStringView key);
QString surveyChannelDisplayName(SurveyChannel channel);

// One question of a survey ("The card arrived when promised"), asked for
// expectation and perception and counted in one SERVQUAL dimension. The
// analyst may give it an importance of their own (from an earlier study),
// used where respondents did not rate importance.
struct SurveyItem
{
    qint64 id = 0;
    qint64 surveyId = 0;
    QString code; // what import files call it, e.g. "REL1"
    QString text;
    qint64 dimensionId = 0;
    std::optional<double> importance;
    int position = 0;

    friend bool operator==(const SurveyItem &, const SurveyItem &) = default;
};

// One round of a survey: who was asked when and how. Answers carry the
// wave's name, which is unique in the workbench.
struct SurveyWave
{
    qint64 id = 0;
    qint64 surveyId = 0;
    QString name; // e.g. "2025-Q1"
    QDate startsOn;
    QDate endsOn; // inclusive
    SurveyChannel channel = SurveyChannel::Mail;

    friend bool operator==(const SurveyWave &, const SurveyWave &) = default;
};

// A questionnaire the analysts run again and again: its items, its scale
// (1..7 unless said otherwise) and its waves (oldest first).
struct Survey
{
    qint64 id = 0;
    QString name;
    qint64 serviceId = 0; // 0: not about one service
    double scaleMin = 1;
    double scaleMax = 7;
    QString description;
    QList<SurveyItem> items; // by position
    QList<SurveyWave> waves; // by start date, then name

    const SurveyItem *item(QStringView code) const;
    const SurveyWave *wave(QStringView waveName) const;

    friend bool operator==(const Survey &, const Survey &) = default;
};

// A survey-score standard whose measurements are computed from a survey:
// one per wave, the gap of the standard's dimension (or the weighted gap
// when the survey has no item in that dimension), over the wave's dates.
struct SurveyFeed
{
    qint64 standardId = 0;
    qint64 surveyId = 0;

    friend bool operator==(const SurveyFeed &, const SurveyFeed &) = default;
};

} // namespace Yardstick
