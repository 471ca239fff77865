// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "catchqt.h"
#include "import/csvpreview.h"

#include <QFile>
#include <QTemporaryDir>

using namespace Yardstick;

namespace {

QString writeFile(const QTemporaryDir &dir, const QByteArray &bytes)
{
    const QString path = dir.filePath(QStringLiteral("cases.csv"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(bytes);
    return path;
}

} // namespace

TEST_CASE("a preview holds the header, the first rows and how the file was read", "[import]")
{
    QTemporaryDir dir;
    QByteArray bytes = "\xEF\xBB\xBF Ticket ;Opened;\"Closed\nlate\";Svc\n";
    for (int i = 1; i <= 30; ++i)
        bytes += "T" + QByteArray::number(i) + ";01/02/2025;03/02/2025;APP\n";
    const CsvPreview preview = readCsvPreview(writeFile(dir, bytes), 5);

    CHECK(preview.ok());
    CHECK(preview.header == QStringList{QStringLiteral("Ticket"), QStringLiteral("Opened"),
                                        QStringLiteral("Closed\nlate"), QStringLiteral("Svc")});
    CHECK(preview.separator == QLatin1Char(';'));
    CHECK(preview.encoding == QStringLiteral("UTF-8 (BOM)"));
    REQUIRE(preview.rows.size() == 5);
    // The quoted header spans two lines, so the first data row is on line 3.
    CHECK(preview.rows.constFirst().line == 3);
    CHECK(preview.rows.constFirst().fields.constFirst() == QStringLiteral("T1"));
    CHECK(preview.rows.constLast().fields.constFirst() == QStringLiteral("T5"));
}

TEST_CASE("a preview says where a file stops being readable and keeps the rows before", "[import]")
{
    QTemporaryDir dir;
    const CsvPreview preview =
        readCsvPreview(writeFile(dir, "case_id,received\nA,2025-01-01\nB,2025-01-\xff\n"));
    CHECK_FALSE(preview.ok());
    CHECK(preview.errorLine == 3);
    CHECK(preview.error.startsWith(QStringLiteral("line 3: ")));
    CHECK(preview.header == QStringList{QStringLiteral("case_id"), QStringLiteral("received")});
    REQUIRE(preview.rows.size() == 1);
    CHECK(preview.rows.constFirst().fields.constLast() == QStringLiteral("2025-01-01"));
}

TEST_CASE("a preview of a missing or empty file is an error without a line", "[import]")
{
    QTemporaryDir dir;
    const CsvPreview missing = readCsvPreview(dir.filePath(QStringLiteral("gone.csv")));
    CHECK_FALSE(missing.ok());
    CHECK(missing.errorLine == 0);
    CHECK(missing.header.isEmpty());

    const CsvPreview empty = readCsvPreview(writeFile(dir, "\n\n"));
    CHECK_FALSE(empty.ok());
    CHECK(empty.error == QStringLiteral("the file is empty"));

    const CsvPreview headerOnly = readCsvPreview(writeFile(dir, "a,b\n"));
    CHECK(headerOnly.ok());
    CHECK(headerOnly.rows.isEmpty());
}
