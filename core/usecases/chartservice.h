// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

namespace Yardstick {

class Workbench;

// Charts: one ChartRequest gives the chart's data or the reason there is none,
// for the Charts page, the command line and the report pack alike.
// Each user action is one transaction; what derives from it is refreshed in
// it, and the change is announced so every view follows.
class ChartService final : public QObject
{
    Q_OBJECT

public:
    explicit ChartService(Workbench &workbench, QObject *parent = nullptr);

private:
    Workbench &m_workbench;
};

} // namespace Yardstick
