// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/complaintletter.h"

#include <QCoreApplication>
#include <QStringList>

#include <functional>

namespace Yardstick {

// What an analyst's edit changed in a letter's labels or handling, in words
// for the audit trail, and whether a stored letter still holds what an edit
// started from (so another analyst's edit is never written over).
class LetterChanges final
{
    Q_DECLARE_TR_FUNCTIONS(Yardstick::LetterChanges)

public:
    using NameOf = std::function<QString(qint64)>;

    // Machine suggestions are nobody's edit: two letters that are both
    // unconfirmed hold the same labels, whatever the model guessed.
    static bool sameLabels(const ComplaintLetter &a, const ComplaintLetter &b);
    // Status and the two times, to the second (what the workbench keeps).
    static bool sameHandling(const ComplaintLetter &a, const ComplaintLetter &b);

    static QStringList labels(const ComplaintLetter &before, const ComplaintLetter &after,
                              const NameOf &service, const NameOf &dimension);
    static QStringList handling(const ComplaintLetter &before, const ComplaintLetter &after);
};

} // namespace Yardstick
