// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/orgunit.h"
#include "storage/departmentreferences.h"
#include "storage/dimensionreferences.h"
#include "storage/servicereferences.h"
#include "usecases/rememberedmappings.h"

namespace Yardstick {

// A merge of one service, department or dimension into another as it was done: the
// merged one as it was and the rows it owned, so an undo puts back exactly
// what the merge moved.
struct OrgUnitMerge
{
    OrgUnit from;
    OrgUnit into;
    ServiceReferences serviceRows;       // when merging services
    DepartmentReferences departmentRows; // when merging departments
    DimensionReferences dimensionRows;   // when merging dimensions
    // The remembered import mappings before and after the merge moved their
    // words from `from` to `into`.
    RememberedMappings::Snapshot mappingsBefore;
    RememberedMappings::Snapshot mappingsAfter;
};

} // namespace Yardstick
