// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/complaintletter.h"
#include "model/letterlink.h"
#include "storageresult.h"

#include <QHash>
#include <QList>
#include <QSet>

#include <optional>

namespace Yardstick {

class Database;

// Reads and writes complaint letters, their labels, their handling and their
// links to standards, and the columns of the export they came from. The same
// text is stored once, unless the sending system gave the letters different
// ids (the same customer complaining twice).
class ComplaintLetterRepository final
{
public:
    explicit ComplaintLetterRepository(Database &database);

    QList<ComplaintLetter> all() const; // by received time
    std::optional<ComplaintLetter> find(qint64 id) const;
    // Inside a transaction: the letter as stored, kept from other writers
    // until the transaction ends (see StandardRepository::byIdForUpdate).
    std::optional<ComplaintLetter> findForUpdate(qint64 id) const;
    int count() const;
    QSet<QString> contentHashes() const; // of every letter's text
    // The text hash of each letter whose reference is its sending system's id.
    QHash<QString, QString> textHashesBySourceId() const;
    // The customer references that wrote at least one letter (non-empty only).
    QSet<QString> customerRefs() const;

    // All or nothing, in one transaction; assigns the ids.
    StorageResult insertMany(QList<ComplaintLetter> &letters);

    // Service (and its confidence), dimensions (the first is stored as the
    // primary), severity and label status, as the letter holds them.
    StorageResult updateLabels(const ComplaintLetter &letter);
    // Status, first response and resolution time, as the letter holds them.
    StorageResult updateHandling(const ComplaintLetter &letter);

    QList<LetterLink> links() const; // every link, by letter
    QList<LetterLink> linksOf(qint64 letterId) const;
    // Linking a letter to a standard it is already linked to updates the case id.
    StorageResult addLink(LetterLink &link);
    StorageResult removeLink(qint64 linkId);

private:
    QList<ComplaintLetter> select(const QString &where, const QVariant &value) const;
    StorageResult writeDimensions(const ComplaintLetter &letter);
    StorageResult writeAttributes(const ComplaintLetter &letter);

    Database &m_database;
};

} // namespace Yardstick
