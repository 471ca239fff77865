// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "clisupport.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>

namespace CliTest {

Result runCli(const QStringList &arguments)
{
    QProcess process;
    process.setProgram(QStringLiteral(YARDSTICK_CLI_PATH));
    process.setArguments(arguments);
    process.start();
    REQUIRE(process.waitForStarted());
    process.closeWriteChannel();
    REQUIRE(process.waitForFinished(kTimeoutMs));
    REQUIRE(process.exitStatus() == QProcess::NormalExit);
    Result result{process.exitCode(), process.readAllStandardOutput(),
                  process.readAllStandardError()};
    UNSCOPED_INFO("yardstick-cli " << arguments.join(QLatin1Char(' ')).toStdString());
    UNSCOPED_INFO("exit code " << result.exitCode);
    UNSCOPED_INFO("stdout: " << result.out.left(2000).toStdString());
    UNSCOPED_INFO("stderr: " << result.err.left(2000).toStdString());
    return result;
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(bytes) == bytes.size());
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

QString emptyWorkbench(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("empty.yardstick"));
    const Result init = runCli({QStringLiteral("init"), path});
    REQUIRE(init.exitCode == 0);
    return path;
}

QString writeDataFile(const QTemporaryDir &dir, const char *name, const QByteArray &bytes)
{
    const QString path = dir.filePath(QString::fromUtf8(name));
    writeFile(path, bytes);
    return path;
}

QString workbenchWithCatalogue(const QTemporaryDir &dir, const QByteArray &catalogueCsv,
                               const char *name)
{
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QString::fromUtf8(name));
    REQUIRE(cli("init", path).exitCode == 0);
    const QByteArray csvName = QByteArray(name) + ".standards.csv";
    const QString csv = writeDataFile(dir, csvName.constData(), catalogueCsv);
    const Result imported = cli("import", "standards", path, csv);
    REQUIRE(imported.exitCode == 0);
    REQUIRE(imported.err.isEmpty());
    return path;
}

QByteArrayList linesOf(const QByteArray &output)
{
    QByteArrayList lines = output.split('\n');
    if (!lines.isEmpty() && lines.constLast().isEmpty())
        lines.removeLast();
    return lines;
}

QJsonArray jsonArrayOf(const QByteArray &output)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(output, &error);
    INFO(error.errorString().toStdString());
    REQUIRE(document.isArray());
    return document.array();
}

QJsonObject objectWithCode(const QJsonArray &array, const QString &code)
{
    for (const QJsonValue &value : array) {
        if (value.toObject().value(QStringLiteral("code")).toString() == code)
            return value.toObject();
    }
    FAIL("no object with the code " << code.toStdString());
    return {};
}

QJsonObject objectWithCode(const QJsonArray &array, const char *code)
{
    return objectWithCode(array, QString::fromUtf8(code));
}

QJsonArray seriesOf(const QString &workbench, const char *code, const char *period)
{
    const Result r =
        cli("series", workbench, "--standard", code, "--period", period, "--format", "json");
    REQUIRE(r.exitCode == 0);
    CHECK(r.err.isEmpty());
    return jsonArrayOf(r.out);
}

QString digestOf(const QJsonObject &row)
{
    const QJsonValue value = row.value(QStringLiteral("value"));
    const QJsonValue n = row.value(QStringLiteral("n"));
    return textOf(row, "period_start") + QStringLiteral("..") + textOf(row, "period_end") +
           QStringLiteral(": ") +
           (value.isDouble() ? QString::number(value.toDouble()) : QStringLiteral("-")) +
           QStringLiteral(" (n ") +
           (n.isDouble() ? QString::number(qint64(n.toDouble())) : QStringLiteral("-")) +
           QStringLiteral(") ") + textOf(row, "status");
}

QString digestOf(const QJsonArray &rows)
{
    QStringList digests;
    for (const QJsonValue &row : rows)
        digests.append(digestOf(row.toObject()));
    return digests.join(QStringLiteral(" | "));
}

QString textOf(const QJsonObject &row, const char *key)
{
    return row.value(QString::fromUtf8(key)).toString();
}

} // namespace CliTest
