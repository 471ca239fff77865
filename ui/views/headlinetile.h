// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workbench/dashboardsnapshot.h"

#include <QFrame>

class QLabel;

namespace Yardstick {

// One headline standard on the dashboard, as management asks for it: "35.3 →
// 15.0 days", the last full period before the quality programme against the
// latest, with the change in words and whether it is for the better.
class HeadlineTile final : public QFrame
{
    Q_OBJECT

public:
    HeadlineTile(const HeadlineFigure &figure, PeriodKind kind, QWidget *parent = nullptr);

    // The two values, "35.3 → 15.0 days".
    QString valuesText() const;
    // The change in words, "↓ down 20.3 days (−58%), better".
    QString changeText() const;
    // The trend word and, for a thin period, what it rests on.
    QString judgementText() const;

private:
    QLabel *m_title = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_values = nullptr;
    QLabel *m_change = nullptr;
    QLabel *m_periods = nullptr;
    QLabel *m_judgement = nullptr;
};

} // namespace Yardstick
