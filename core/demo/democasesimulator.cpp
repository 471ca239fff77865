// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "democasesimulator.h"

#include "demoreferencedata.h"
#include "seededrandom.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace Yardstick {

namespace {

constexpr std::uint32_t kSeed = 20240304u + 10u;
constexpr double kKeyCustomerShare = 0.03;
constexpr double kKeyCustomerSpeedUp = 0.75; // the red channel: handled first
constexpr double kReworkSlowDown = 1.3;      // a case sent back takes longer
// Week-to-week wobble of the service level (staffing, backlogs): an AR(1)
// process, so good and bad weeks come in runs as they do in real queues.
constexpr double kLevelPersistence = 0.6;
constexpr double kLevelNoise = 0.025;

std::uint32_t seedFor(const QString &serviceCode)
{
    std::uint32_t seed = kSeed;
    for (QChar c : serviceCode)
        seed = seed * 31u + c.unicode();
    return seed;
}

// More work after the new year, less over the summer.
double seasonalVolume(const QDate &weekStart)
{
    const double angle = 2.0 * std::numbers::pi * (weekStart.dayOfYear() - 15) / 365.25;
    return 1.0 + 0.08 * std::cos(angle);
}

double holidayVolume(const QDate &weekStart)
{
    const QDate weekEnd = weekStart.addDays(6);
    const QDate christmas(weekStart.year(), 12, 25);
    if (christmas >= weekStart && christmas <= weekEnd)
        return 0.6;
    const QDate newYear(weekEnd.year(), 1, 1);
    if (newYear >= weekStart && newYear <= weekEnd)
        return 0.8;
    return 1.0;
}

QDateTime arrival(const QDate &weekStart, SeededRandom &random)
{
    // Mondays bring the weekend's post.
    static const QList<double> weekdays{1.25, 1.1, 1.0, 1.0, 0.85};
    const QDate day = weekStart.addDays(random.weighted(weekdays));
    const int minute = random.between(8 * 60 + 30, 17 * 60 + 29);
    return QDateTime(day, QTime(minute / 60, minute % 60), Qt::UTC);
}

} // namespace

DemoCaseSimulator::DemoCaseSimulator(const DemoReferenceData &reference)
    : m_reference(reference)
{}

QList<CaseRecord> DemoCaseSimulator::simulate(const DemoStory::Headline &headline) const
{
    SeededRandom random(seedFor(headline.serviceCode));
    const qint64 serviceId = m_reference.serviceId(headline.serviceCode);
    const qint64 departmentId = m_reference.departmentId(headline.departmentCode);
    const QDateTime extracted = DemoStory::extractedAt();

    QList<CaseRecord> cases;
    cases.reserve(qsizetype(headline.casesPerWeek) * DemoStory::weekCount() * 11 / 10);
    double wobble = 0;
    int year = 0;
    int number = 0;
    for (int week = 0; week < DemoStory::weekCount(); ++week) {
        const QDate weekStart = DemoStory::weekStart(week);
        wobble =
            kLevelPersistence * wobble +
            random.normal(0, kLevelNoise * std::sqrt(1 - kLevelPersistence * kLevelPersistence));
        const double meanDays =
            DemoStory::blend(headline.daysBefore, headline.daysAfter, week) * (1 + wobble);
        const double rightFirstTime =
            DemoStory::blend(headline.rightFirstTimeBefore, headline.rightFirstTimeAfter, week);
        // Key customers and rework pull individual cases away from the mean;
        // scale the base so the service as a whole still averages meanDays.
        const double mix = (kKeyCustomerShare * kKeyCustomerSpeedUp + 1 - kKeyCustomerShare) *
                           (rightFirstTime + (1 - rightFirstTime) * kReworkSlowDown);
        const double baseDays = meanDays / mix;

        const double expected =
            headline.casesPerWeek * seasonalVolume(weekStart) * holidayVolume(weekStart);
        const int count = std::max(1, int(std::lround(random.normal(expected, 0.07 * expected))));
        QList<CaseRecord> ofWeek;
        ofWeek.reserve(count);
        for (int i = 0; i < count; ++i) {
            CaseRecord c;
            c.serviceId = serviceId;
            c.departmentId = departmentId;
            const QDateTime received = arrival(weekStart, random);
            c.receivedAt = Moment::fromDateTime(received);
            c.keyCustomer = random.chance(kKeyCustomerShare);
            const bool right = random.chance(rightFirstTime);
            const double days = random.logNormal(baseDays, headline.turnaroundCv) *
                                (c.keyCustomer ? kKeyCustomerSpeedUp : 1.0) *
                                (right ? 1.0 : kReworkSlowDown);
            // Whole minutes: the file stores times to the second, and a
            // stored case must give back exactly the turnaround measured here.
            const qint64 minutes = std::max<qint64>(30, std::llround(days * 24 * 60));
            const QDateTime completed = received.addSecs(minutes * 60);
            if (completed <= extracted) {
                c.completedAt = Moment::fromDateTime(completed);
                c.rightFirstTime = right ? RightFirstTime::Yes : RightFirstTime::No;
            } // else still open: whether it was right first time is not known yet
            ofWeek.append(c);
        }
        std::stable_sort(ofWeek.begin(), ofWeek.end(),
                         [](const CaseRecord &a, const CaseRecord &b) {
                             return a.receivedAt.utcSeconds() < b.receivedAt.utcSeconds();
                         });
        for (CaseRecord &c : ofWeek) {
            if (c.receivedAt.date.year() != year) {
                year = c.receivedAt.date.year();
                number = 0;
            }
            c.caseId = QStringLiteral("%1-%2-%3")
                           .arg(headline.serviceCode)
                           .arg(year)
                           .arg(++number, 6, 10, QLatin1Char('0'));
        }
        cases.append(ofWeek);
    }
    return cases;
}

} // namespace Yardstick
