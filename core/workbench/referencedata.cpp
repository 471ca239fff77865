// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "referencedata.h"

#include "workbench.h"

namespace Yardstick {

namespace {
template<typename T, typename Field>
QString find(const QList<T> &items, qint64 id, Field field)
{
    for (const T &item : items) {
        if (item.id == id)
            return item.*field;
    }
    return {};
}
} // namespace

ReferenceData ReferenceData::load(Workbench &workbench)
{
    return {workbench.services().all(), workbench.dimensions().all(),
            workbench.departments().all()};
}

QString ReferenceData::serviceName(qint64 id) const
{
    return find(services, id, &Service::name);
}

QString ReferenceData::serviceCode(qint64 id) const
{
    return find(services, id, &Service::code);
}

QString ReferenceData::dimensionName(qint64 id) const
{
    return find(dimensions, id, &Dimension::name);
}

QString ReferenceData::dimensionKey(qint64 id) const
{
    return find(dimensions, id, &Dimension::key);
}

QString ReferenceData::departmentName(qint64 id) const
{
    return find(departments, id, &Department::name);
}

QString ReferenceData::departmentCode(qint64 id) const
{
    return find(departments, id, &Department::code);
}

} // namespace Yardstick
