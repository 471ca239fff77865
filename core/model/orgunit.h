// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Yardstick {

// Services and departments are edited alike (add, rename, merge, retire), so
// the editor and its undo commands handle either through one shape.
// Dimensions share it for adding and renaming; their code is their key.
enum class OrgUnitKind
{
    Service,
    Department,
    Dimension,
};

struct OrgUnit
{
    OrgUnitKind kind = OrgUnitKind::Service;
    qint64 id = 0;
    QString code;
    QString name;
    QString description; // services only
    bool retired = false;

    friend bool operator==(const OrgUnit &, const OrgUnit &) = default;
};

// How much of the workbench names a service or department: what a merge
// moves and what retiring keeps.
struct OrgUnitUsage
{
    int standards = 0;
    int cases = 0;
    int letters = 0; // services and dimensions
    int surveys = 0; // services and dimensions
    int audits = 0;  // departments only

    int total() const { return standards + cases + letters + surveys + audits; }
};

} // namespace Yardstick
