// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workbench/workbench.h"

#include <QString>
#include <QStringList>

#include <memory>

namespace Yardstick::Testing {

// Where tests/data lives in the source tree.
QString dataPath(const QString &name);

// Runs SQL statements on a file through a connection of the test's own, not
// Yardstick's (to build fixtures or tamper with a file behind its back).
void execOutsideYardstick(const QString &path, const QStringList &statements);

// A fresh in-memory workbench; fails the test if it cannot be made.
std::unique_ptr<Workbench> memoryWorkbench();

// An in-memory workbench with one service, department and dimension (the
// ids are returned through the out-parameters) for catalogue tests.
struct SmallCatalogue
{
    std::unique_ptr<Workbench> workbench;
    qint64 serviceId = 0;
    qint64 departmentId = 0;
    qint64 dimensionId = 0;
};
SmallCatalogue smallCatalogue();

// A valid lower-is-better turnaround standard for the small catalogue.
Standard turnaroundStandard(const SmallCatalogue &catalogue, const QString &code);

} // namespace Yardstick::Testing
