// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "externalchangewatcher.h"

#include "storage/database.h"

namespace Yardstick {

ExternalChangeWatcher::ExternalChangeWatcher(Database &database, int intervalMs, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_version(database.dataVersion())
{
    m_timer.setInterval(intervalMs);
    connect(&m_timer, &QTimer::timeout, this, &ExternalChangeWatcher::check);
    m_timer.start();
}

void ExternalChangeWatcher::check()
{
    const std::optional<qint64> version = m_database.dataVersion();
    if (!version)
        return; // unreadable now (a damaged file reports itself elsewhere); try next time
    const bool changed = m_version && *version != *m_version;
    m_version = version;
    if (changed)
        emit changedElsewhere();
}

void ExternalChangeWatcher::acknowledge()
{
    if (const std::optional<qint64> version = m_database.dataVersion())
        m_version = version;
}

} // namespace Yardstick
