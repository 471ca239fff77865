// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/complaintletter.h"

#include <optional>

namespace Yardstick {

// How one of a letter's labels (its service, its primary dimension) may be
// counted. Suggested labels are not facts: the charts count confirmed labels
// and show suggestions apart, never mixed in.
enum class LabelStanding
{
    Confirmed, // an analyst confirmed it, or it came confirmed with the letter
    Suggested, // the classifier's guess, not yet looked at
    None,      // the letter has no such label
};

// The standing of `label`, one of the letter's own labels.
LabelStanding standingOf(const ComplaintLetter &letter, const std::optional<qint64> &label);

} // namespace Yardstick
