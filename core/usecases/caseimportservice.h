// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

namespace Yardstick {

class Workbench;

// Importing case records: running an import and the column mapping each
// workbench remembers for next week's file.
// Each user action is one transaction; what derives from it is refreshed in
// it, and the change is announced so every view follows.
class CaseImportService final : public QObject
{
    Q_OBJECT

public:
    explicit CaseImportService(Workbench &workbench, QObject *parent = nullptr);

private:
    Workbench &m_workbench;
};

} // namespace Yardstick
