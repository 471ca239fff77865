// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storageresult.h"

#include <QDate>
#include <QList>
#include <QString>

namespace Yardstick {

class Database;

struct Holiday
{
    QDate day;
    QString name;
    friend bool operator==(const Holiday &, const Holiday &) = default;
};

// The workbench's holiday list, for standards that count business days.
class HolidayRepository final
{
public:
    explicit HolidayRepository(Database &database);

    QList<Holiday> all() const; // by day
    QList<QDate> days() const;
    // Adds or renames the holiday on that day.
    StorageResult put(const Holiday &holiday);
    StorageResult remove(QDate day);

private:
    StorageResult write(const Holiday &holiday);
    StorageResult erase(QDate day);

    Database &m_database;
};

} // namespace Yardstick
