// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commands/standardcommands.h"
#include "model/complaintletter.h"
#include "model/letterlink.h"

#include <QUndoCommand>

#include <optional>

namespace Yardstick {

class LetterService;

// Undoable letter edits, written through the letter service, which retrains
// or recomputes what follows and announces the change to the views. Like the
// catalogue's, each is pushed only after its first write succeeded, so the
// stack never holds an edit that did not happen; redo() skips that first run.
class LetterEditCommand final : public QUndoCommand
{
public:
    enum class Part
    {
        Labels,   // service, dimensions, severity, label status
        Handling, // status, first response, resolution
    };

    LetterEditCommand(LetterService &letters, Part part, const ComplaintLetter &before,
                      const ComplaintLetter &after, const QString &text,
                      CommandErrorReporter report);
    void undo() override;
    void redo() override;

private:
    void write(const ComplaintLetter &letter, const ComplaintLetter &expected);

    LetterService &m_letters;
    Part m_part;
    ComplaintLetter m_before;
    ComplaintLetter m_after;
    CommandErrorReporter m_report;
    bool m_firstRedo = true;
};

// A link from a letter to a standard. `replaced` is the link it overwrote
// (the same letter and standard with another case id), restored on undo.
class AddLetterLinkCommand final : public QUndoCommand
{
public:
    AddLetterLinkCommand(LetterService &letters, const LetterLink &added,
                         std::optional<LetterLink> replaced, const QString &text,
                         CommandErrorReporter report);
    void undo() override;
    void redo() override;

private:
    LetterService &m_letters;
    LetterLink m_link;
    std::optional<LetterLink> m_replaced;
    CommandErrorReporter m_report;
    bool m_firstRedo = true;
};

class RemoveLetterLinkCommand final : public QUndoCommand
{
public:
    RemoveLetterLinkCommand(LetterService &letters, const LetterLink &removed, const QString &text,
                            CommandErrorReporter report);
    void undo() override;
    void redo() override;

private:
    LetterService &m_letters;
    LetterLink m_link; // its id changes when undo adds it back
    CommandErrorReporter m_report;
    bool m_firstRedo = true;
};

} // namespace Yardstick
