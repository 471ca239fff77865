// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace Yardstick {

enum class LetterChannel
{
    Letter,
    Email,
    Phone,
    ComplaintCard,
    Web,
    Chat,
    Social,
    Other, // an export's word Yardstick does not know
};

QString letterChannelKey(LetterChannel channel);
std::optional<LetterChannel> letterChannelFromKey(const QString &key);

// Where an analyst stands with a letter's labels.
enum class LabelStatus
{
    Unlabelled,
    Suggested,
    Confirmed,
};

QString labelStatusKey(LabelStatus status);
std::optional<LabelStatus> labelStatusFromKey(const QString &key);

// Where the complaint itself stands: new -> in progress -> resolved.
enum class LetterStatus
{
    New,
    InProgress,
    Resolved,
};

QString letterStatusKey(LetterStatus status); // "new", "in_progress", "resolved"
std::optional<LetterStatus> letterStatusFromKey(const QString &key);

// Where the received date came from, so the analyst can judge it: the
// e-mail's Date header beats the CSV's column, which beats the file's time.
enum class ReceivedSource
{
    Unknown,
    EmailHeader,
    Csv,
    FileTime,
    Manual,
};

// "", "email_header", "csv", "file", "manual"
QString receivedSourceKey(ReceivedSource source);
std::optional<ReceivedSource> receivedSourceFromKey(const QString &key);

// How much a complaint hurts: from the words the customer chose (threats to
// leave, a formal complaint, money lost, a card used by a thief).
enum class Severity
{
    Low,
    Medium,
    High,
};

QString severityKey(Severity severity); // "low", "medium", "high"
std::optional<Severity> severityFromKey(const QString &key);

// One dimension a letter is about, with how sure the labeller was (0..1;
// 1 for a label the analyst confirmed).
struct DimensionLabel
{
    qint64 dimensionId = 0;
    double confidence = 1.0;

    friend bool operator==(const DimensionLabel &, const DimensionLabel &) = default;
};

// A column of the export a letter came from that is none of its fields
// (a regulator's Product or Issue, a ticket's Priority), kept as written.
struct LetterAttribute
{
    QString name;
    QString value;

    friend bool operator==(const LetterAttribute &, const LetterAttribute &) = default;
};

// A complaint as the customer wrote it, with its labels and where its
// handling stands.
struct ComplaintLetter
{
    qint64 id = 0;
    QString reference; // the sender system's id, e.g. "L-2024-0153"
    // Whether reference is the sending system's own id (a table's id column,
    // an e-mail's Message-ID) rather than a name Yardstick gave (a file's
    // name, file:line): only such ids tell two letters apart.
    bool referenceIsSourceId = false;
    QDateTime receivedAt;
    LetterChannel channel = LetterChannel::Letter;
    QString customerRef;
    bool keyCustomer = false;
    QString language; // BCP 47 tag: "en", "zh"
    QString subject;  // an e-mail's Subject, else empty; card numbers masked
    QString text;     // card numbers already masked
    std::optional<qint64> serviceId;
    std::optional<double> serviceConfidence; // unset for a label set by hand
    std::optional<qint64> primaryDimensionId;
    // Every dimension the letter is about, the primary one first.
    QList<DimensionLabel> dimensions;
    std::optional<Severity> severity;
    LabelStatus labelStatus = LabelStatus::Unlabelled;

    // Where it came from.
    ReceivedSource receivedSource = ReceivedSource::Unknown;
    QString sourceFile; // file name (no folder) it was imported from
    QString encoding;   // "UTF-8", "GB18030", ...
    int maskedCardNumbers = 0;
    QList<LetterAttribute> attributes; // in the export's column order

    // Handling.
    LetterStatus status = LetterStatus::New;
    QDateTime firstResponseAt; // invalid until someone replied
    QDateTime resolvedAt;      // set when (and only when) resolved

    // SHA-256 of the text, hex; re-imports are recognised by it.
    QString contentHash() const;

    friend bool operator==(const ComplaintLetter &, const ComplaintLetter &) = default;
};

} // namespace Yardstick
