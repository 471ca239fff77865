// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartsource.h"

#include "workbench/compliancedataloader.h"
#include "workbench/workbench.h"

namespace Yardstick {

ChartSource ChartSource::load(Workbench &workbench)
{
    ChartSource source;
    source.data = ComplianceDataLoader::load(workbench);
    source.reference = ReferenceData::load(workbench);
    source.letters = workbench.letters().all();
    source.phases = workbench.phases().all();
    source.valueModels = workbench.valueModels().all();
    PropertyRepository &properties = workbench.properties();
    source.organisation = properties.value(QLatin1String(PropertyRepository::kOrganisation));
    source.headlineCodes = properties.value(QLatin1String(PropertyRepository::kHeadlineStandards))
                               .split(QLatin1Char(';'), Qt::SkipEmptyParts);
    for (QString &code : source.headlineCodes)
        code = code.trimmed();
    source.programmeStart = QDate::fromString(
        properties.value(QLatin1String(PropertyRepository::kProgrammeStart)).trimmed(),
        Qt::ISODate);
    return source;
}

const Standard *ChartSource::standard(qint64 id) const
{
    for (const Standard &s : data.standards) {
        if (s.id == id)
            return &s;
    }
    return nullptr;
}

const Scorecard &ChartSource::scorecard(PeriodKind kind, QDate at)
{
    const std::pair<int, qint64> key(int(kind), at.isValid() ? at.toJulianDay() : 0);
    auto found = m_scorecards.find(key);
    if (found == m_scorecards.end()) {
        ScorecardRequest request;
        request.kind = kind;
        request.at = at;
        found = m_scorecards.insert(key, computeScorecard(data, request));
    }
    return found.value();
}

} // namespace Yardstick
