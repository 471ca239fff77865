// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/complainthandling.h"
#include "model/complaintletter.h"
#include "model/measurement.h"
#include "model/standard.h"
#include "storage/storageresult.h"

#include <QList>
#include <QString>

namespace Yardstick {

class Workbench;

// The source name measurements computed from the letters carry.
QString complaintHandlingSource(); // "complaint letters"

// One measurement per calendar month for a complaint-handling standard: the
// standard's statistic (mean, median, p<NN>, within:<N>) over the days from
// each letter's arrival to its first response or resolution, for the letters
// whose event fell in that month (like a case, a letter counts in the period
// it was completed). Days are elapsed time (hours / 24). Months with no such
// letter get no measurement.
QList<Measurement> complaintHandlingMeasurements(const ComplaintHandlingRule &rule,
                                                 const Standard &standard,
                                                 const QList<ComplaintLetter> &letters);

// Recomputes and stores the measurements of every standard with a rule,
// replacing those it computed before. Called after letters are imported or
// their handling changes.
StorageResult refreshComplaintHandlingMeasurements(Workbench &workbench);

} // namespace Yardstick
