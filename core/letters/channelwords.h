// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/complaintletter.h"

#include <QStringView>

#include <optional>

namespace Yardstick {

// The channel a complaint export's own word names, read generously: the
// keys themselves and everyday words (web/online/portal, email/e-mail,
// phone/telephone/call, letter/mail/post/postal mail/fax/referral,
// complaint card/branch/in-branch/counter, chat, social media), ignoring
// case, spaces, hyphens and underscores. Nullopt for a word it does not
// know (the import then records the letter as `other`, with a note).
std::optional<LetterChannel> letterChannelFromWord(QStringView word);

} // namespace Yardstick
