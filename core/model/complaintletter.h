// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
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

// A complaint as the customer wrote it. Reading and classifying letters comes
// with the complaints feature; the foundation stores them with their primary
// labels.
struct ComplaintLetter
{
    qint64 id = 0;
    QString reference; // the sender system's id, e.g. "L-2024-0153"
    QDateTime receivedAt;
    LetterChannel channel = LetterChannel::Letter;
    QString customerRef;
    bool keyCustomer = false;
    QString language; // BCP 47 tag: "en", "zh"
    QString text;     // card numbers already masked
    std::optional<qint64> serviceId;
    std::optional<qint64> primaryDimensionId;
    LabelStatus labelStatus = LabelStatus::Unlabelled;

    // SHA-256 of the text, hex; re-imports are recognised by it.
    QString contentHash() const;

    friend bool operator==(const ComplaintLetter &, const ComplaintLetter &) = default;
};

} // namespace Yardstick
