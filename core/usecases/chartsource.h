// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/compliancedata.h"
#include "analysis/scorecard.h"
#include "model/complaintletter.h"
#include "model/processphase.h"
#include "model/valuemodel.h"
#include "workbench/referencedata.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace Yardstick {

class Workbench;

// What ChartService draws the workbench's charts from, read in one go. The
// Charts page reads it on a worker thread with its own connection, so the
// window never freezes; building any chart from it afterwards is quick work
// on the GUI thread.
struct ChartSource
{
    ComplianceData data;
    ReferenceData reference;
    QList<ComplaintLetter> letters;
    QList<ProcessPhase> phases;
    QList<ValueModel> valueModels; // what a day is worth, per standard
    QString organisation;
    QStringList headlineCodes; // the workbench's headline standards
    QDate programmeStart;      // invalid when none is set; ends headline baselines

    static ChartSource load(Workbench &workbench);

    // The standard with this id; nullptr when the workbench has none.
    const Standard *standard(qint64 id) const;

    // The scorecard of the latest complete period of this kind up to `at`
    // (invalid: the latest), computed on first use (the heat map, the
    // Paretos of breaches and dollars and the departments read it).
    const Scorecard &scorecard(PeriodKind kind, QDate at = QDate());

private:
    QHash<std::pair<int, qint64>, Scorecard> m_scorecards;
};

} // namespace Yardstick
