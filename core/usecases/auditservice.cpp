// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "auditservice.h"

#include "workbench/workbench.h"

namespace Yardstick {

AuditService::AuditService(Workbench &workbench, QObject *parent)
    : QObject(parent)
    , m_workbench(workbench)
{}

} // namespace Yardstick
