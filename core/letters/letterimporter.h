// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/importreport.h"
#include "model/complaintletter.h"
#include "storage/storageresult.h"

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
    // Called for each letter about to be stored, to suggest its labels.
    std::function<void(ComplaintLetter &)> suggestLabels;
    // Called after the letters are stored, in the same transaction: what
    // derives from the letters. Its failure undoes the whole import.
    std::function<StorageResult()> afterStore;
};

// Reads letters from files (.txt, .md, .eml; .csv with one letter per row,
// header id,received,channel,customer_ref,key_customer,text) and folders of
// them, masks card numbers, and stores them in one transaction: all or
// nothing unless options.skipBadRows. A letter whose text is already in the
// workbench (same content hash) is skipped as a duplicate.
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
