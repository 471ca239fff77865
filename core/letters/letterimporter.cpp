// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "letterimporter.h"

#include "letterreader.h"
#include "storage/transaction.h"
#include "workbench/workbench.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSet>

namespace Yardstick {

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(Yardstick::LetterImport)
};

// Beyond this many, duplicates are summed up rather than listed one by one.
constexpr int kListedDuplicates = 20;

// A file to read and the name it goes by in messages: its file name when
// given on its own, its path from the folder's name when found in a folder
// (two folders may each hold a "letter1.txt").
struct Source
{
    QString path;
    QString shownName;
};

QList<Source> expand(const QStringList &paths, ImportSummary &summary)
{
    QList<Source> sources;
    for (const QString &path : paths) {
        // Cleaned, so "inbox/" is named "inbox" like "inbox".
        const QFileInfo info(QDir::cleanPath(path));
        if (info.isDir()) {
            const QDir parent = info.absoluteDir();
            const QStringList files = letterFilesIn(path);
            if (files.isEmpty()) {
                summary.rejections.append(
                    {info.fileName(), 0, QStringLiteral("file"),
                     Tr::tr("the folder holds no .txt, .md, .eml or .csv files")});
            }
            for (const QString &file : files)
                sources.append({file, parent.relativeFilePath(QFileInfo(file).absoluteFilePath())});
        } else if (!info.exists()) {
            summary.rejections.append(
                {info.fileName(), 0, QStringLiteral("file"), Tr::tr("no such file or folder")});
        } else {
            sources.append({path, info.fileName()});
        }
    }
    return sources;
}

bool cancelled(const LetterImportOptions &options, qint64 done, qint64 total)
{
    return options.progress && !options.progress(done, total);
}

} // namespace

LetterImporter::LetterImporter(Workbench &workbench)
    : m_workbench(workbench)
{}

ImportSummary LetterImporter::run(const QStringList &paths, const LetterImportOptions &options)
{
    ImportSummary summary;
    summary.file = paths.size() == 1 ? QFileInfo(QDir::cleanPath(paths.constFirst())).fileName()
                                     : Tr::tr("%n files", nullptr, int(paths.size()));
    const QList<Source> sources = expand(paths, summary);
    // A path that is missing or an empty folder is a problem with what was
    // given, which skipping rows cannot get past.
    const bool pathsMissing = !summary.rejections.isEmpty();

    QSet<QString> known = m_workbench.letters().contentHashes();
    QList<ComplaintLetter> toStore;
    QStringList duplicateNotes;
    int masked = 0;
    qsizetype filesRejected = 0;
    const qint64 total = sources.size();
    for (qint64 done = 0; done < total; ++done) {
        if (cancelled(options, done, total)) {
            summary.cancelled = true;
            return summary;
        }
        const Source &source = sources.at(done);
        LetterReadResult read = readLetterFile(source.path, options.encoding);
        for (ImportRejection &rejection : read.rejections) {
            rejection.file = source.shownName;
            summary.rejections.append(rejection);
        }
        summary.notes.append(read.notes);
        summary.rowsRead += read.rowsRead;
        summary.rejected += read.rowsRejected;
        if (read.fileRejected) {
            // What was read before the file's problem is not the whole file.
            ++filesRejected;
            continue;
        }
        for (ReadLetter &letter : read.letters) {
            const QString hash = letter.letter.contentHash();
            if (known.contains(hash)) {
                ++summary.duplicates;
                if (summary.duplicates <= kListedDuplicates) {
                    duplicateNotes.append(
                        Tr::tr("%1:%2: the same text is already in the workbench or earlier in "
                               "this import; skipped")
                            .arg(source.shownName)
                            .arg(letter.line));
                }
                continue;
            }
            known.insert(hash);
            masked += letter.letter.maskedCardNumbers;
            toStore.append(std::move(letter.letter));
        }
    }
    if (cancelled(options, total, total)) {
        summary.cancelled = true;
        return summary;
    }

    if (summary.duplicates > kListedDuplicates) {
        duplicateNotes.append(Tr::tr("... and %n more duplicates", nullptr,
                                     int(summary.duplicates - kListedDuplicates)));
    }
    summary.notes.append(duplicateNotes);
    if (masked > 0) {
        summary.notes.append(Tr::tr("%n card number(s) masked: only the last four digits are kept",
                                    nullptr, masked));
    }
    summary.fileRejected = pathsMissing || (total > 0 && filesRejected == total);
    if (summary.fileRejected || (!summary.rejections.isEmpty() && !options.skipBadRows))
        return summary;

    if (options.suggestLabels) {
        for (ComplaintLetter &letter : toStore)
            options.suggestLabels(letter);
    }
    const StorageResult stored = store(toStore, options);
    if (!stored.ok()) {
        summary.rejections.append(
            {summary.file, 0, QStringLiteral("file"),
             Tr::tr("the letters could not be stored: %1").arg(stored.error())});
        summary.fileRejected = true;
        return summary;
    }
    summary.committed = true;
    summary.imported = toStore.size();
    return summary;
}

StorageResult LetterImporter::store(QList<ComplaintLetter> &letters,
                                    const LetterImportOptions &options)
{
    Transaction transaction(m_workbench.database().connection());
    if (!transaction.isActive())
        return StorageResult::failure(transaction.beginError());
    if (StorageResult stored = m_workbench.letters().insertMany(letters); !stored.ok())
        return stored;
    if (options.afterStore) {
        if (StorageResult derived = options.afterStore(); !derived.ok())
            return derived;
    }
    if (const QString error = transaction.commit(); !error.isEmpty())
        return StorageResult::failure(error);
    return StorageResult::success();
}

} // namespace Yardstick
