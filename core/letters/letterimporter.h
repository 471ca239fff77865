// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/importreport.h"
#include "lettercolumns.h"
#include "model/complaintletter.h"
#include "storage/storageresult.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <functional>

namespace Yardstick {

class Workbench;

struct LetterImportOptions : ImportOptions
{
    // Empty: detect (BOM, UTF-8, then GB18030 or Windows-1252). Otherwise an
    // encoding name the user chose ("GB18030", "Windows-1252", "UTF-8"...).
    QString encoding;
    // How a letters table's columns become letters (CSV and .xlsx).
    LetterColumns columns;
    // A table's own mapping, by its path as listed, where the tables of one
    // import have different columns; the others are read with `columns`.
    QHash<QString, LetterColumns> tableColumns;

    const LetterColumns &columnsFor(const QString &path) const;
    // Called for each letter about to be stored, to suggest its labels.
    std::function<void(ComplaintLetter &)> suggestLabels;
    // Called after the letters are stored, in the same transaction: what
    // derives from the letters. Its failure undoes the whole import.
    std::function<StorageResult()> afterStore;
};

// Reads letters from files (.txt, .md, .eml; .csv and .xlsx with one letter
// per row, columns as options.columns says) and folders of them, masks card
// numbers, and stores them in one transaction: all or nothing unless
// options.skipBadRows. Duplicates: a letter with its sending system's id is
// a duplicate only of a letter with the same id and text (the same id with
// another text is a located conflict; the same text under another id is
// kept, with a note); a letter without one is a duplicate of any letter with
// its text.
class LetterImporter final
{
public:
    explicit LetterImporter(Workbench &workbench);

    ImportSummary run(const QStringList &paths, const LetterImportOptions &options);

private:
    // The letters and what derives from them, in one transaction.
    StorageResult store(QList<ComplaintLetter> &letters, const LetterImportOptions &options);

    Workbench &m_workbench;
};

} // namespace Yardstick
