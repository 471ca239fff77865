// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storageresult.h"

#include <QString>

namespace Yardstick {

class Database;

// Workbench-wide properties (its title, what made it), as key/value text.
class PropertyRepository final
{
public:
    static constexpr const char *kTitle = "title";
    static constexpr const char *kCreatedBy = "created_by";
    // The day a quality programme started (ISO date): the dashboard's
    // headline tiles compare "now" with the period before it.
    static constexpr const char *kProgrammeStart = "programme_start";
    // Codes of the standards shown as headline tiles, separated by ';'.
    static constexpr const char *kHeadlineStandards = "headline_standards";
    // Who the charts and report packs are from ("Card Division, Quality
    // Assurance"), printed in their footers.
    static constexpr const char *kOrganisation = "organisation";

    explicit PropertyRepository(Database &database);

    QString value(const QString &key, const QString &fallback = QString()) const;
    StorageResult setValue(const QString &key, const QString &value);

private:
    Database &m_database;
};

} // namespace Yardstick
