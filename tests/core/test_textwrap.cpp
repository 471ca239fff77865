// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The CLI's help paragraphs wrapped for a terminal, in English and in
// Chinese, which has no spaces to break at and two columns to a character.
#include "catchqt.h"
#include "io/texttable.h"

using namespace Yardstick;

TEST_CASE("English text wraps at spaces", "[textwrap]")
{
    CHECK(TextTable::wrap(QStringLiteral("the quick brown fox"), 9) ==
          QStringLiteral("the quick\nbrown fox"));
    // A line that fits is kept as it is, line breaks included.
    CHECK(TextTable::wrap(QStringLiteral("a  b\ncd"), 9) == QStringLiteral("a  b\ncd"));
    // A word too long for a line keeps a line of its own.
    CHECK(TextTable::wrap(QStringLiteral("a verylongword b"), 5) ==
          QStringLiteral("a\nverylongword\nb"));
}

TEST_CASE("Chinese text wraps between characters, two columns each", "[textwrap][l10n]")
{
    // Ten columns hold five characters; the full stop stays with the
    // character before it, so the second line is five characters wide.
    CHECK(TextTable::wrap(QStringLiteral("创建新的工作台文件。不使用演示数据。"), 10) ==
          QStringLiteral("创建新的工\n作台文件。\n不使用演示\n数据。"));
}

TEST_CASE("mixed Chinese and English keep words whole and punctuation attached", "[textwrap][l10n]")
{
    // Columns: 输出格式： 10 | table（默 9 | 认）、csv 或 12 | json。 6. The
    // opening bracket stays with what follows it, the closing one and the
    // comma with what precedes them, and "table" is not split.
    CHECK(TextTable::wrap(QStringLiteral("输出格式：table（默认）、csv 或 json。"), 12) ==
          QStringLiteral("输出格式：\ntable（默\n认）、csv 或\njson。"));
}
