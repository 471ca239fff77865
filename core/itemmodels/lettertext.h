// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/complaintletter.h"

#include <QCoreApplication>
#include <QString>

namespace Yardstick {

// The words a complaint letter's fields read as, shared by the complaint
// list and its reader pane so a value reads the same in both.
class LetterText final
{
    Q_DECLARE_TR_FUNCTIONS(Yardstick::LetterText)

public:
    static QString channelName(LetterChannel channel);        // "Letter", "E-mail", ...
    static QString labelStatusName(LabelStatus status);       // "Unlabelled", "Suggested", ...
    static QString statusName(LetterStatus status);           // "New", "In progress", "Resolved"
    static QString severityName(Severity severity);           // "Low", "Medium", "High"
    static QString receivedSourceName(ReceivedSource source); // "e-mail header", ...
    // The first non-empty line, trimmed, for a list cell.
    static QString firstLine(const QString &text);
};

} // namespace Yardstick
