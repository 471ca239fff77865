// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dashboardsnapshot.h"

#include "analysis/headlinebaseline.h"
#include "compliancedataloader.h"
#include "workbench.h"

namespace Yardstick {

namespace {

// standardSeries() wants consecutive periods; the two a headline compares
// are far apart, so each is asked for on its own.
PeriodValue valueIn(const Standard &standard, const ComplianceData &data, const Period &period)
{
    if (!period.isValid()) {
        PeriodValue none;
        none.period = period;
        return none;
    }
    return standardSeries(standard, data, {period}).constFirst();
}

} // namespace

Period lastFullPeriodBefore(PeriodKind kind, QDate day)
{
    if (!day.isValid())
        return {};
    const Period period = periodContaining(kind, day.addDays(-1));
    return period.end < day ? period : previousPeriod(kind, period);
}

DashboardSnapshot DashboardSnapshot::compute(Workbench &workbench, PeriodKind kind, QDate at)
{
    DashboardSnapshot snapshot;
    const ComplianceData data = ComplianceDataLoader::load(workbench);
    snapshot.scorecard = computeScorecard(data, {kind, at, std::nullopt});
    snapshot.periodsWithData = Yardstick::periodsWithData(data, kind);
    snapshot.latestComplete = latestCompletePeriod(data, kind);
    snapshot.standardCount = data.standards.size();
    snapshot.reference = ReferenceData::load(workbench);

    const PropertyRepository &properties = workbench.properties();
    snapshot.programmeStart = QDate::fromString(
        properties.value(QLatin1String(PropertyRepository::kProgrammeStart)).trimmed(),
        Qt::ISODate);
    const QStringList codes =
        properties.value(QLatin1String(PropertyRepository::kHeadlineStandards))
            .split(QLatin1Char(';'), Qt::SkipEmptyParts);
    for (const QString &code : codes) {
        if (!code.trimmed().isEmpty())
            snapshot.headlineCodes.append(code.trimmed());
    }

    // The "before" is the headline baseline the trend chart and the report
    // pack state too (headlinebaseline.h), not a month of its own.
    const QList<ProcessPhase> phases = workbench.phases().all();
    for (const QString &code : std::as_const(snapshot.headlineCodes)) {
        for (const Standard &standard : data.standards) {
            if (standard.code.compare(code, Qt::CaseInsensitive) != 0)
                continue;
            const QDate end = baselineEnd(standard.id, phases, snapshot.programmeStart);
            HeadlineFigure figure;
            figure.standard = standard;
            figure.before = headlineBaseline(standard, data, kind, end).asPeriodValue();
            figure.baselineEnd = end;
            figure.latest = valueIn(standard, data, snapshot.scorecard.period);
            for (const ScorecardRow &row : std::as_const(snapshot.scorecard.rows)) {
                if (row.standard.id == standard.id) {
                    figure.trend = row.trend;
                    figure.thin = row.thin;
                }
            }
            snapshot.headlines.append(figure);
            break;
        }
    }
    const QList<ValueModel> valueModels = workbench.valueModels().all();
    for (const HeadlineFigure &figure : std::as_const(snapshot.headlines)) {
        // As of a period before the programme there is no change to value.
        if (!figure.comparesWithBefore())
            continue;
        const std::optional<ValueModel> model = valueModelFor(figure.standard.id, valueModels);
        if (!model)
            continue;
        if (auto change = valueOfChange(figure.standard, *model, figure.before, figure.latest))
            snapshot.headlineValues.append(*change);
    }
    return snapshot;
}

} // namespace Yardstick
