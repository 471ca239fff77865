// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace YardstickTests {

// A fresh copy of the demo workbench in dir, ready to open and edit. The
// demo is built once per test run (it takes a few seconds) and copied for
// each test, so no test sees another's edits.
QString copyOfDemoWorkbench(const QString &dir);

} // namespace YardstickTests
