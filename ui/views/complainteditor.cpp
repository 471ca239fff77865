// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "complainteditor.h"

#include "usecases/letterservice.h"

#include <QUndoStack>

namespace Yardstick {

ComplaintEditor::ComplaintEditor(QUndoStack &undoStack, QObject *parent)
    : QObject(parent)
    , m_undoStack(undoStack)
{}

void ComplaintEditor::setService(LetterService *letters)
{
    m_letters = letters;
}

CommandErrorReporter ComplaintEditor::reporter()
{
    return [this](const QString &message) {
        emit errorOccurred(message);
    };
}

// The command's own redo does nothing the first time, as the edit is
// already stored.
bool ComplaintEditor::write(LetterEditCommand::Part part, const ComplaintLetter &before,
                            const ComplaintLetter &after, const QString &text)
{
    if (!m_letters)
        return false;
    const bool labels = part == LetterEditCommand::Part::Labels;
    if (const StorageResult written = labels ? m_letters->writeLabels(after, before)
                                             : m_letters->writeHandling(after, before);
        !written.ok()) {
        emit errorOccurred(written.error());
        return false;
    }
    m_undoStack.push(new LetterEditCommand(*m_letters, part, before, after, text, reporter()));
    return true;
}

bool ComplaintEditor::writeLabels(const ComplaintLetter &before, const ComplaintLetter &after,
                                  const QString &text)
{
    return write(LetterEditCommand::Part::Labels, before, after, text);
}

bool ComplaintEditor::writeHandling(const ComplaintLetter &before, const ComplaintLetter &after,
                                    const QString &text)
{
    return write(LetterEditCommand::Part::Handling, before, after, text);
}

void ComplaintEditor::link(const ComplaintLetter &letter, qint64 standardId,
                           const QString &standardCode, const QString &caseId)
{
    if (!m_letters)
        return;
    const std::optional<LetterLink> replaced = m_letters->linkTo(letter.id, standardId);
    if (replaced && replaced->caseId == caseId.trimmed())
        return; // already linked just so
    LetterLink added{0, letter.id, standardId, caseId};
    if (const StorageResult stored = m_letters->addLink(added); !stored.ok()) {
        emit errorOccurred(stored.error());
        return;
    }
    m_undoStack.push(new AddLetterLinkCommand(
        *m_letters, added, replaced, tr("link %1 to %2").arg(letter.reference, standardCode),
        reporter()));
}

void ComplaintEditor::unlink(const ComplaintLetter &letter, qint64 linkId)
{
    if (!m_letters)
        return;
    for (const LetterLink &existing : m_letters->linksOf(letter.id)) {
        if (existing.id != linkId)
            continue;
        if (const StorageResult removed = m_letters->removeLink(existing); !removed.ok()) {
            emit errorOccurred(removed.error());
            return;
        }
        m_undoStack.push(new RemoveLetterLinkCommand(
            *m_letters, existing, tr("remove a link of %1").arg(letter.reference), reporter()));
        return;
    }
}

} // namespace Yardstick
