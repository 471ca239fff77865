// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <Qt>

namespace Yardstick {

// The meaning roles core item models expose. The ui maps them to colours and
// icons; proxies filter and sort on them.
enum ItemRole
{
    SortRole = Qt::UserRole + 1, // raw value to sort by (number, date, text)
    StandardIdRole,
    ServiceIdRole,
    DimensionIdRole,
    DepartmentIdRole,
    StatusRole, // int(StandardStatus)
    // The scorecard's: meaning as keys, so the ui picks colours and symbols.
    ComplianceStatusRole, // complianceStatusKey(): "met", "at_risk", "breached", "no_data"
    SparklineRole,        // QVariantList of the recent values, oldest first (null: no data)
    TrendRole,            // trendKey(): "improving", "worsening", "steady"
    // The SERVQUAL and audit tables'.
    RowKindRole,  // "dimension", "weighted" (the weighted SERVQUAL row) or "item"
    QuadrantRole, // importanceQuadrantKey() of an item's quadrant (null: none)
    ConcernRole, // bool: a figure to look at first (a negative dimension gap, a slipping behaviour)
    AuditIdRole,
};

} // namespace Yardstick
