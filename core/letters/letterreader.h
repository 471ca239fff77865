// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/importreport.h"
#include "lettercolumns.h"
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
    // A table's label columns, as written (LetterColumns): matched to the
    // workbench's services and dimensions when the letter is stored.
    QString serviceLabel;
    QString dimensionLabel;
};

struct LetterReadResult
{
    QString file;
    QList<ReadLetter> letters;
    QList<ImportRejection> rejections;
    qint64 rowsRead = 0;       // letters found (CSV data rows; 1 for a letter file)
    qint64 rowsRejected = 0;   // of those, refused (each counted once)
    bool fileRejected = false; // the file as a whole could not be read
    QStringList notes;         // things the analyst should know (a date read as DD/MM/YYYY)
};

// Reads one file by its extension: .txt, .md, .eml, .csv, .xlsx
// (case-insensitive). `encoding` empty means detect; otherwise the name of
// the encoding to use (for an e-mail, where a part declares no charset).
// `columns` says how a table's columns become letters. Card numbers are
// masked in every letter's text, subject, reference, customer reference and
// attributes. Nothing is stored: the classify command reads letters with
// this too.
LetterReadResult readLetterFile(const QString &path, const QString &encoding = QString(),
                                const LetterColumns &columns = LetterColumns());

// The letter files in a folder and its subfolders, sorted by path; hidden
// files and other extensions are left out.
QStringList letterFilesIn(const QString &folder);

// Whether readLetterFile reads files with this name's extension.
bool isLetterFile(const QString &path);

} // namespace Yardstick
