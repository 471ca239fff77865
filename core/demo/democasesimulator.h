// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "demostory.h"
#include "model/caserecord.h"

#include <QList>

namespace Yardstick {

class DemoReferenceData;

// Simulates the case log of a headline service (every application, card
// replacement or inquiry, week by week): arrivals in office hours with a
// yearly rhythm and holiday dips, and log-normal turnaround whose mean
// follows the story from "before" to "after" the programme. Work still
// unfinished when the log was extracted is left open.
class DemoCaseSimulator final
{
public:
    explicit DemoCaseSimulator(const DemoReferenceData &reference);

    // In order of receipt, with case ids such as APP-2024-000123.
    QList<CaseRecord> simulate(const DemoStory::Headline &headline) const;

private:
    const DemoReferenceData &m_reference;
};

} // namespace Yardstick
