// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/department.h"
#include "model/dimension.h"
#include "model/service.h"
#include "storage/storageresult.h"

#include <QList>

namespace Yardstick {

class Workbench;

// The card division's services, departments and quality dimensions as data,
// with what the simulation needs to know about each service (who owns it,
// how much work it sees a week). After insertInto() the ids are known and
// the lookups below resolve codes to them.
class DemoReferenceData final
{
public:
    struct ServiceInfo
    {
        Service service;
        QString departmentCode; // the department that owns the service's standards
        int weeklyVolume = 0;   // units of work a week: applications, statements...
        QString unitNoun;       // what is counted, plural: "applications"
    };

    DemoReferenceData();

    // Stores everything; fills in the ids.
    StorageResult insertInto(Workbench &workbench);

    const QList<ServiceInfo> &services() const { return m_services; }
    const QList<Department> &departments() const { return m_departments; }
    const QList<Dimension> &dimensions() const { return m_dimensions; }

    // Lookups by code or key; the code must exist (it is the demo's own data).
    const ServiceInfo &service(const QString &code) const;
    qint64 serviceId(const QString &code) const;
    qint64 departmentId(const QString &code) const;
    qint64 dimensionId(const QString &key) const;

private:
    QList<ServiceInfo> m_services;
    QList<Department> m_departments;
    QList<Dimension> m_dimensions;
};

} // namespace Yardstick
