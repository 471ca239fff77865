// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "letterreader.h"

#include <QByteArray>
#include <QFileInfo>
#include <QString>

namespace Yardstick {

// The readers behind readLetterFile, one per kind of file. Each gets the
// file's bytes and fills result.letters, rejections and counts (result.file
// is already set); readLetterFile masks card numbers afterwards.
void readPlainTextLetter(const QFileInfo &file, const QByteArray &bytes, const QString &encoding,
                         LetterReadResult &result);
void readEmailLetter(const QFileInfo &file, const QByteArray &bytes, const QString &encoding,
                     LetterReadResult &result);
// A letters table: a CSV file, or a sheet of an Excel workbook (read from
// the file itself).
void readCsvLetters(const QFileInfo &file, const QByteArray &bytes, const QString &encoding,
                    const LetterColumns &columns, LetterReadResult &result);
void readWorkbookLetters(const QFileInfo &file, const LetterColumns &columns,
                         LetterReadResult &result);

// The received time a file gives when nothing better does: its last
// modification, in UTC.
QDateTime fileReceivedTime(const QFileInfo &file);

// Line ends as '\n' and no white space around, as letters are stored.
QString normalisedLetterText(const QString &text);

} // namespace Yardstick
