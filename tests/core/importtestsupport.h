// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Helpers shared by the import tests: fixture files written byte for byte,
// file hashes, and readable rejections in Catch's failure messages.

#include "catchqt.h"
#include "import/importreport.h"

#include <QByteArray>
#include <QCryptographicHash>
#include <QFile>
#include <QList>
#include <QString>
#include <QTemporaryDir>

#include <string>

namespace Catch {

template<>
struct StringMaker<Yardstick::ImportRejection>
{
    static std::string convert(const Yardstick::ImportRejection &r)
    {
        return "{" + r.file.toStdString() + " | " + std::to_string(r.line) + " | " +
               r.column.toStdString() + " | " + r.reason.toStdString() + "}";
    }
};

} // namespace Catch

namespace Yardstick::Testing {

// Writes the bytes exactly as given (no BOM, no line-end translation).
inline QString writeFixture(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(file.write(bytes) == bytes.size());
    file.close();
    return path;
}

inline QByteArray sha256OfFile(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex();
}

// UTF-16LE with a byte-order mark, built byte by byte from UTF-8 text in the
// Basic Multilingual Plane.
inline QByteArray utf16LeWithBom(const QByteArray &utf8)
{
    QByteArray bytes("\xFF\xFE", 2);
    for (const QChar c : QString::fromUtf8(utf8)) {
        bytes.append(char(c.unicode() & 0xFF));
        bytes.append(char(c.unicode() >> 8));
    }
    return bytes;
}

inline ImportRejection rejection(const QString &file, qint64 line, const QString &column,
                                 const QString &reason)
{
    return ImportRejection{file, line, column, reason};
}

} // namespace Yardstick::Testing
