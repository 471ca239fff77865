// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "missingvalues.h"

#include <algorithm>

namespace Yardstick {

MissingValues::MissingValues(const QStringList &extra)
{
    m_tokens = defaultTokens();
    for (const QString &token : extra) {
        if (!token.trimmed().isEmpty() && !m_tokens.contains(token.trimmed()))
            m_tokens.append(token.trimmed());
    }
    for (const QString &token : std::as_const(m_tokens))
        m_longest = qMax(m_longest, token.size());
}

QStringList MissingValues::defaultTokens()
{
    return {QStringLiteral("?"),   QStringLiteral("NULL"), QStringLiteral("null"),
            QStringLiteral("N/A"), QStringLiteral("n/a"),  QStringLiteral("NA"),
            QStringLiteral("-"),   QStringLiteral("--")};
}

bool MissingValues::isMissing(QStringView value) const
{
    const QStringView text = value.trimmed();
    if (text.isEmpty())
        return true;
    // A cell longer than every word is a value, found without a lookup.
    if (text.size() > m_longest)
        return false;
    return std::any_of(m_tokens.cbegin(), m_tokens.cend(),
                       [text](const QString &token) { return text == token; });
}

} // namespace Yardstick
