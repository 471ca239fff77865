// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "classify/letterclassifier.h"
#include "import/importreport.h"
#include "letters/lettercolumns.h"
#include "model/complaintletter.h"
#include "model/letterlink.h"
#include "model/lexiconterm.h"
#include "storage/storageresult.h"

#include <QHash>
#include <QObject>
#include <QStringList>

#include <memory>
#include <optional>

namespace Yardstick {

class LetterLabeller;
class Workbench;

// Complaint letters: import, labels, handling, links to standards, retraining
// the classifier and the complaint-handling measurements they feed.
// Each user action is one transaction; what derives from it is refreshed in
// it, and the change is announced so every view follows.
class LetterService final : public QObject
{
    Q_OBJECT

public:
    explicit LetterService(Workbench &workbench, QObject *parent = nullptr);
    ~LetterService() override;

    // Reading.
    QList<ComplaintLetter> letters() const; // by received time
    std::optional<ComplaintLetter> letter(qint64 id) const;
    QList<LetterLink> linksOf(qint64 letterId) const;
    // The link from the letter to the standard, if there is one.
    std::optional<LetterLink> linkTo(qint64 letterId, qint64 standardId) const;
    // The workbench's own terms, or the default ones while it has none.
    QList<LexiconTerm> lexiconTerms() const;

    // The classifier: loaded on first use (lexicon, trained on the confirmed
    // letters) and retrained after each correction, so everything that
    // suggests labels reads one model.
    const LetterLabeller &labeller();
    Classification classify(const ComplaintLetter &letter);
    // The letter as the analyst sees it: the labeller's live suggestion
    // while its labels are not confirmed.
    ComplaintLetter withSuggestion(const ComplaintLetter &stored);
    // How long the last load or retraining took, in milliseconds (-1: none yet).
    qint64 lastRetrainMilliseconds() const { return m_lastRetrainMs; }

    // Retraining off the caller's thread. With it on, a correction or an
    // import does not train in place: the model trained so far keeps
    // suggesting and retrainingWanted() is emitted; whoever listens (the
    // window's LabellerTrainer) trains a labeller on a worker with
    // LetterLabeller::load and hands it back with adoptLabeller. A first
    // load then trains nothing either: the lexicon suggests until the model
    // arrives. Off (the default, and the command line's way), every change
    // retrains at once.
    void setRetrainInBackground(bool background);
    bool retrainsInBackground() const { return m_background; }
    // Takes over a labeller trained elsewhere and tells the views.
    void adoptLabeller(LetterLabeller labeller, qint64 milliseconds);

    // Reads letters from files, folders or CSV files, suggests their labels
    // with the labeller (loaded once for the import) and stores them with the
    // complaint-handling measurements recomputed, in one transaction.
    // `columns` says how a letters table's columns become letters; label
    // columns it names give labels the model learns from at once.
    // tableColumns: a listed table's own mapping where tables differ
    // (LetterImportOptions::tableColumns); the others use `columns`.
    ImportSummary importLetters(const QStringList &paths, const QString &encoding,
                                const ImportOptions &options,
                                const LetterColumns &columns = LetterColumns(),
                                const QHash<QString, LetterColumns> &tableColumns = {});
    // How the columns of a letters table were last mapped in this
    // workbench, so next month's export is read the same way.
    std::optional<LetterColumns> rememberedColumns() const;
    // The remembered mapping when every column it names is in this header.
    std::optional<LetterColumns> rememberedColumnsFor(const QStringList &header) const;
    StorageResult rememberColumns(const LetterColumns &columns);
    // Tells listeners that letters were imported through another connection
    // to the same file (a worker's): only announces, writes nothing.
    void announceImport();

    // The label edits, as one analyst's move each. The rules are pure: the
    // view builds the letter after the move with them, then writes it.
    // Confirmed by an analyst: every confidence 1, the first dimension primary.
    static ComplaintLetter confirmed(ComplaintLetter letter);
    // The dimension made primary; an analyst's further dimensions stay, a
    // suggestion's guesses go. Confirmed.
    static ComplaintLetter withPrimaryDimension(const ComplaintLetter &shown, qint64 dimensionId);
    // Adds or removes a further dimension, confirmed; nothing when it would
    // remove the letter's only dimension.
    static std::optional<ComplaintLetter> withDimensionToggled(const ComplaintLetter &shown,
                                                               qint64 dimensionId);
    static ComplaintLetter withService(const ComplaintLetter &shown, qint64 serviceId);
    // The handling status with its times: new clears them, in progress
    // stamps the first response (once), resolved stamps the resolution and,
    // if nothing answered before, the first response.
    static ComplaintLetter withStatus(const ComplaintLetter &stored, LetterStatus status,
                                      const QDateTime &now);
    static void copyLabels(ComplaintLetter &to, const ComplaintLetter &from);
    static void copyHandling(ComplaintLetter &to, const ComplaintLetter &from);

    // Stores the letter's labels and retrains the classifier on them. With
    // `expected` (the letter the edit started from), only if the stored
    // labels are still those: another analyst's edit in between is refused
    // with who made it and when, never written over (undo relies on this).
    StorageResult writeLabels(const ComplaintLetter &letter);
    StorageResult writeLabels(const ComplaintLetter &letter, const ComplaintLetter &expected);
    // Stores the letter's handling and recomputes the complaint-handling
    // measurements, in one transaction; `expected` as for the labels.
    StorageResult writeHandling(const ComplaintLetter &letter);
    StorageResult writeHandling(const ComplaintLetter &letter, const ComplaintLetter &expected);

    // Linking a letter to a standard it is already linked to updates the case id.
    StorageResult addLink(LetterLink &link);
    StorageResult removeLink(const LetterLink &link);

    // Replaces the lexicon and reloads the classifier with it.
    // The workbench's own terms (empty while it uses the default ones).
    QList<LexiconTerm> storedLexicon() const;
    // `expected`: the stored terms the editor started from (storedLexicon());
    // the save is refused when another analyst's lexicon was saved since.
    StorageResult replaceLexicon(QList<LexiconTerm> &terms,
                                 const std::optional<QList<LexiconTerm>> &expected = std::nullopt);

    // Recomputes the measurements of every complaint-handling standard.
    StorageResult refreshMeasurements();

signals:
    // Many letters changed at once (an import).
    void lettersChanged();
    // One letter's labels or handling changed.
    void letterChanged(qint64 letterId);
    void labelsChanged(qint64 letterId);
    // Its handling changed and the measurements were recomputed with it.
    void handlingChanged(qint64 letterId);
    void linksChanged(qint64 letterId);
    void lexiconChanged();
    // The classifier was retrained or reloaded: the suggestions of letters
    // not yet confirmed may read differently.
    void labellerChanged();
    // Retraining in the background is on and the confirmed letters changed.
    void retrainingWanted();
    // The complaint-handling standards' measurements were recomputed.
    void measurementsChanged();

private:
    // Without a transaction of its own: callers run it inside theirs.
    StorageResult recomputeMeasurements();
    void retrain();

    enum class Part
    {
        Labels,
        Handling,
    };
    // The write of one part with its audit line, in one transaction; with
    // expected, refused if the stored part is no longer what it says.
    StorageResult writePart(Part part, const ComplaintLetter &letter,
                            const ComplaintLetter *expected);
    QString conflictMessage(const ComplaintLetter &letter) const;

    Workbench &m_workbench;
    std::unique_ptr<LetterLabeller> m_labeller;
    qint64 m_lastRetrainMs = -1;
    bool m_background = false;
};

} // namespace Yardstick
