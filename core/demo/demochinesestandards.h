// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace Yardstick {

// The Chinese title and rationale of each standard of the demo catalogue
// (DemoStandardSpecs), written for quality analysts in mainland China with
// the terms of docs/glossary-zh_CN.md. Kept apart from the specs so the
// English catalogue reads as the quality-assurance staff wrote it.
class DemoChineseStandards final
{
public:
    struct Words
    {
        QString title;
        QString rationale;
    };

    // Nothing for a title the table does not know (a test checks there is none).
    static std::optional<Words> of(const QString &englishTitle);
};

} // namespace Yardstick
