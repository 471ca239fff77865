// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/department.h"
#include "model/dimension.h"
#include "model/service.h"

#include <QHash>
#include <QList>

namespace Yardstick {

class Workbench;

// The services, dimensions and departments of a workbench, loaded once, with
// name look-ups by id for tables and exports.
struct ReferenceData
{
    QList<Service> services;
    QList<Dimension> dimensions;
    QList<Department> departments;

    static ReferenceData load(Workbench &workbench);

    QString serviceName(qint64 id) const;
    QString serviceCode(qint64 id) const;
    QString dimensionName(qint64 id) const;
    QString dimensionKey(qint64 id) const;
    QString departmentName(qint64 id) const;
    QString departmentCode(qint64 id) const;
};

} // namespace Yardstick
