// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "letterimporter.h"

#include "givenlabels.h"
#include "letterreader.h"
#include "storage/transaction.h"
#include "workbench/workbench.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSet>

#include <algorithm>

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
                     Tr::tr("the folder holds no .txt, .md, .eml, .csv or .xlsx files")});
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

// The name a reader's messages go by: the name the source is shown by, with
// the sheet when a workbook's reader named one ("inbox/complaints.xlsx[Q1]").
QString shownName(const Source &source, const LetterReadResult &read)
{
    const QString fileName = QFileInfo(source.path).fileName();
    if (read.file.startsWith(fileName + QLatin1Char('[')))
        return source.shownName + read.file.mid(fileName.size());
    return source.shownName;
}

// What the import knows of letters so far (the workbench's and this
// import's), to tell duplicates and conflicts.
class KnownLetters
{
public:
    explicit KnownLetters(Workbench &workbench)
        : m_texts(workbench.letters().contentHashes())
        , m_ids(workbench.letters().textHashesBySourceId())
    {
        for (auto it = m_ids.cbegin(); it != m_ids.cend(); ++it)
            m_idOfText.insert(it.value(), it.key());
    }

    enum class Verdict
    {
        New,
        Duplicate,
        Conflict,
    };

    Verdict judge(const ComplaintLetter &letter, const QString &hash) const
    {
        if (!letter.referenceIsSourceId)
            return m_texts.contains(hash) ? Verdict::Duplicate : Verdict::New;
        const auto id = m_ids.constFind(letter.reference);
        if (id == m_ids.cend())
            return Verdict::New;
        return *id == hash ? Verdict::Duplicate : Verdict::Conflict;
    }

    // Where the id was first seen: "on line 4 of a.csv", or in the workbench.
    QString whereIdIs(const QString &id) const
    {
        return m_whereInImport.value(id, Tr::tr("in the workbench"));
    }

    // The id of a letter with this text, if one has an id.
    QString idWithText(const QString &hash) const { return m_idOfText.value(hash); }
    bool hasText(const QString &hash) const { return m_texts.contains(hash); }

    void add(const ComplaintLetter &letter, const QString &hash, const QString &where)
    {
        m_texts.insert(hash);
        if (letter.referenceIsSourceId) {
            m_ids.insert(letter.reference, hash);
            m_whereInImport.insert(letter.reference, where);
            if (!m_idOfText.contains(hash))
                m_idOfText.insert(hash, letter.reference);
        }
    }

private:
    QSet<QString> m_texts;
    QHash<QString, QString> m_ids;           // source id -> text hash
    QHash<QString, QString> m_idOfText;      // text hash -> first source id with it
    QHash<QString, QString> m_whereInImport; // source id -> "on line N of F"
};

} // namespace

const LetterColumns &LetterImportOptions::columnsFor(const QString &path) const
{
    const auto own = tableColumns.constFind(path);
    return own != tableColumns.cend() ? *own : columns;
}

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

    KnownLetters known(m_workbench);
    GivenLabels given(m_workbench.services().all(), m_workbench.dimensions().all());
    const auto hasLabelColumns = [](const LetterColumns &columns) {
        return !columns.labelServiceColumn.isEmpty() || !columns.labelDimensionColumn.isEmpty();
    };
    const bool labelColumns =
        hasLabelColumns(options.columns) ||
        std::any_of(options.tableColumns.cbegin(), options.tableColumns.cend(), hasLabelColumns);
    struct Given
    {
        QString service;
        QString dimension;
        const LetterColumns *columns; // the table's, whose value maps translate them
    };
    QList<Given> givenLabels; // beside toStore
    QList<ComplaintLetter> toStore;
    QStringList duplicateNotes;
    QStringList sameTextNotes;
    int masked = 0;
    qsizetype filesRejected = 0;
    const qint64 total = sources.size();
    for (qint64 done = 0; done < total; ++done) {
        if (cancelled(options, done, total)) {
            summary.cancelled = true;
            return summary;
        }
        const Source &source = sources.at(done);
        const LetterColumns &columns = options.columnsFor(source.path);
        LetterReadResult read = readLetterFile(source.path, options.encoding, columns);
        const QString shown = shownName(source, read);
        for (ImportRejection &rejection : read.rejections) {
            rejection.file = shown;
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
            switch (known.judge(letter.letter, hash)) {
            case KnownLetters::Verdict::Duplicate:
                ++summary.duplicates;
                if (summary.duplicates <= kListedDuplicates) {
                    duplicateNotes.append(
                        letter.letter.referenceIsSourceId
                            ? Tr::tr("%1:%2: the letter %3 is already in the workbench or earlier "
                                     "in this import; skipped")
                                  .arg(shown)
                                  .arg(letter.line)
                                  .arg(u'"' + letter.letter.reference + u'"')
                            : Tr::tr("%1:%2: the same text is already in the workbench or "
                                     "earlier in this import; skipped")
                                  .arg(shown)
                                  .arg(letter.line));
                }
                continue;
            case KnownLetters::Verdict::Conflict:
                ++summary.rejected;
                summary.rejections.append(
                    {shown, letter.line, QStringLiteral("id"),
                     Tr::tr("the id \"%1\" is already used %2 by a letter with another text")
                         .arg(letter.letter.reference, known.whereIdIs(letter.letter.reference))});
                continue;
            case KnownLetters::Verdict::New:
                break;
            }
            if (known.hasText(hash)) {
                // The same customer may well complain twice in the same words.
                const QString other = known.idWithText(hash);
                sameTextNotes.append(
                    Tr::tr("%1:%2: same text as %3; kept as a letter of its own, its id differs")
                        .arg(shown)
                        .arg(letter.line)
                        .arg(other.isEmpty() ? Tr::tr("a letter without an id")
                                             : u'"' + other + u'"'));
            }
            known.add(letter.letter, hash, Tr::tr("on line %1 of %2").arg(letter.line).arg(shown));
            masked += letter.letter.maskedCardNumbers;
            toStore.append(std::move(letter.letter));
            givenLabels.append({letter.serviceLabel, letter.dimensionLabel, &columns});
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
    if (sameTextNotes.size() > kListedDuplicates) {
        const qsizetype more = sameTextNotes.size() - kListedDuplicates;
        sameTextNotes.resize(kListedDuplicates);
        sameTextNotes.append(
            Tr::tr("... and %n more letters with the same text as another", nullptr, int(more)));
    }
    summary.notes.append(sameTextNotes);
    if (masked > 0) {
        summary.notes.append(Tr::tr("%n card number(s) masked: only the last four digits are kept",
                                    nullptr, masked));
    }
    summary.fileRejected = pathsMissing || (total > 0 && filesRejected == total);
    if (summary.fileRejected || (!summary.rejections.isEmpty() && !options.skipBadRows))
        return summary;

    for (qsizetype i = 0; i < toStore.size(); ++i) {
        ComplaintLetter &letter = toStore[i];
        if (options.suggestLabels)
            options.suggestLabels(letter);
        if (labelColumns)
            given.apply(givenLabels.at(i).service, givenLabels.at(i).dimension,
                        *givenLabels.at(i).columns, letter);
    }
    if (labelColumns) {
        summary.notes.append(given.notes(summary.file));
        summary.notes.append(
            Tr::tr("%n letter(s) labelled from the file's label columns.", nullptr, given.given()));
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
