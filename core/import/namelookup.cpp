// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "namelookup.h"

namespace Yardstick {

void NameLookup::add(qint64 id, const QString &code, const QString &name)
{
    // A code wins over another entry's name that happens to read the same.
    if (!name.trimmed().isEmpty() && !m_byFoldedName.contains(name.trimmed().toCaseFolded()))
        m_byFoldedName.insert(name.trimmed().toCaseFolded(), id);
    if (!code.trimmed().isEmpty())
        m_byFoldedName.insert(code.trimmed().toCaseFolded(), id);
    m_seen.clear();
}

std::optional<qint64> NameLookup::find(const QString &text) const
{
    if (const auto seen = m_seen.constFind(text); seen != m_seen.cend())
        return *seen;
    std::optional<qint64> result;
    if (const auto it = m_byFoldedName.constFind(text.trimmed().toCaseFolded());
        it != m_byFoldedName.cend())
        result = *it;
    if (m_seen.size() > 4096) // bounded, whatever a file holds
        m_seen.clear();
    m_seen.insert(text, result);
    return result;
}

} // namespace Yardstick
