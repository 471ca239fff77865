// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "clisupport.h"

#include <catch2/catch.hpp>

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace CliTest;

TEST_CASE("the dollars-at-stake chart is drawn from the demo as PDF with its axis in US$",
          "[cli][chart][value]")
{
    QTemporaryDir dir;
    const QString workbench = dir.filePath(QStringLiteral("demo.yardstick"));
    REQUIRE(cli("init", workbench, "--demo").exitCode == 0);
    const QString pdf = dir.filePath(QStringLiteral("stake.pdf"));
    const Result drawn = cli("chart", workbench, "--kind", "dollars-at-stake", "--out", pdf);
    INFO(drawn.err.toStdString());
    REQUIRE(drawn.exitCode == 0);
    CHECK(readFile(pdf).startsWith("%PDF-"));
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty()) {
        WARN("pdftotext is missing (poppler-utils); the PDF's text is not checked");
        return;
    }
    QProcess process;
    process.start(QStringLiteral("pdftotext"),
                  {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    REQUIRE(process.waitForFinished(60000));
    const QString text = QString::fromUtf8(process.readAllStandardOutput());
    CHECK(text.contains(QStringLiteral("Dollars at stake")));
    CHECK(text.contains(QStringLiteral("US$ a year at stake")));
}

TEST_CASE("the dollars-at-stake chart of a workbench without value models says so",
          "[cli][chart][value]")
{
    QTemporaryDir dir;
    const QString workbench = emptyWorkbench(dir);
    const Result result = cli("chart", workbench, "--kind", "dollars-at-stake", "--out",
                              dir.filePath(QStringLiteral("x.png")));
    // An empty workbench has nothing measured: exit 1 with the reason.
    CHECK(result.exitCode == 1);
    CHECK_FALSE(result.err.isEmpty());
}
