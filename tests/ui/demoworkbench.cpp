// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "demoworkbench.h"

#include "demo/demoworkbenchgenerator.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

namespace YardstickTests {

QString copyOfDemoWorkbench(const QString &dir)
{
    static QTemporaryDir built;
    static const QString original = [] {
        const QString path = built.filePath(QStringLiteral("demo.yardstick"));
        const Yardstick::StorageResult result = Yardstick::DemoWorkbenchGenerator().writeFile(path);
        if (!result.ok())
            FAIL(result.error().toStdString());
        return path;
    }();
    const QString copy = QDir(dir).filePath(QStringLiteral("demo.yardstick"));
    REQUIRE(QFile::copy(original, copy));
    // A copy of a read-only source would be read-only, and the workbench
    // refuses to open a file it cannot write.
    QFile(copy).setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    return copy;
}

} // namespace YardstickTests
