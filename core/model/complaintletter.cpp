// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "complaintletter.h"

#include <QCryptographicHash>

namespace Yardstick {

namespace {
constexpr std::pair<LetterChannel, const char *> kChannels[] = {
    {LetterChannel::Letter, "letter"}, {LetterChannel::Email, "email"},
    {LetterChannel::Phone, "phone"},   {LetterChannel::ComplaintCard, "complaint_card"},
    {LetterChannel::Web, "web"},
};
constexpr std::pair<LabelStatus, const char *> kStatuses[] = {
    {LabelStatus::Unlabelled, "unlabelled"},
    {LabelStatus::Suggested, "suggested"},
    {LabelStatus::Confirmed, "confirmed"},
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

QString ComplaintLetter::contentHash() const
{
    return QString::fromLatin1(
        QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex());
}

} // namespace Yardstick
