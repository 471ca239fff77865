// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/complainthandling.h"
#include "model/measurement.h"
#include "storageresult.h"

#include <QList>

namespace Yardstick {

class Database;

// Which standards are fed from the complaint letters, and writing the
// measurements computed for them.
class ComplaintHandlingRepository final
{
public:
    explicit ComplaintHandlingRepository(Database &database);

    QList<ComplaintHandlingRule> rules() const; // by standard id
    // Adds the rule, or replaces the standard's rule.
    StorageResult setRule(const ComplaintHandlingRule &rule);
    StorageResult removeRule(qint64 standardId);

    // In one transaction: drops every measurement of the standard whose
    // source is `source` and stores these (ids assigned).
    StorageResult replaceMeasurements(qint64 standardId, const QString &source,
                                      QList<Measurement> &measurements);

private:
    Database &m_database;
};

} // namespace Yardstick
