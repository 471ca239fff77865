// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "namelookup.h"

#include <QSet>
#include <QString>

#include <optional>

namespace Yardstick {

// The services, departments or dimensions an import can refer to, with the
// codes in use, so an import that creates one gives it a code no other has.
// The standards import and the case import (--create-missing) both create
// through it, so a service gets the same code whichever file named it first.
class KnownNames final
{
public:
    void add(qint64 id, const QString &code, const QString &name);
    std::optional<qint64> find(const QString &text) const { return m_lookup.find(text); }
    const NameLookup &lookup() const { return m_lookup; }

    // The code for a new entry called `name`: a value that reads like a code
    // (no spaces, short, upper case) is its own code; anything else gets its
    // initials ("Card issuance" -> "CI"), made unique with a number when taken.
    QString codeForNew(const QString &name) const;

private:
    NameLookup m_lookup;
    QSet<QString> m_codes; // case-folded
};

} // namespace Yardstick
