// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/storageresult.h"

#include <functional>

namespace Yardstick {

class Workbench;

// Brings the kept period values of every stale service up to date: reads
// the service's completed cases (one contiguous run of the case table),
// computes its values with the engine (buildServicePeriodValues) and
// replaces its rows, one service per transaction, or inside the caller's
// (an import refreshes before it commits). Holds one service's cases at a
// time. A service left stale is still shown right: readers compute it from
// its cases.
class PeriodValueRefresher final
{
public:
    // Called before each service with (services done, services to do);
    // returning false stops (the rest stay stale).
    using Progress = std::function<bool(int done, int total)>;

    explicit PeriodValueRefresher(Workbench &workbench);
    StorageResult refreshStale(const Progress &progress = {});

private:
    Workbench &m_workbench;
};

} // namespace Yardstick
