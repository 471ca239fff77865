// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace Yardstick {

// What a lexicon term points at.
enum class LexiconTarget
{
    Service,   // key: a service code, e.g. "APP"
    Dimension, // key: a dimension key, e.g. "timeliness"
    Severity,  // key: a severity key, "medium" or "high"
};

QString lexiconTargetKey(LexiconTarget target); // "service", "dimension", "severity"
std::optional<LexiconTarget> lexiconTargetFromKey(const QString &key);

// One term or phrase of the analysts' lexicon: where it appears in a letter
// (and is not negated), the letter leans towards `key`.
struct LexiconTerm
{
    qint64 id = 0;
    QString language; // "en" or "zh"
    QString term;     // as written; English matched case-insensitively on word boundaries
    LexiconTarget target = LexiconTarget::Dimension;
    QString key;
    double weight = 1.0;

    friend bool operator==(const LexiconTerm &, const LexiconTerm &) = default;
};

} // namespace Yardstick
