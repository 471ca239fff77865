// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "channelwords.h"

#include <QString>

#include <utility>

namespace Yardstick {

namespace {

// Normalised words (lower case, single spaces) and the channel each names.
constexpr std::pair<const char *, LetterChannel> kWords[] = {
    {"letter", LetterChannel::Letter},
    {"mail", LetterChannel::Letter},
    {"post", LetterChannel::Letter},
    {"postal", LetterChannel::Letter},
    {"postal mail", LetterChannel::Letter},
    {"fax", LetterChannel::Letter},
    {"referral", LetterChannel::Letter},
    {"email", LetterChannel::Email},
    {"e mail", LetterChannel::Email},
    {"phone", LetterChannel::Phone},
    {"telephone", LetterChannel::Phone},
    {"call", LetterChannel::Phone},
    {"phone call", LetterChannel::Phone},
    {"complaint card", LetterChannel::ComplaintCard},
    {"card", LetterChannel::ComplaintCard},
    {"branch", LetterChannel::ComplaintCard},
    {"in branch", LetterChannel::ComplaintCard},
    {"counter", LetterChannel::ComplaintCard},
    {"web", LetterChannel::Web},
    {"online", LetterChannel::Web},
    {"portal", LetterChannel::Web},
    {"website", LetterChannel::Web},
    {"web form", LetterChannel::Web},
    {"internet", LetterChannel::Web},
    {"chat", LetterChannel::Chat},
    {"live chat", LetterChannel::Chat},
    {"web chat", LetterChannel::Chat},
    {"social", LetterChannel::Social},
    {"social media", LetterChannel::Social},
    {"other", LetterChannel::Other},
};

QString normalised(QStringView word)
{
    QString text = word.trimmed().toString().toLower();
    text.replace(QLatin1Char('-'), QLatin1Char(' '));
    text.replace(QLatin1Char('_'), QLatin1Char(' '));
    return text.simplified();
}

} // namespace

std::optional<LetterChannel> letterChannelFromWord(QStringView word)
{
    const QString text = normalised(word);
    for (const auto &[name, channel] : kWords) {
        if (text == QLatin1String(name))
            return channel;
    }
    return std::nullopt;
}

} // namespace Yardstick
