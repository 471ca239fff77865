// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the black-box tests of yardstick-cli share: running the built program
// and looking at what a script would see (exit code, stdout, stderr), and
// writing the files it reads. Nothing here links Yardstick code.

#include "../catchqt.h"

#include <QByteArray>
#include <QByteArrayList>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

class QTemporaryDir;

namespace Catch {

// Output and file contents print as text when a CHECK fails.
template<>
struct StringMaker<QByteArray>
{
    static std::string convert(const QByteArray &value) { return '"' + value.toStdString() + '"'; }
};

} // namespace Catch

namespace CliTest {

// Building the demo takes a while; leave it plenty of time on a slow CI box.
constexpr int kTimeoutMs = 10 * 60 * 1000;

struct Result
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// Runs yardstick-cli with the arguments and waits for it to finish.
Result runCli(const QStringList &arguments);

inline QString cliArgument(const char *text)
{
    return QString::fromUtf8(text);
}

inline QString cliArgument(const QString &text)
{
    return text;
}

// runCli with the arguments written inline: cli("import", "cases", path, csv).
template<typename... Arguments>
Result cli(const Arguments &...arguments)
{
    return runCli(QStringList{cliArgument(arguments)...});
}

void writeFile(const QString &path, const QByteArray &bytes);
QByteArray readFile(const QString &path);

// A new empty workbench "empty.yardstick" in dir, made by yardstick-cli init.
QString emptyWorkbench(const QTemporaryDir &dir);

// Writes bytes to the file name in dir and returns its path.
QString writeDataFile(const QTemporaryDir &dir, const char *name, const QByteArray &bytes);

// A new workbench name in dir (yardstick-cli init) filled with the standards
// in catalogueCsv (yardstick-cli import standards); the test stops if either
// fails.
QString workbenchWithCatalogue(const QTemporaryDir &dir, const QByteArray &catalogueCsv,
                               const char *name = "work.yardstick");

// The lines of some output, without their line ends and without the empty
// "line" after the last line end.
QByteArrayList linesOf(const QByteArray &output);

// The output parsed as a JSON array (the test fails if it is not one).
QJsonArray jsonArrayOf(const QByteArray &output);

// The object in a JSON array whose "code" is code (the test fails if none).
QJsonObject objectWithCode(const QJsonArray &array, const QString &code);
QJsonObject objectWithCode(const QJsonArray &array, const char *code);

// yardstick-cli series FILE --standard CODE --period PERIOD --format json,
// parsed (the test stops unless it exits 0).
QJsonArray seriesOf(const QString &workbench, const char *code, const char *period = "month");

// A scorecard or series row in a line a person can check by hand:
// "2025-03-01..2025-03-31: 4 (n 3) met", with "-" for a null value or n.
QString digestOf(const QJsonObject &row);
// The digests of all rows, joined with " | ".
QString digestOf(const QJsonArray &rows);

// The text of a row's field, e.g. textOf(row, "status").
QString textOf(const QJsonObject &row, const char *key);

} // namespace CliTest
