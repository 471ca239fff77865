// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "demoletterwriter.h"

#include "demolettertexts.h"
#include "demoreferencedata.h"
#include "demostory.h"
#include "seededrandom.h"

#include <QSet>

#include <algorithm>
#include <cmath>

namespace Yardstick {

namespace {

constexpr std::uint32_t kSeed = 20240304u + 3u;
// The handling has its own sequence, so the letters' texts and counts stay
// the same whatever the handling draws.
constexpr std::uint32_t kHandlingSeed = 20240304u + 7u;
constexpr int kCustomerCount = 700; // most of them never write
constexpr double kChineseShare = 0.13;
constexpr double kKeyCustomerShare = 0.05;
// Letters a week: the programme removed the commonest causes of complaint.
constexpr double kLettersPerWeekBefore = 3.4;
constexpr double kLettersPerWeekAfter = 1.5;

struct Customer
{
    QString ref;
    QString name;     // as they sign
    QString cardName; // as embossed on the card
    bool chinese = false;
    bool key = false;
    int sinceYear = 0;
    int last4 = 0;
    QString street; // the old address, for letters about address changes
    int house = 0;
};

const char *const kFirstNames[] = {
    "Margaret", "James",  "Linda",  "Robert", "Patricia", "Michael", "Barbara", "David",
    "Susan",    "Thomas", "Karen",  "Daniel", "Nancy",    "Paul",    "Sandra",  "Mark",
    "Donna",    "Steven", "Carol",  "Kevin",  "Sharon",   "Brian",   "Deborah", "Gary",
    "Angela",   "Ronald", "Teresa", "Dennis", "Gloria",   "Walter",
};
const char *const kSurnames[] = {
    "Holloway",  "Brennan",   "Castillo",   "Whitfield", "Okafor",   "Lindqvist",
    "Marchetti", "Pearson",   "Delgado",    "Thornton",  "Kowalski", "Fitzgerald",
    "Nakamura",  "Abernathy", "Sullivan",   "Henderson", "Morales",  "Gallagher",
    "Richter",   "Dubois",    "Patterson",  "Ramirez",   "Caldwell", "Hartley",
    "Novak",     "Ferreira",  "McAllister", "Vasquez",   "Lombardi", "Hughes",
};
// Chinese names with the pinyin embossed on the card.
const std::pair<const char *, const char *> kChineseNames[] = {
    {"王丽", "WANG LI"},   {"李娜", "LI NA"},     {"张伟", "ZHANG WEI"},
    {"刘洋", "LIU YANG"},  {"陈静", "CHEN JING"}, {"杨帆", "YANG FAN"},
    {"黄敏", "HUANG MIN"}, {"赵磊", "ZHAO LEI"},  {"吴婷", "WU TING"},
    {"周杰", "ZHOU JIE"},  {"徐明", "XU MING"},   {"孙悦", "SUN YUE"},
    {"马超", "MA CHAO"},   {"朱琳", "ZHU LIN"},   {"胡军", "HU JUN"},
    {"郭芳", "GUO FANG"},  {"林峰", "LIN FENG"},  {"何静怡", "HE JINGYI"},
    {"高翔", "GAO XIANG"}, {"罗欣", "LUO XIN"},   {"梁晓东", "LIANG XIAODONG"},
    {"宋佳", "SONG JIA"},  {"郑浩", "ZHENG HAO"}, {"谢雨", "XIE YU"},
};
const char *const kStreets[] = {
    "Oak Avenue",      "Mill Lane",         "Cedar Street",    "Harbor View Road",
    "Maple Drive",     "Lincoln Boulevard", "Church Street",   "Elm Court",
    "Riverside Drive", "Park Place",        "Chestnut Street", "Willow Way",
};
const char *const kMonths[] = {"January",   "February", "March",    "April",
                               "May",       "June",     "July",     "August",
                               "September", "October",  "November", "December"};
const char *const kEnglishNumbers[] = {"zero",  "one",   "two",  "three", "four",   "five",  "six",
                                       "seven", "eight", "nine", "ten",   "eleven", "twelve"};
const char *const kChineseNumbers[] = {"零", "一", "两", "三", "四",   "五",  "六",
                                       "七", "八", "九", "十", "十一", "十二"};

template<typename T, std::size_t N>
const T &pickFrom(SeededRandom &random, const T (&items)[N])
{
    return items[random.below(int(N))];
}

// A house number whose digits read differently backwards (and not with a
// leading zero), so a transposed number is a plausible keying error.
int houseNumber(SeededRandom &random)
{
    for (;;) {
        const int n = random.between(12, 398);
        const QString digits = QString::number(n);
        if (digits.front() != digits.back() && digits.back() != QLatin1Char('0'))
            return n;
    }
}

int reversed(int n)
{
    QString digits = QString::number(n);
    std::reverse(digits.begin(), digits.end());
    return digits.toInt();
}

QList<Customer> makeCustomers(SeededRandom &random)
{
    QList<Customer> customers;
    int number = 100000;
    for (int i = 0; i < kCustomerCount; ++i) {
        number += random.between(1, 290);
        Customer c;
        c.ref = QStringLiteral("CM-%1").arg(number);
        c.chinese = random.chance(kChineseShare);
        if (c.chinese) {
            const auto &[name, pinyin] = pickFrom(random, kChineseNames);
            c.name = QString::fromUtf8(name);
            c.cardName = QLatin1String(pinyin);
        } else {
            c.name = QLatin1String(pickFrom(random, kFirstNames)) + QLatin1Char(' ') +
                     QLatin1String(pickFrom(random, kSurnames));
            c.cardName = c.name.toUpper();
        }
        c.key = random.chance(kKeyCustomerShare);
        c.sinceYear = random.between(1998, 2021);
        c.last4 = random.between(1000, 9999);
        c.house = houseNumber(random);
        c.street = QString::number(random.between(2, 240)) + QLatin1Char(' ') +
                   QLatin1String(pickFrom(random, kStreets));
        customers.append(c);
    }
    return customers;
}

// A realistic keying error: two neighbouring letters of the longest part of
// the name swapped ("HOLLOWAY" -> "HOLLOAWY").
QString misspelt(const QString &cardName, SeededRandom &random)
{
    QStringList words = cardName.split(QLatin1Char(' '));
    qsizetype longest = 0;
    for (qsizetype i = 1; i < words.size(); ++i) {
        if (words.at(i).size() > words.at(longest).size())
            longest = i;
    }
    QString &word = words[longest];
    QList<int> positions;
    for (int i = 1; i + 1 < word.size(); ++i) { // keep the first letter: people notice it
        if (word.at(i) != word.at(i + 1))
            positions.append(i);
    }
    if (positions.isEmpty()) {
        word.append(word.back());
    } else {
        const int i = random.pick(positions);
        const QChar c = word.at(i);
        word[i] = word.at(i + 1);
        word[i + 1] = c;
    }
    return words.join(QLatin1Char(' '));
}

QString numberWord(int n, bool chinese)
{
    if (n < 0 || n > 12)
        return QString::number(n);
    return QString::fromUtf8(chinese ? kChineseNumbers[n] : kEnglishNumbers[n]);
}

// Fixed formats rather than QLocale: the demo must read the same whatever
// the machine's locale data.
QString dateText(const QDate &date, bool chinese)
{
    if (chinese) {
        return QString::fromUtf8("%1年%2月%3日").arg(date.year()).arg(date.month()).arg(date.day());
    }
    return QStringLiteral("%1 %2 %3")
        .arg(date.day())
        .arg(QLatin1String(kMonths[date.month() - 1]))
        .arg(date.year());
}

QString monthText(const QDate &date, bool chinese)
{
    if (chinese)
        return QString::fromUtf8("%1月").arg(date.month());
    return QLatin1String(kMonths[date.month() - 1]);
}

QString groupedDollars(qint64 dollars)
{
    QString digits = QString::number(dollars);
    for (qsizetype i = digits.size() - 3; i > 0; i -= 3)
        digits.insert(i, QLatin1Char(','));
    return digits;
}

QString moneyText(qint64 cents, bool chinese, bool showCents = true)
{
    QString amount = groupedDollars(cents / 100);
    if (showCents)
        amount += QStringLiteral(".%1").arg(cents % 100, 2, 10, QLatin1Char('0'));
    return chinese ? amount + QString::fromUtf8("美元") : QStringLiteral("US$") + amount;
}

QString filled(QString text, const QList<std::pair<QString, QString>> &values)
{
    for (const auto &[key, value] : values)
        text.replace(QLatin1Char('{') + key + QLatin1Char('}'), value);
    return text;
}

bool isHeadline(const QString &serviceCode)
{
    for (const DemoStory::Headline &h : DemoStory::headlines()) {
        if (h.serviceCode == serviceCode)
            return true;
    }
    return false;
}

// Complaints about waiting on the three headline services fall away as
// their turnaround improves.
double problemWeight(const DemoLetterTexts::Problem &problem, int week)
{
    const bool aboutWaiting =
        problem.maxDays > 0 || problem.dimension == QLatin1String("timeliness");
    if (aboutWaiting && isHeadline(problem.service))
        return DemoStory::blend(1.6, 0.45, week);
    return 1.0;
}

// How long the customer says they waited. For the headline services it
// follows the story: complainants are the slow tail, about one and a half
// to two times the mean of the day.
int daysWaited(const DemoLetterTexts::Problem &problem, int week, SeededRandom &random)
{
    if (problem.maxDays <= 0)
        return 0;
    for (const DemoStory::Headline &h : DemoStory::headlines()) {
        if (h.serviceCode == problem.service) {
            const double mean = DemoStory::blend(h.daysBefore, h.daysAfter, week);
            const int days = int(std::lround(mean * random.uniform(1.3, 2.1)));
            return std::clamp(days, problem.minDays, problem.maxDays);
        }
    }
    return random.between(problem.minDays, problem.maxDays);
}

LetterChannel pickChannel(SeededRandom &random)
{
    static const QList<double> weights{35, 30, 15, 10, 10};
    static const LetterChannel channels[] = {LetterChannel::Letter, LetterChannel::Email,
                                             LetterChannel::Web, LetterChannel::Phone,
                                             LetterChannel::ComplaintCard};
    return channels[random.weighted(weights)];
}

QDateTime receivedAt(int week, LetterChannel channel, SeededRandom &random)
{
    // Post, calls and cards arrive in office hours; e-mail and web forms at
    // any hour of any day.
    const bool online = channel == LetterChannel::Email || channel == LetterChannel::Web;
    const QDate day = DemoStory::weekStart(week).addDays(random.below(online ? 7 : 5));
    const int minute =
        online ? random.between(7 * 60, 23 * 60 - 1) : random.between(8 * 60 + 30, 17 * 60 + 29);
    return QDateTime(day, QTime(minute / 60, minute % 60), Qt::UTC);
}

struct Composition
{
    const DemoLetterTexts::Problem *problem = nullptr;
    QString text;
};

Composition compose(const DemoLetterTexts::Library &library, const Customer &customer,
                    const QDateTime &received, LetterChannel channel, int week,
                    SeededRandom &random)
{
    QList<double> weights;
    for (const DemoLetterTexts::Problem &p : library.problems)
        weights.append(problemWeight(p, week));
    const DemoLetterTexts::Problem &problem = library.problems.at(random.weighted(weights));

    const bool zh = customer.chinese;
    const int days = daysWaited(problem, week, random);
    const QDate today = received.date();
    const QList<std::pair<QString, QString>> values = {
        {QStringLiteral("days"), QString::number(days)},
        {QStringLiteral("weeks"), numberWord(std::max(2, int(std::lround(days / 7.0))), zh)},
        {QStringLiteral("since"), dateText(today.addDays(-days), zh)},
        {QStringLiteral("month"), monthText(today.addMonths(-1), zh)},
        {QStringLiteral("amount"), moneyText(random.between(1200, 240000), zh)},
        {QStringLiteral("fee"),
         moneyText(100 * qint64(random.pick(QList<int>{25, 29, 35, 39, 45, 59, 95})), zh, !zh)},
        {QStringLiteral("limit"),
         moneyText(100 * qint64(random.pick(QList<int>{500, 1000, 1500, 2000, 2500, 3000, 5000})),
                   zh, false)},
        {QStringLiteral("calls"), numberWord(random.between(2, 5), zh)},
        {QStringLiteral("desks"), numberWord(random.between(3, 4), zh)},
        {QStringLiteral("last4"), QString::number(customer.last4)},
        {QStringLiteral("cmref"), customer.ref},
        {QStringLiteral("cardname"), customer.cardName},
        {QStringLiteral("wrongcardname"), misspelt(customer.cardName, random)},
        {QStringLiteral("street"), customer.street},
        {QStringLiteral("house"), QString::number(customer.house)},
        {QStringLiteral("wronghouse"), QString::number(reversed(customer.house))},
        {QStringLiteral("years"), QString::number(today.year() - customer.sinceYear)},
        {QStringLiteral("yearsince"), QString::number(customer.sinceYear)},
    };

    QStringList body;
    if (random.chance(0.55))
        body.append(random.pick(library.intros));
    body.append(problem.text);
    if (random.chance(0.45))
        body.append(random.pick(library.details));

    QStringList paragraphs;
    const bool online = channel == LetterChannel::Email || channel == LetterChannel::Web;
    if (channel == LetterChannel::Letter)
        paragraphs.append(random.pick(library.formalOpenings));
    else if (online)
        paragraphs.append(random.pick(library.informalOpenings));
    paragraphs.append(body.join(library.sentenceSeparator));
    if (channel != LetterChannel::ComplaintCard && random.chance(0.7))
        paragraphs.append(random.pick(library.requests));
    if (channel == LetterChannel::Letter)
        paragraphs.append(random.pick(library.formalClosings) + QLatin1Char('\n') + customer.name);
    else if (online)
        paragraphs.append(random.pick(library.informalClosings) + QLatin1Char('\n') +
                          customer.name);
    else if (channel == LetterChannel::ComplaintCard)
        paragraphs.append(customer.name);
    else
        paragraphs.append(library.phoneNote);

    return {&problem, filled(paragraphs.join(QStringLiteral("\n\n")), values)};
}

// How long a letter waited, in days: a log-normal around a median that
// moves from the old to the new process as the programme takes hold.
double waitDays(double medianBefore, double medianAfter, double sigma, int week,
                SeededRandom &random)
{
    const double logMedian = DemoStory::blend(std::log(medianBefore), std::log(medianAfter), week);
    return std::min(90.0, std::exp(logMedian + sigma * random.normal()));
}

QDateTime afterDays(const QDateTime &from, double days)
{
    // Whole minutes, as a complaint register records them.
    return from.addSecs(60 * qint64(std::llround(days * 24 * 60)));
}

// Where each complaint's handling stands when the register is read, late on
// the day the last letter arrived (so the newest letters are still open).
// Before the programme an acknowledgement took a day or two and a resolution
// two to three weeks; after it complaints are acknowledged within hours and
// settled within a week, and key customers' go through a "red channel" that
// settles them within a day or two.
void addHandling(QList<ComplaintLetter> &letters)
{
    if (letters.isEmpty())
        return;
    SeededRandom random(kHandlingSeed);
    const QDateTime readAt(letters.constLast().receivedAt.date(), QTime(23, 59), Qt::UTC);
    for (ComplaintLetter &letter : letters) {
        const int week = DemoStory::weekOf(letter.receivedAt.date());
        const bool key = letter.keyCustomer;
        // Both waits are drawn for every letter, so one letter's outcome
        // never shifts the next one's draws.
        const double response =
            key ? waitDays(0.9, 0.12, 0.6, week, random) : waitDays(1.7, 0.3, 0.6, week, random);
        const double handling =
            key ? waitDays(9.0, 0.9, 0.4, week, random) : waitDays(14.0, 5.5, 0.58, week, random);
        const QDateTime responded = afterDays(letter.receivedAt, response);
        const QDateTime resolved = afterDays(letter.receivedAt, response + handling);
        if (responded > readAt) {
            letter.status = LetterStatus::New;
        } else if (resolved > readAt) {
            letter.status = LetterStatus::InProgress;
            letter.firstResponseAt = responded;
        } else {
            letter.status = LetterStatus::Resolved;
            letter.firstResponseAt = responded;
            letter.resolvedAt = resolved;
        }
    }
}

} // namespace

DemoLetterWriter::DemoLetterWriter(const DemoReferenceData &reference)
    : m_reference(reference)
{}

QList<ComplaintLetter> DemoLetterWriter::write() const
{
    SeededRandom random(kSeed);
    const QList<Customer> customers = makeCustomers(random);
    const DemoLetterTexts::Library english = DemoLetterTexts::english();
    const DemoLetterTexts::Library chinese = DemoLetterTexts::chinese();
    QHash<QString, qint64> dimensionIds;
    for (const Dimension &d : m_reference.dimensions())
        dimensionIds.insert(d.key, d.id);

    QList<ComplaintLetter> letters;
    QSet<QString> texts; // the file stores each text once (unique content hash)
    for (int week = 0; week < DemoStory::weekCount(); ++week) {
        const double expected = DemoStory::blend(kLettersPerWeekBefore, kLettersPerWeekAfter, week);
        const int count =
            std::max(0, int(std::lround(random.normal(expected, std::sqrt(expected)))));
        QList<ComplaintLetter> ofWeek;
        for (int i = 0; i < count; ++i) {
            const Customer &customer = random.pick(customers);
            const LetterChannel channel = pickChannel(random);
            const QDateTime received = receivedAt(week, channel, random);
            // A short card from a customer who wrote before can come out word
            // for word the same; draw again, as the new details will differ.
            Composition composed;
            do {
                composed = compose(customer.chinese ? chinese : english, customer, received,
                                   channel, week, random);
            } while (texts.contains(composed.text));
            texts.insert(composed.text);

            ComplaintLetter letter;
            letter.receivedAt = received;
            letter.channel = channel;
            letter.customerRef = customer.ref;
            letter.keyCustomer = customer.key;
            letter.language = customer.chinese ? QStringLiteral("zh") : QStringLiteral("en");
            letter.text = composed.text;
            letter.serviceId = m_reference.serviceId(composed.problem->service);
            letter.primaryDimensionId = dimensionIds.value(composed.problem->dimension);
            letter.labelStatus = LabelStatus::Confirmed;
            ofWeek.append(letter);
        }
        std::stable_sort(ofWeek.begin(), ofWeek.end(),
                         [](const auto &a, const auto &b) { return a.receivedAt < b.receivedAt; });
        letters.append(ofWeek);
    }

    // References number the letters of each year in order of arrival.
    int year = 0;
    int number = 0;
    for (ComplaintLetter &letter : letters) {
        if (letter.receivedAt.date().year() != year) {
            year = letter.receivedAt.date().year();
            number = 0;
        }
        letter.reference =
            QStringLiteral("L-%1-%2").arg(year).arg(++number, 4, 10, QLatin1Char('0'));
    }
    addHandling(letters);
    return letters;
}

} // namespace Yardstick
