// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/complainthandling.h"
#include "storageresult.h"

#include <QList>

namespace Yardstick {

class Database;

// Which standards are fed from the complaint letters. The measurements
// computed for them are written with MeasurementRepository::replaceDerived.
class ComplaintHandlingRepository final
{
public:
    explicit ComplaintHandlingRepository(Database &database);

    QList<ComplaintHandlingRule> rules() const; // by standard id
    // Adds the rule, or replaces the standard's rule.
    StorageResult setRule(const ComplaintHandlingRule &rule);
    StorageResult removeRule(qint64 standardId);

private:
    Database &m_database;
};

} // namespace Yardstick
