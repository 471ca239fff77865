// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "labelstanding.h"

namespace Yardstick {

LabelStanding standingOf(const ComplaintLetter &letter, const std::optional<qint64> &label)
{
    if (!label)
        return LabelStanding::None;
    // Only an analyst's confirmation makes a label a fact; a label on a letter
    // still marked unlabelled was never confirmed either.
    return letter.labelStatus == LabelStatus::Confirmed ? LabelStanding::Confirmed
                                                        : LabelStanding::Suggested;
}

} // namespace Yardstick
