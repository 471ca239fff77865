// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/compliancedata.h"
#include "analysis/scorecard.h"
#include "model/complaintletter.h"
#include "model/processphase.h"
#include "model/valuemodel.h"
#include "workbench/referencedata.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace Yardstick {

class Workbench;

// What the Charts page draws from, read from the workbench in one go (on a
// worker thread with its own connection, so the window never freezes):
// building any chart from it afterwards is quick work on the GUI thread.
struct ChartSource
{
    ComplianceData data;
    ReferenceData reference;
    QList<ComplaintLetter> letters;
    QList<ProcessPhase> phases;
    QList<ValueModel> valueModels; // what a day is worth, per standard
    QString organisation;
    QStringList headlineCodes; // the workbench's headline standards

    static ChartSource load(Workbench &workbench);

    // The scorecard of the latest complete period of this kind, computed on
    // first use (the heat map, the breach Pareto and the departments read it).
    const Scorecard &scorecard(PeriodKind kind);

private:
    QHash<int, Scorecard> m_scorecards;
};

} // namespace Yardstick
