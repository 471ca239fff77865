// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "knownnames.h"

namespace Yardstick {

void KnownNames::add(qint64 id, const QString &code, const QString &name)
{
    m_lookup.add(id, code, name);
    m_codes.insert(code.toCaseFolded());
}

QString KnownNames::codeForNew(const QString &name) const
{
    const QString text = name.trimmed();
    if (!text.contains(QLatin1Char(' ')) && text.size() <= 10 && text == text.toUpper() &&
        !m_codes.contains(text.toCaseFolded()))
        return text;
    QString base;
    for (const QString &word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (word.at(0).isLetterOrNumber())
            base.append(word.at(0).toUpper());
    }
    if (base.isEmpty())
        base = QStringLiteral("X");
    QString code = base;
    for (int n = 2; m_codes.contains(code.toCaseFolded()); ++n)
        code = base + QString::number(n);
    return code;
}

} // namespace Yardstick
