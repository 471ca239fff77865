// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "demoletterlinks.h"

#include "complaints/linksuggestion.h"
#include "storage/transaction.h"
#include "workbench/workbench.h"

namespace Yardstick {

StorageResult DemoLetterLinks::apply(Workbench &workbench)
{
    const QList<Standard> standards = workbench.catalogue().standards();
    // One transaction: a few hundred single-row writes would each wait for
    // the disk otherwise, and a failure leaves no half-linked demo.
    Transaction transaction(workbench.database().connection());
    if (!transaction.isActive())
        return StorageResult::failure(transaction.beginError());
    for (const ComplaintLetter &letter : workbench.letters().all()) {
        // Only labels an analyst confirmed say for sure what a letter is about.
        if (letter.labelStatus != LabelStatus::Confirmed)
            continue;
        const QList<qint64> suggested = suggestedStandardIds(letter, standards);
        if (suggested.isEmpty())
            continue;
        LetterLink link;
        link.letterId = letter.id;
        link.standardId = suggested.constFirst();
        if (StorageResult r = workbench.letters().addLink(link); !r.ok())
            return r;
    }
    if (const QString error = transaction.commit(); !error.isEmpty())
        return StorageResult::failure(error);
    return StorageResult::success();
}

} // namespace Yardstick
