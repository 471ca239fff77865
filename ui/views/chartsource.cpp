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
    return source;
}

const Scorecard &ChartSource::scorecard(PeriodKind kind)
{
    auto found = m_scorecards.find(int(kind));
    if (found == m_scorecards.end()) {
        ScorecardRequest request;
        request.kind = kind;
        found = m_scorecards.insert(int(kind), computeScorecard(data, request));
    }
    return found.value();
}

} // namespace Yardstick
