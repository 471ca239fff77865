// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/audit.h"
#include "model/measurement.h"
#include "model/standard.h"
#include "storage/storageresult.h"

#include <QList>
#include <QString>

namespace Yardstick {

class Workbench;

// The source name measurements computed from staff audits carry.
QString auditMeasurementSource(); // "staff audits"

// One measurement per period (the feed's period) with scored audits: the mean
// audit score of the audits of the standard's department, or of every
// department when the standard has none; the sample size is the number of
// audits.
QList<Measurement> auditMeasurements(const AuditFeed &feed, const Standard &standard,
                                     const AuditTemplate &checklist, const QList<Audit> &audits);

// Recomputes and stores the measurements of every standard fed from a
// checklist, replacing those computed before, all in one transaction. Called
// after audits are recorded, imported, edited or deleted.
StorageResult refreshAuditMeasurements(Workbench &workbench);

} // namespace Yardstick
