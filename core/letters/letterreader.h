// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/importreport.h"
#include "model/complaintletter.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Yardstick {

// A letter as read from a file, before it is stored: card numbers already
// masked (letter.maskedCardNumbers says how many), received date and its
// source filled in where the file gives one, no labels yet.
struct ReadLetter
{
    ComplaintLetter letter;
    qint64 line = 1; // the CSV row's first physical line; 1 for a letter file
};

struct LetterReadResult
{
    QString file;
    QList<ReadLetter> letters;
    QList<ImportRejection> rejections;
    qint64 rowsRead = 0;      // letters found (CSV data rows; 1 for a letter file)
    bool fileRejected = false; // the file as a whole could not be read
};

// Reads one file by its extension: .txt, .md, .eml, .csv (case-insensitive).
// `encoding` empty means detect; otherwise the name of the encoding to use.
LetterReadResult readLetterFile(const QString &path, const QString &encoding = QString());

// The letter files in a folder and its subfolders, sorted by path.
QStringList letterFilesIn(const QString &folder);

} // namespace Yardstick
