// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "democatalogue.h"

#include "demoreferencedata.h"
#include "demostandardspecs.h"
#include "demostory.h"

#include <QMap>
#include <QRegularExpression>

namespace Yardstick {

namespace {

// The analyst records a rule on the Friday before it takes effect.
QDateTime recordedBefore(const QDate &effective)
{
    return QDateTime(effective.addDays(-3), QTime(15, 30), Qt::UTC);
}

// Who keeps the demo's catalogue, for the goal review's "who" column.
const QString kRecordedBy = QStringLiteral("Quality assurance");

StandardRevision firstRevision(DemoSince since)
{
    switch (since) {
    case DemoSince::Programme:
        break;
    case DemoSince::Existing: {
        const QDate from(2022, 1, 3);
        return {from,
                0,
                0,
                QStringLiteral("Departmental standard, kept by the quality programme"),
                recordedBefore(from),
                kRecordedBy,
                {}};
    }
    case DemoSince::Competitor: {
        const QDate from(2024, 9, 2);
        return {from,
                0,
                0,
                QStringLiteral("Added when competitors began to offer it"),
                recordedBefore(from),
                kRecordedBy,
                {}};
    }
    case DemoSince::Review: {
        const QDate from(2025, 3, 3);
        return {from,
                0,
                0,
                QStringLiteral("Added at the programme's first annual review"),
                recordedBefore(from),
                kRecordedBy,
                {}};
    }
    }
    const QDate from = DemoStory::programmeStart();
    return {from,        0, 0, QStringLiteral("Set by the quality programme"), recordedBefore(from),
            kRecordedBy, {}};
}

QList<StandardRevision> revisionsOf(const DemoStandardSpec &spec)
{
    if (spec.earlierTarget >= 0) {
        // The department's own rule from before the programme: lax, because
        // it was set from what the process delivered, not what customers expect.
        const QDate old(2021, 1, 4);
        const QDate tightened = DemoStory::programmeStart();
        return {{old,
                 spec.earlierTarget,
                 spec.earlierThreshold,
                 QStringLiteral("Departmental standard before the quality programme"),
                 recordedBefore(old),
                 kRecordedBy,
                 {}},
                {tightened,
                 spec.target,
                 spec.threshold,
                 QStringLiteral("Tightened by the quality programme to what cardholders expect"),
                 recordedBefore(tightened),
                 kRecordedBy,
                 {}}};
    }
    StandardRevision revision = firstRevision(spec.since);
    revision.target = spec.target;
    revision.threshold = spec.threshold;
    return {revision};
}

Direction directionOf(Metric metric, const Statistic &statistic)
{
    switch (metric) {
    case Metric::TurnaroundDays:
    case Metric::TurnaroundHours:
        // A share done within N days is better high; a time is better low.
        return statistic.kind == Statistic::Kind::ShareWithin ? Direction::HigherIsBetter
                                                              : Direction::LowerIsBetter;
    case Metric::ErrorRatePct:
    case Metric::CountPer1000:
        return Direction::LowerIsBetter;
    case Metric::RightFirstTimePct:
    case Metric::SurveyScore:
    case Metric::AuditScore:
        return Direction::HigherIsBetter;
    }
    Q_UNREACHABLE();
}

QString unitOf(const DemoStandardSpec &spec, const Statistic &statistic,
               const DemoReferenceData::ServiceInfo &service)
{
    if (spec.metric == Metric::CountPer1000) {
        // The title names what is counted ("... per 1,000 statements").
        static const QRegularExpression per(QStringLiteral("(per 1,000 .+)$"));
        const QRegularExpressionMatch match = per.match(QString::fromUtf8(spec.title));
        return match.hasMatch() ? match.captured(1)
                                : QStringLiteral("per 1,000 ") + service.unitNoun;
    }
    if (statistic.kind == Statistic::Kind::ShareWithin)
        return QStringLiteral("%");
    return metricDefaultUnit(spec.metric);
}

// T, A or R for the card case's dimensions; Q for survey (SERVQUAL) scores,
// whichever dimension they measure.
QChar codeLetter(const DemoStandardSpec &spec)
{
    if (spec.metric == Metric::SurveyScore)
        return QLatin1Char('Q');
    return QChar(QLatin1Char(spec.dimension[0])).toUpper();
}

} // namespace

QList<DemoStandard> DemoCatalogue::build(const DemoReferenceData &reference)
{
    QList<DemoStandard> result;
    QMap<QString, int> numbers; // running number per service and letter
    for (const DemoStandardSpec &spec : DemoStandardSpecs::all()) {
        const QString serviceCode = QLatin1String(spec.service);
        const DemoReferenceData::ServiceInfo &service = reference.service(serviceCode);
        const QString prefix = serviceCode + QLatin1Char('-') + codeLetter(spec) + QLatin1Char('-');
        const int number = ++numbers[prefix];

        Standard s;
        s.code = prefix + QStringLiteral("%1").arg(number, 2, 10, QLatin1Char('0'));
        s.title = QString::fromUtf8(spec.title);
        s.serviceId = service.service.id;
        s.dimensionId = reference.dimensionId(QLatin1String(spec.dimension));
        s.departmentId = reference.departmentId(service.departmentCode);
        s.metric = spec.metric;
        s.statistic = Statistic::fromKey(QLatin1String(spec.statistic)).value_or(Statistic());
        s.direction = directionOf(spec.metric, s.statistic);
        s.unit = unitOf(spec, s.statistic, service);
        s.basis = Basis::fromInt(spec.basis);
        s.rationale = QString::fromUtf8(spec.rationale);
        s.revisions = revisionsOf(spec);

        const int sample = spec.sample > 0 ? spec.sample : service.weeklyVolume;
        result.append({s, serviceCode, spec.profile, sample});
    }
    return result;
}

} // namespace Yardstick
