// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Yardstick {

// A complaint tied to the standard it shows was broken and, where known, the
// case (by its case id in the standard's service) it is about.
struct LetterLink
{
    qint64 id = 0;
    qint64 letterId = 0;
    qint64 standardId = 0;
    QString caseId; // empty when the case is not known

    friend bool operator==(const LetterLink &, const LetterLink &) = default;
};

} // namespace Yardstick
