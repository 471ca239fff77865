// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commands/lettercommands.h"
#include "model/complaintletter.h"

#include <QObject>
#include <QPointer>

class QUndoStack;

namespace Yardstick {

class LetterService;

// The Complaints page's edits as undoable steps: each is written through the
// letter service at once and, only when that succeeded, pushed on the undo
// stack. The service's signals bring the change back to the page.
class ComplaintEditor final : public QObject
{
    Q_OBJECT

public:
    explicit ComplaintEditor(QUndoStack &undoStack, QObject *parent = nullptr);

    // nullptr when no workbench is open: every edit then does nothing.
    void setService(LetterService *letters);

    bool writeLabels(const ComplaintLetter &before, const ComplaintLetter &after,
                     const QString &text);
    bool writeHandling(const ComplaintLetter &before, const ComplaintLetter &after,
                       const QString &text);
    // Links the letter to the standard, or changes the case id of its link.
    void link(const ComplaintLetter &letter, qint64 standardId, const QString &standardCode,
              const QString &caseId);
    void unlink(const ComplaintLetter &letter, qint64 linkId);

signals:
    void errorOccurred(const QString &message);

private:
    bool write(LetterEditCommand::Part part, const ComplaintLetter &before,
               const ComplaintLetter &after, const QString &text);
    CommandErrorReporter reporter();

    QUndoStack &m_undoStack;
    QPointer<LetterService> m_letters;
};

} // namespace Yardstick
