// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commands/standardcommands.h"
#include "model/complaintletter.h"
#include "model/letterlink.h"

#include <QUndoCommand>

#include <functional>
#include <optional>

namespace Yardstick {

class ComplaintLetterRepository;

// Told the letter as it now stands in the file, after an undo or redo wrote
// it, so the view can show it (and retrain or recompute what follows).
using LetterChanged = std::function<void(const ComplaintLetter &letter)>;
// Told which letter's links changed.
using LetterLinksChanged = std::function<void(qint64 letterId)>;

// Undoable letter edits. Like the catalogue's, each is pushed only after its
// first write succeeded, so the stack never holds an edit that did not
// happen; redo() skips that first run.
class LetterEditCommand final : public QUndoCommand
{
public:
    enum class Part
    {
        Labels,   // service, dimensions, severity, label status
        Handling, // status, first response, resolution
    };

    LetterEditCommand(ComplaintLetterRepository &letters, Part part, const ComplaintLetter &before,
                      const ComplaintLetter &after, const QString &text, LetterChanged changed,
                      CommandErrorReporter report);
    void undo() override;
    void redo() override;

private:
    void write(const ComplaintLetter &letter);

    ComplaintLetterRepository &m_letters;
    Part m_part;
    ComplaintLetter m_before;
    ComplaintLetter m_after;
    LetterChanged m_changed;
    CommandErrorReporter m_report;
    bool m_firstRedo = true;
};

// A link from a letter to a standard. `replaced` is the link it overwrote
// (the same letter and standard with another case id), restored on undo.
class AddLetterLinkCommand final : public QUndoCommand
{
public:
    AddLetterLinkCommand(ComplaintLetterRepository &letters, const LetterLink &added,
                         std::optional<LetterLink> replaced, const QString &text,
                         LetterLinksChanged changed, CommandErrorReporter report);
    void undo() override;
    void redo() override;

private:
    ComplaintLetterRepository &m_letters;
    LetterLink m_link;
    std::optional<LetterLink> m_replaced;
    LetterLinksChanged m_changed;
    CommandErrorReporter m_report;
    bool m_firstRedo = true;
};

class RemoveLetterLinkCommand final : public QUndoCommand
{
public:
    RemoveLetterLinkCommand(ComplaintLetterRepository &letters, const LetterLink &removed,
                            const QString &text, LetterLinksChanged changed,
                            CommandErrorReporter report);
    void undo() override;
    void redo() override;

private:
    ComplaintLetterRepository &m_letters;
    LetterLink m_link; // its id changes when undo adds it back
    LetterLinksChanged m_changed;
    CommandErrorReporter m_report;
    bool m_firstRedo = true;
};

} // namespace Yardstick
