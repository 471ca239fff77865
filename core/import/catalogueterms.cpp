// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalogueterms.h"

#include <QHash>
#include <QRegularExpression>
#include <QStringList>

#include <iterator>

namespace Yardstick {

namespace {

// The words of one field and the value each stands for, compared in their
// normalised form. A word listed for two values keeps the first.
template<typename T>
class WordIndex
{
public:
    void add(T value, const QString &word)
    {
        const QString key = CatalogueTerms::normalised(word);
        if (!key.isEmpty() && !m_words.contains(key))
            m_words.insert(key, value);
    }

    // "a|b|c", UTF-8, as the tables below write them.
    void addAll(T value, const char *words)
    {
        for (const QString &word : QString::fromUtf8(words).split(QLatin1Char('|')))
            add(value, word);
    }

    std::optional<T> find(const QString &normalisedText) const
    {
        if (const auto it = m_words.constFind(normalisedText); it != m_words.cend())
            return *it;
        return std::nullopt;
    }

private:
    QHash<QString, T> m_words;
};

// Beyond the keys and the window's own names (added where the index is
// built): the short forms and Chinese terms analysts write. The bases are the
// four DOMAIN.md names: customer expectations, competition, current
// processing capability and economics.
const WordIndex<BasisFlag> &basisWords()
{
    static const WordIndex<BasisFlag> index = [] {
        WordIndex<BasisFlag> words;
        for (BasisFlag flag : allBasisFlags()) {
            words.add(flag, basisFlagKey(flag));
            words.add(flag, basisFlagDisplayName(flag));
        }
        words.addAll(BasisFlag::CustomerExpectation,
                     "customer expectations|customer|customers|expectation|expectations|"
                     "客户期望|顾客期望|客户|顾客");
        words.addAll(BasisFlag::Competition,
                     "competitor|competitors|competitive|竞争|竞争对手|同业竞争");
        words.addAll(BasisFlag::Capability,
                     "current processing capability|current capability|process capability|"
                     "processing|处理能力|当前处理能力|现有处理能力");
        words.addAll(BasisFlag::Economics, "economic|economy|cost|经济性|经济|成本");
        return words;
    }();
    return index;
}

const WordIndex<Metric> &metricWords()
{
    static const WordIndex<Metric> index = [] {
        WordIndex<Metric> words;
        for (Metric metric : allMetrics()) {
            words.add(metric, metricKey(metric));
            words.add(metric, metricDisplayName(metric));
        }
        words.addAll(Metric::TurnaroundDays,
                     "turnaround|turnaround time|turnaround time (days)|turnaround in days|days|"
                     "processing time|processing time (days)|处理时间|处理时间（天）|处理天数|"
                     "周转时间|周转天数");
        words.addAll(Metric::TurnaroundHours,
                     "turnaround time (hours)|turnaround in hours|hours|processing time (hours)|"
                     "处理时间（小时）|处理小时数");
        words.addAll(Metric::RightFirstTimePct,
                     "right first time|right first time %|right first time percent|"
                     "right first time rate|% right first time|first time right|rft|rft %|"
                     "一次做对率|一次正确率");
        words.addAll(Metric::ErrorRatePct,
                     "error rate|error rate percent|error %|errors %|% errors|差错率|错误率");
        words.addAll(Metric::CountPer1000,
                     "count per 1000|count per 1,000|count per 1000 cases|per 1000|per 1,000|"
                     "per 1000 cases|per 1,000 cases|每千件数");
        words.addAll(Metric::SurveyScore, "survey|survey points|调查得分|问卷得分");
        words.addAll(Metric::AuditScore, "audit|audit score|audit %|审核得分|稽核得分");
        return words;
    }();
    return index;
}

// Mean and median by word; percentiles and shares by pattern (below).
const WordIndex<Statistic> &statisticWords()
{
    static const WordIndex<Statistic> index = [] {
        WordIndex<Statistic> words;
        for (const Statistic &s : {Statistic::mean(), Statistic::median()}) {
            words.add(s, s.key());
            words.add(s, s.displayName());
        }
        words.addAll(Statistic::mean(), "average|avg|arithmetic mean|平均|平均值|均值|平均数");
        words.addAll(Statistic::median(), "med|中位数|中值");
        return words;
    }();
    return index;
}

const WordIndex<Direction> &directionWords()
{
    static const WordIndex<Direction> index = [] {
        WordIndex<Direction> words;
        for (Direction d : {Direction::LowerIsBetter, Direction::HigherIsBetter}) {
            words.add(d, directionKey(d));
            words.add(d, directionDisplayName(d));
        }
        words.addAll(Direction::LowerIsBetter,
                     "lower better|low|down|smaller|smaller is better|less|less is better|"
                     "fewer is better|minimise|minimize|越低越好|越小越好|越少越好|越短越好|低");
        words.addAll(Direction::HigherIsBetter,
                     "higher better|high|up|bigger|bigger is better|larger is better|"
                     "greater is better|more is better|maximise|maximize|越高越好|越大越好|"
                     "越多越好|高");
        return words;
    }();
    return index;
}

// The metrics' own units, each with the ways it gets written.
const WordIndex<QString> &unitWords()
{
    static const WordIndex<QString> index = [] {
        WordIndex<QString> words;
        for (Metric metric : allMetrics())
            words.add(metricDefaultUnit(metric), metricDefaultUnit(metric));
        words.addAll(QStringLiteral("days"), "day|d|天|日");
        words.addAll(QStringLiteral("hours"), "hour|h|hr|hrs|小时");
        words.addAll(QStringLiteral("%"), "percent|per cent|pct|percentage|百分比");
        words.addAll(QStringLiteral("points"), "point|pts|pt|分");
        words.addAll(QStringLiteral("per 1,000"), "per 1000");
        return words;
    }();
    return index;
}

// The reference dimensions (DOMAIN.md: the card case's three and SERVQUAL's
// five) with the Chinese names an analyst writes for them.
struct ReferenceDimension
{
    const char *key;
    const char *name;
    const char *otherWords;
};

constexpr ReferenceDimension kDimensions[] = {
    {"timeliness", "Timeliness", "及时性|时效性|及时"},
    {"accuracy", "Accuracy", "准确性|准确|正确性"},
    {"responsiveness", "Responsiveness", "响应性|响应"},
    {"reliability", "Reliability", "可靠性|可靠"},
    {"assurance", "Assurance", "保证性|保证"},
    {"empathy", "Empathy", "移情性|移情|同理心"},
    {"tangibles", "Tangibles", "tangible|有形性|有形"},
};

const WordIndex<int> &dimensionWords()
{
    static const WordIndex<int> index = [] {
        WordIndex<int> words;
        for (int i = 0; i < int(std::size(kDimensions)); ++i) {
            words.addAll(i, kDimensions[i].key);
            words.addAll(i, kDimensions[i].name);
            words.addAll(i, kDimensions[i].otherWords);
        }
        return words;
    }();
    return index;
}

std::optional<Statistic> validStatistic(Statistic statistic)
{
    return statistic.isValid() ? std::optional<Statistic>(statistic) : std::nullopt;
}

std::optional<Statistic> percentileOrShare(const QString &text)
{
    // p90, percentile 90, 90th percentile, 90%ile, 第90百分位, 90分位数
    static const QRegularExpression percentile(
        QStringLiteral("^(?:(?:p|percentile)\\s*(\\d+)|(\\d+)\\s*(?:st|nd|rd|th)?\\s*"
                       "(?:percentile|%\\s*ile|pctl)|第?\\s*(\\d+)\\s*(?:百分位|分位)数?)$"));
    // within:5, within 5 days, % within 5 days, share (done) within 5, 5天内完成率
    static const QRegularExpression share(
        QStringLiteral("^(?:(?:%|percent|pct|percentage|share)\\s*)?(?:done\\s*)?within\\s*:?"
                       "\\s*(\\d+(?:\\.\\d+)?)\\s*(?:days?|d)?(?:\\s*%)?$|"
                       "^(\\d+(?:\\.\\d+)?)\\s*[天日]\\s*内\\s*(?:完成)?\\s*(?:率|比例|占比|%)?$"));
    if (const QRegularExpressionMatch m = percentile.match(text); m.hasMatch()) {
        bool ok = false;
        const QString number = m.captured(1) + m.captured(2) + m.captured(3); // one matched
        const int p = number.toInt(&ok);
        return ok ? validStatistic(Statistic::percentile(p)) : std::nullopt;
    }
    if (const QRegularExpressionMatch m = share.match(text); m.hasMatch()) {
        bool ok = false;
        const QString number = m.captured(1) + m.captured(2);
        const double days = number.toDouble(&ok);
        return ok ? validStatistic(Statistic::shareWithin(days)) : std::nullopt;
    }
    return std::nullopt;
}

QString quoted(const QString &text)
{
    return QLatin1Char('"') + text + QLatin1Char('"');
}

} // namespace

QString CatalogueTerms::normalised(const QString &text)
{
    QString result = text.normalized(QString::NormalizationForm_KC).toCaseFolded();
    for (QChar &c : result) {
        if (c == QLatin1Char('_') || c == QLatin1Char('-') || c == QLatin1Char('(') ||
            c == QLatin1Char(')'))
            c = QLatin1Char(' ');
    }
    return result.simplified();
}

std::optional<Basis> CatalogueTerms::basis(const QString &text)
{
    // The window lists several as "Customer expectation and Economics".
    static const QRegularExpression separator(QStringLiteral("\\s*(?:[;,/+&、和]|\\sand\\s)\\s*"));
    Basis result;
    for (const QString &part : normalised(text).split(separator, Qt::SkipEmptyParts)) {
        const std::optional<BasisFlag> flag = basisWords().find(part);
        if (!flag)
            return std::nullopt;
        result |= *flag;
    }
    return result;
}

std::optional<Metric> CatalogueTerms::metric(const QString &text)
{
    return metricWords().find(normalised(text));
}

std::optional<Statistic> CatalogueTerms::statistic(const QString &text)
{
    const QString n = normalised(text);
    if (const auto s = statisticWords().find(n))
        return s;
    return percentileOrShare(n);
}

std::optional<Direction> CatalogueTerms::direction(const QString &text)
{
    return directionWords().find(normalised(text));
}

QString CatalogueTerms::unit(const QString &text)
{
    return unitWords().find(normalised(text)).value_or(text.trimmed());
}

CatalogueTerms::DimensionTerm CatalogueTerms::dimension(const QString &text)
{
    const QString n = normalised(text);
    if (const auto i = dimensionWords().find(n))
        return {QLatin1String(kDimensions[*i].key), QLatin1String(kDimensions[*i].name)};
    // "customer_satisfaction" names itself "Customer satisfaction".
    const QString name = QString(text).replace(QLatin1Char('_'), QLatin1Char(' ')).simplified();
    return {QString(n).replace(QLatin1Char(' '), QLatin1Char('_')),
            name.isEmpty() ? name : name.at(0).toUpper() + name.mid(1)};
}

QString CatalogueTerms::basisRefusal(const QString &text)
{
    QStringList names;
    for (BasisFlag flag : allBasisFlags())
        names.append(basisFlagDisplayName(flag).toLower());
    return tr("%1 is not a basis; use one or more of: %2 (separated by ;)")
        .arg(quoted(text), names.join(QStringLiteral(", ")));
}

QString CatalogueTerms::metricRefusal(const QString &text)
{
    QStringList names;
    for (Metric metric : allMetrics())
        names.append(metricDisplayName(metric).toLower());
    return tr("%1 is not a metric; use one of: %2")
        .arg(quoted(text), names.join(QStringLiteral(", ")));
}

QString CatalogueTerms::statisticRefusal(const QString &text)
{
    return tr("%1 is not a statistic; use one of: mean, median, p90 (a percentile from 1 to 99), "
              "% within 5 days (any number of days above 0)")
        .arg(quoted(text));
}

QString CatalogueTerms::directionRefusal(const QString &text)
{
    return tr("%1 is not a direction; use one of: %2, %3")
        .arg(quoted(text), directionDisplayName(Direction::LowerIsBetter).toLower(),
             directionDisplayName(Direction::HigherIsBetter).toLower());
}

} // namespace Yardstick
