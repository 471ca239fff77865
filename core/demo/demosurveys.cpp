// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "demosurveys.h"

#include "demoreferencedata.h"
#include "demostory.h"
#include "seededrandom.h"
#include "workbench/workbench.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace Yardstick {

namespace {

// How one SERVQUAL dimension fares in the demo: the mean gap before the
// programme and once it has taken effect, and how important respondents
// say it is (1..7). The programme fixed what customers said mattered most,
// so reliability and responsiveness move furthest; the rest start closer to
// expectations (their standards are met throughout).
struct DimensionStory
{
    const char *key;
    const char *codePrefix;
    double gapBefore;
    double gapAfter;
    double importance;
};

constexpr DimensionStory kDimensions[] = {
    {"reliability", "REL", -1.5, -0.2, 6.5}, {"responsiveness", "RES", -1.4, -0.2, 6.3},
    {"assurance", "ASS", -0.35, -0.15, 5.6}, {"empathy", "EMP", -0.35, -0.2, 5.2},
    {"tangibles", "TAN", -0.25, -0.1, 4.4},
};

// Four questions per dimension, in the order of kDimensions; "%1" is what the
// service handled for the customer ("your application"), "%2" the same
// capitalised.
constexpr const char *kItemTexts[5][4] = {
    {"%2 was handled right the first time", "%2 was done by the date we promised",
     "We did what we said we would do about %1", "Our records about %1 were free of errors"},
    {"We told you exactly when %1 would be done", "Staff dealt with %1 promptly",
     "Staff were always willing to help with %1",
     "Staff were never too busy to answer your questions about %1"},
    {"Staff who handled %1 instilled confidence", "You felt safe giving us your details for %1",
     "Staff were consistently courteous", "Staff had the knowledge to answer your questions"},
    {"Staff gave you individual attention", "Our telephone hours suited you",
     "Staff understood your specific needs", "We had your best interests at heart"},
    {"Our forms and letters about %1 were clear", "%2 looked professional",
     "Our telephone menus were easy to follow",
     "The written material we sent you was easy to understand"},
};

// The services the follow-up calls ask about, with what they handled.
struct ServiceWords
{
    const char *code;
    const char *thing; // lower case, with its possessive
    std::uint32_t seed;
};

constexpr ServiceWords kServices[] = {
    {"APP", "your application", 0x5A11'0001},      {"NEW", "your new card", 0x5A11'0002},
    {"REP", "your replacement card", 0x5A11'0003}, {"BIL", "your statement", 0x5A11'0004},
    {"INQ", "your inquiry", 0x5A11'0005},
};

// Of the respondents, the share drawn from customers who wrote a letter; the
// rest never did, so roughly three in five of the dissatisfied are silent.
constexpr double kComplainantShare = 0.4;
// A respondent skips a question now and then (an empty answer).
constexpr double kAnswerShare = 0.96;
// The demo's own customers start at CM-100001 and stay below CM-400000 (see
// DemoLetterWriter); respondents who never wrote get numbers from here.
constexpr int kSilentCustomerBase = 500000;

double onScale(double value)
{
    return std::clamp(std::round(value), 1.0, 7.0);
}

QString capitalised(const QString &text)
{
    return text.isEmpty() ? text : text.at(0).toUpper() + text.mid(1);
}

Survey surveyFor(const ServiceWords &words, const DemoReferenceData &reference)
{
    const DemoReferenceData::ServiceInfo &info = reference.service(QLatin1String(words.code));
    Survey survey;
    survey.name = QStringLiteral("%1 follow-up calls").arg(info.service.name);
    survey.serviceId = info.service.id;
    survey.description =
        QStringLiteral("SERVQUAL questionnaire read to cardholders by phone a week after the "
                       "service: expectation and perception of each statement on 1-7.");
    const QString thing = QLatin1String(words.thing);
    int position = 0;
    for (int d = 0; d < 5; ++d) {
        const DimensionStory &story = kDimensions[d];
        for (int i = 0; i < 4; ++i) {
            SurveyItem item;
            item.code = QLatin1String(story.codePrefix) + QString::number(i + 1);
            item.text = QString::fromUtf8(kItemTexts[d][i])
                            .replace(QLatin1String("%1"), thing)
                            .replace(QLatin1String("%2"), capitalised(thing));
            item.dimensionId = reference.dimensionId(QLatin1String(story.key));
            // The analysts' own ranking from the pilot study, for waves where
            // respondents did not rate importance.
            item.importance = story.importance - 0.1 * i;
            item.position = position++;
            survey.items.append(item);
        }
    }
    // A wave a quarter, over the demo's weeks; the last one ends with them.
    const QDate first = DemoStory::firstWeekStart();
    const QDate last = DemoStory::weekStart(DemoStory::weekCount()).addDays(-1);
    for (QDate start(first.year(), 1, 1); start <= last; start = start.addMonths(3)) {
        SurveyWave wave;
        wave.name = QStringLiteral("%1 %2-Q%3")
                        .arg(QLatin1String(words.code))
                        .arg(start.year())
                        .arg((start.month() - 1) / 3 + 1);
        wave.startsOn = std::max(start, first);
        wave.endsOn = std::min(start.addMonths(3).addDays(-1), last);
        wave.channel = SurveyChannel::Phone;
        survey.waves.append(wave);
    }
    return survey;
}

QList<SurveyResponse> answersFor(const Survey &survey, const SurveyWave &wave, int waveIndex,
                                 const QStringList &complainants, int &silentNumber,
                                 SeededRandom &random)
{
    const int week =
        DemoStory::weekOf(wave.startsOn.addDays(wave.startsOn.daysTo(wave.endsOn) / 2));
    // Every other wave asked respondents to rate importance too.
    const bool statesImportance = waveIndex % 2 == 1;
    const int respondents = random.between(60, 80);
    QList<SurveyResponse> answers;
    answers.reserve(respondents * survey.items.size());
    QSet<QString> refsInWave;
    for (int r = 0; r < respondents; ++r) {
        QString customerRef;
        do {
            customerRef = !complainants.isEmpty() && random.chance(kComplainantShare)
                              ? random.pick(complainants)
                              : QStringLiteral("CM-%1").arg(++silentNumber);
        } while (refsInWave.contains(customerRef));
        refsInWave.insert(customerRef);
        const QString respondent = QStringLiteral("%1-R%2")
                                       .arg(wave.name.section(QLatin1Char(' '), 1))
                                       .arg(r + 1, 3, 10, QLatin1Char('0'));
        // Some customers are simply harder to please than others.
        const double mood = random.normal(0, 0.45);
        for (const SurveyItem &item : survey.items) {
            const DimensionStory &story = kDimensions[item.position / 4];
            if (!random.chance(kAnswerShare))
                continue;
            const double gap = DemoStory::blend(story.gapBefore, story.gapAfter, week);
            const double expectation = onScale(random.normal(6.1, 0.65));
            SurveyResponse answer;
            answer.wave = wave.name;
            answer.respondent = respondent;
            answer.item = item.code;
            answer.dimensionId = item.dimensionId;
            answer.expectation = expectation;
            answer.perception = onScale(expectation + gap + mood + random.normal(0, 0.8));
            if (statesImportance)
                answer.importance = onScale(random.normal(story.importance, 0.6));
            answer.customerRef = customerRef;
            answers.append(answer);
        }
    }
    return answers;
}

} // namespace

StorageResult DemoSurveys::apply(Workbench &workbench, const DemoReferenceData &reference,
                                 const QList<DemoStandard> &plan)
{
    QStringList complainants = workbench.letters().customerRefs().values();
    std::sort(complainants.begin(), complainants.end()); // a set's order is not stable
    int silentNumber = kSilentCustomerBase;
    for (const ServiceWords &words : kServices) {
        const QString code = QLatin1String(words.code);
        const bool fed = std::any_of(plan.cbegin(), plan.cend(), [&](const DemoStandard &d) {
            return d.serviceCode == code && d.profile == DemoProfile::FromSurveys;
        });
        if (!fed)
            continue;
        Survey survey = surveyFor(words, reference);
        if (StorageResult r = workbench.surveys().insert(survey); !r.ok())
            return r;
        SeededRandom random(words.seed);
        QList<SurveyResponse> answers;
        for (qsizetype w = 0; w < survey.waves.size(); ++w) {
            answers.append(
                answersFor(survey, survey.waves.at(w), int(w), complainants, silentNumber, random));
        }
        if (StorageResult r = workbench.surveyResponses().insertMany(answers); !r.ok())
            return r;
        for (const DemoStandard &d : plan) {
            if (d.serviceCode != code || d.profile != DemoProfile::FromSurveys)
                continue;
            if (StorageResult r = workbench.surveys().setFeed({d.standard.id, survey.id}); !r.ok())
                return r;
        }
    }
    return StorageResult::success();
}

} // namespace Yardstick
