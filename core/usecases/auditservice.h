// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

namespace Yardstick {

class Workbench;

// Staff audits: checklists, recording and importing audits and the audit-score
// measurements they feed.
// Each user action is one transaction; what derives from it is refreshed in
// it, and the change is announced so every view follows.
class AuditService final : public QObject
{
    Q_OBJECT

public:
    explicit AuditService(Workbench &workbench, QObject *parent = nullptr);

private:
    Workbench &m_workbench;
};

} // namespace Yardstick
