// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "complaintletter.h"

#include <QCryptographicHash>

namespace Yardstick {

namespace {
constexpr std::pair<LetterChannel, const char *> kChannels[] = {
    {LetterChannel::Letter, "letter"}, {LetterChannel::Email, "email"},
    {LetterChannel::Phone, "phone"},   {LetterChannel::ComplaintCard, "complaint_card"},
    {LetterChannel::Web, "web"},       {LetterChannel::Chat, "chat"},
    {LetterChannel::Social, "social"}, {LetterChannel::Other, "other"},
};
constexpr std::pair<LabelStatus, const char *> kStatuses[] = {
    {LabelStatus::Unlabelled, "unlabelled"},
    {LabelStatus::Suggested, "suggested"},
    {LabelStatus::Confirmed, "confirmed"},
};
constexpr std::pair<LetterStatus, const char *> kLetterStatuses[] = {
    {LetterStatus::New, "new"},
    {LetterStatus::InProgress, "in_progress"},
    {LetterStatus::Resolved, "resolved"},
};
constexpr std::pair<ReceivedSource, const char *> kReceivedSources[] = {
    {ReceivedSource::Unknown, ""},      {ReceivedSource::EmailHeader, "email_header"},
    {ReceivedSource::Csv, "csv"},       {ReceivedSource::FileTime, "file"},
    {ReceivedSource::Manual, "manual"},
};
constexpr std::pair<Severity, const char *> kSeverities[] = {
    {Severity::Low, "low"},
    {Severity::Medium, "medium"},
    {Severity::High, "high"},
};

template<typename Enum, std::size_t N>
QString keyOf(const std::pair<Enum, const char *> (&table)[N], Enum value)
{
    for (const auto &[e, key] : table) {
        if (e == value)
            return QLatin1String(key);
    }
    Q_UNREACHABLE();
}

template<typename Enum, std::size_t N>
std::optional<Enum> fromKey(const std::pair<Enum, const char *> (&table)[N], const QString &key)
{
    const QString k = key.trimmed().toLower();
    for (const auto &[e, name] : table) {
        if (k == QLatin1String(name))
            return e;
    }
    return std::nullopt;
}
} // namespace

QString letterChannelKey(LetterChannel channel)
{
    return keyOf(kChannels, channel);
}

std::optional<LetterChannel> letterChannelFromKey(const QString &key)
{
    return fromKey(kChannels, key);
}

QString labelStatusKey(LabelStatus status)
{
    return keyOf(kStatuses, status);
}

std::optional<LabelStatus> labelStatusFromKey(const QString &key)
{
    return fromKey(kStatuses, key);
}

QString letterStatusKey(LetterStatus status)
{
    return keyOf(kLetterStatuses, status);
}

std::optional<LetterStatus> letterStatusFromKey(const QString &key)
{
    return fromKey(kLetterStatuses, key);
}

QString receivedSourceKey(ReceivedSource source)
{
    return keyOf(kReceivedSources, source);
}

std::optional<ReceivedSource> receivedSourceFromKey(const QString &key)
{
    return fromKey(kReceivedSources, key);
}

QString severityKey(Severity severity)
{
    return keyOf(kSeverities, severity);
}

std::optional<Severity> severityFromKey(const QString &key)
{
    return fromKey(kSeverities, key);
}

QString ComplaintLetter::contentHash() const
{
    return QString::fromLatin1(
        QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex());
}

} // namespace Yardstick
