// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "lettercommands.h"

#include "usecases/letterservice.h"

#include <utility>

namespace Yardstick {

namespace {

// True when the write went through; otherwise the reporter is told why.
bool succeeded(const StorageResult &result, const CommandErrorReporter &report)
{
    if (result.ok())
        return true;
    if (report)
        report(result.error());
    return false;
}

} // namespace

LetterEditCommand::LetterEditCommand(LetterService &letters, Part part,
                                     const ComplaintLetter &before, const ComplaintLetter &after,
                                     const QString &text, CommandErrorReporter report)
    : m_letters(letters)
    , m_part(part)
    , m_before(before)
    , m_after(after)
    , m_report(std::move(report))
{
    setText(text);
}

void LetterEditCommand::write(const ComplaintLetter &letter, const ComplaintLetter &expected)
{
    // Each direction expects the other's state, so undo never writes over a
    // later edit by someone else: it is refused with who made it.
    const StorageResult result = m_part == Part::Labels ? m_letters.writeLabels(letter, expected)
                                                        : m_letters.writeHandling(letter, expected);
    succeeded(result, m_report);
}

void LetterEditCommand::redo()
{
    if (std::exchange(m_firstRedo, false))
        return; // written before the command was pushed
    write(m_after, m_before);
}

void LetterEditCommand::undo()
{
    write(m_before, m_after);
}

AddLetterLinkCommand::AddLetterLinkCommand(LetterService &letters, const LetterLink &added,
                                           std::optional<LetterLink> replaced, const QString &text,
                                           CommandErrorReporter report)
    : m_letters(letters)
    , m_link(added)
    , m_replaced(std::move(replaced))
    , m_report(std::move(report))
{
    setText(text);
}

void AddLetterLinkCommand::redo()
{
    if (std::exchange(m_firstRedo, false))
        return;
    succeeded(m_letters.addLink(m_link), m_report);
}

void AddLetterLinkCommand::undo()
{
    // Linking again to the same standard only changed the case id: put the
    // old one back rather than dropping the link.
    StorageResult result = StorageResult::success();
    if (m_replaced) {
        LetterLink old = *m_replaced;
        result = m_letters.addLink(old);
    } else {
        result = m_letters.removeLink(m_link);
    }
    succeeded(result, m_report);
}

RemoveLetterLinkCommand::RemoveLetterLinkCommand(LetterService &letters, const LetterLink &removed,
                                                 const QString &text, CommandErrorReporter report)
    : m_letters(letters)
    , m_link(removed)
    , m_report(std::move(report))
{
    setText(text);
}

void RemoveLetterLinkCommand::redo()
{
    if (std::exchange(m_firstRedo, false))
        return;
    succeeded(m_letters.removeLink(m_link), m_report);
}

void RemoveLetterLinkCommand::undo()
{
    succeeded(m_letters.addLink(m_link), m_report);
}

} // namespace Yardstick
