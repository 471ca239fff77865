// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

namespace Yardstick {

class Workbench;

// Complaint letters: import, labels, handling, links to standards, retraining
// the classifier and the complaint-handling measurements they feed.
// Each user action is one transaction; what derives from it is refreshed in
// it, and the change is announced so every view follows.
class LetterService final : public QObject
{
    Q_OBJECT

public:
    explicit LetterService(Workbench &workbench, QObject *parent = nullptr);

private:
    Workbench &m_workbench;
};

} // namespace Yardstick
