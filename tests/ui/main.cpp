// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The Catch2 runner for the ui tests. They drive real widgets, offscreen
// unless a platform is given, so they run on machines without a display
// (and when CMake lists the tests at build time).
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QApplication>
#include <QStandardPaths>

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Keep the tests' settings and demo file away from the user's own.
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("YardstickTests"));
    QApplication::setApplicationName(QStringLiteral("YardstickTests"));
    return Catch::Session().run(argc, argv);
}
