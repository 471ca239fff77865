// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "missingvalues.h"

namespace Yardstick {

MissingValues::MissingValues(const QStringList &extra)
{
    for (const QString &token : defaultTokens())
        m_tokens.insert(token);
    for (const QString &token : extra) {
        if (!token.trimmed().isEmpty())
            m_tokens.insert(token.trimmed());
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
    return text.size() <= m_longest && m_tokens.contains(text.toString());
}

} // namespace Yardstick
