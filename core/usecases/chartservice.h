// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chartrequest.h"
#include "chartresult.h"

#include <QObject>

namespace Yardstick {

class Workbench;
struct ChartSource;

// Charts: one ChartRequest gives the chart's data or the reason there is none,
// for the Charts page, the command line and the report pack alike, so what
// the CLI exports is what the page draws and what the pack prints. The empty
// states are worded here, once. Charts only read: there is nothing to write
// or announce.
class ChartService final : public QObject
{
    Q_OBJECT

public:
    explicit ChartService(Workbench &workbench, QObject *parent = nullptr);

    // Reads what the chart needs from the workbench and builds it.
    ChartResult chart(const ChartRequest &request);
    // Builds the chart from data read before (the Charts page reads it on a
    // worker thread, the report pack once for all its charts). The SERVQUAL
    // charts read their survey wave from the workbench.
    ChartResult chart(const ChartRequest &request, ChartSource &source);

private:
    ChartResult servqualChart(const ChartRequest &request);

    Workbench &m_workbench;
};

} // namespace Yardstick
