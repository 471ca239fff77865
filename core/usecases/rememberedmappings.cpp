// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "rememberedmappings.h"

#include "caseimportservice.h"
#include "letterservice.h"
#include "workbench/workbench.h"

#include <QJsonObject>

namespace Yardstick {

namespace {

// The word that now names the unit `word` named, or nothing when `word`
// named another.
std::optional<QString> followedWord(const QString &word, const OrgUnit &before,
                                    const OrgUnit &after)
{
    const QString normalised = normalisedHeader(word);
    if (normalised.isEmpty())
        return std::nullopt;
    // The code first: where a dimension's key and name read the same
    // ("timeliness", "Timeliness"), a label map holds the key.
    if (normalised == normalisedHeader(before.code))
        return after.code;
    if (normalised == normalisedHeader(before.name))
        return after.name;
    return std::nullopt;
}

template<typename Map>
bool followValues(Map &map, const OrgUnit &before, const OrgUnit &after)
{
    bool changed = false;
    for (auto it = map.begin(); it != map.end(); ++it) {
        if (const std::optional<QString> word = followedWord(it.value(), before, after);
            word && *word != it.value()) {
            it.value() = *word;
            changed = true;
        }
    }
    return changed;
}

} // namespace

bool followUnit(CaseImportSettings &settings, const OrgUnit &before, const OrgUnit &after)
{
    std::optional<CaseField> field;
    if (before.kind == OrgUnitKind::Service)
        field = CaseField::Service;
    else if (before.kind == OrgUnitKind::Department)
        field = CaseField::Department;
    if (!field)
        return false; // cases name no dimension
    bool changed = false;
    if (const auto set = settings.setValues.find(*field); set != settings.setValues.end()) {
        if (const std::optional<QString> word = followedWord(*set, before, after);
            word && *word != *set) {
            *set = *word;
            changed = true;
        }
    }
    if (const auto map = settings.valueMaps.find(*field); map != settings.valueMaps.end())
        changed = followValues(*map, before, after) || changed;
    return changed;
}

bool followUnit(LetterColumns &columns, const OrgUnit &before, const OrgUnit &after)
{
    switch (before.kind) {
    case OrgUnitKind::Service:
        return followValues(columns.serviceValueMap, before, after);
    case OrgUnitKind::Dimension:
        return followValues(columns.dimensionValueMap, before, after);
    case OrgUnitKind::Department:
        break;
    }
    return false; // letters name no department
}

RememberedMappings::RememberedMappings(Workbench &workbench)
    : m_workbench(workbench)
{}

RememberedMappings::Snapshot RememberedMappings::snapshot() const
{
    return {m_workbench.caseImports().rememberedMapping(),
            m_workbench.letterService().rememberedColumns()};
}

StorageResult RememberedMappings::follow(const OrgUnit &before, const OrgUnit &after)
{
    Snapshot mappings = snapshot();
    if (mappings.cases && followUnit(*mappings.cases, before, after)) {
        if (StorageResult saved = m_workbench.caseImports().rememberMapping(*mappings.cases);
            !saved.ok())
            return saved;
    }
    if (mappings.letters && followUnit(*mappings.letters, before, after))
        return m_workbench.letterService().rememberColumns(*mappings.letters);
    return StorageResult::success();
}

StorageResult RememberedMappings::restore(const Snapshot &before, const Snapshot &after)
{
    const Snapshot now = snapshot();
    if (before.cases && now.cases == after.cases) {
        if (StorageResult saved = m_workbench.caseImports().rememberMapping(*before.cases);
            !saved.ok())
            return saved;
    }
    const auto json = [](const std::optional<LetterColumns> &columns) {
        return columns ? columns->toJson() : QJsonObject();
    };
    if (before.letters && json(now.letters) == json(after.letters))
        return m_workbench.letterService().rememberColumns(*before.letters);
    return StorageResult::success();
}

} // namespace Yardstick
