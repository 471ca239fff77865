// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>

namespace Yardstick {

// A change in how a process runs, recorded by the analyst: "quality
// programme started", "new scanning system". Trend charts draw each phase
// with its own mean and annotate the change; control charts rebase their
// limits at it. A phase without a standard applies to every standard (the
// programme start); one with a standard is that standard's own rebase.
struct ProcessPhase
{
    qint64 id = 0;
    std::optional<qint64> standardId;
    QDate startsOn;
    QString label;  // "After the quality programme"
    QString reason; // why the process changed
    // Limits entered by hand for the control chart from this phase on,
    // instead of estimating them from the phase's points.
    std::optional<double> fixedCenter;
    std::optional<double> fixedSigma;
    QDateTime recordedAt;

    friend bool operator==(const ProcessPhase &, const ProcessPhase &) = default;
};

} // namespace Yardstick
