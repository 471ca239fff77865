// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later

// --lang: the tool's help and messages in the chosen language, its CSV and
// JSON keys in English whatever the language.
#include "clisupport.h"

#include <catch2/catch.hpp>

#include <QTemporaryDir>

using namespace CliTest;

TEST_CASE("the help is in Chinese with --lang zh_CN, before or after the command",
          "[cli][language]")
{
    const Result help = cli("--lang", "zh_CN", "--help");
    CHECK(help.exitCode == 0);
    const QString text = QString::fromUtf8(help.out);
    // Qt's own words of the help (qtbase_zh_CN): "Usage:" and "Options:".
    CHECK(text.startsWith(QStringLiteral("用法：")));
    CHECK(text.contains(QStringLiteral("选项：")));
    CHECK_FALSE(text.contains(QStringLiteral("Usage:")));

    const Result command = cli("init", "--help", "--lang=zh_CN");
    CHECK(command.exitCode == 0);
    CHECK(QString::fromUtf8(command.out).contains(QStringLiteral("参数：")));

    const Result english = cli("--lang", "en", "--help");
    CHECK(english.exitCode == 0);
    CHECK(QString::fromUtf8(english.out).startsWith(QStringLiteral("Usage:")));
    // The option itself is listed, in each language.
    CHECK(QString::fromUtf8(english.out).contains(QStringLiteral("--lang <CODE>")));
    CHECK(text.contains(QStringLiteral("--lang <CODE>"))); // value names stay as typed
    CHECK(text.contains(QStringLiteral("简体中文")));
}

TEST_CASE("init --demo --lang zh_CN names the catalogue in Chinese and keeps the CSV keys",
          "[cli][language][demo]")
{
    QTemporaryDir dir;
    const QString chinese = dir.filePath(QStringLiteral("zh.yardstick"));
    REQUIRE(cli("init", chinese, "--demo", "--lang", "zh_CN").exitCode == 0);
    const Result standards = cli("standards", chinese, "--format", "csv");
    REQUIRE(standards.exitCode == 0);
    const QString csv = QString::fromUtf8(standards.out);
    const QString header = csv.section(QLatin1Char('\n'), 0, 0);
    CHECK(header.startsWith(QStringLiteral("code,")));
    CHECK(header.contains(QStringLiteral("title")));
    CHECK(csv.contains(QStringLiteral("APP-T-01,平均申请处理时长")));
}
