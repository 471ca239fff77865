// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/lexiconterm.h"

#include <QList>
#include <QStringList>

namespace Yardstick {

// Every row that points at one service, by key: what merging it into another
// moves, kept so the merge can be undone row for row (after the merge the
// rows no longer tell which service they came from).
struct ServiceReferences
{
    QList<qint64> standards;
    QStringList caseIds; // case_records are keyed by (service, case id)
    QList<qint64> letters;
    QList<qint64> surveys;
    QList<qint64> historyRows;      // case_history rows filed under the service
    QList<qint64> historyOldValues; // case_history "service" changes away from it
    QList<qint64> historyNewValues; // case_history "service" changes to it
    QList<qint64> lexiconTerms;     // service terms keyed by its code
    // Terms the other service already has word for word: removed by the
    // merge (the other's copy stays), put back by its undo.
    QList<LexiconTerm> duplicateTerms;
};

} // namespace Yardstick
