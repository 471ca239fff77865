// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/complaintletter.h"

#include <QList>

namespace Yardstick {

class DemoReferenceData;

// Writes the demo's complaint letters: a few hundred over the three years,
// more before the programme than after, most in English and some in Chinese,
// each labelled (confirmed) with its service and primary dimension and with
// where its handling stands (acknowledged and resolved faster once the
// programme took hold; the last weeks' letters partly still open). Texts
// are composed from DemoLetterTexts with the customer's own details, so no
// two are the same; card numbers appear only masked.
class DemoLetterWriter final
{
public:
    explicit DemoLetterWriter(const DemoReferenceData &reference);

    // In order of receipt, with references L-<year>-<number>.
    QList<ComplaintLetter> write() const;

private:
    const DemoReferenceData &m_reference;
};

} // namespace Yardstick
