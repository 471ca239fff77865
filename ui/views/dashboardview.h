// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;

namespace Yardstick {

class Workbench;

// The first page: what the open workbench holds, in counts. Compliance
// status per standard arrives with the scorecard; until then the page says
// so rather than guess.
class DashboardView final : public QWidget
{
    Q_OBJECT

public:
    explicit DashboardView(QWidget *parent = nullptr);

    void setWorkbench(Workbench *workbench);
    void refresh();

private:
    Workbench *m_workbench = nullptr;
    QLabel *m_content = nullptr;
};

} // namespace Yardstick
