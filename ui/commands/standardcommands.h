// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/standard.h"

#include <QUndoCommand>

#include <functional>

namespace Yardstick {

class StandardCatalogue;

// Called when undo or redo cannot be written to the file (a disk that went
// away); the change is then not applied and the user is told why.
using CommandErrorReporter = std::function<void(const QString &message)>;

// Undoable catalogue edits. Each is pushed only after its first run
// succeeded, so the stack never holds an edit that did not happen.
class AddStandardCommand final : public QUndoCommand
{
public:
    AddStandardCommand(StandardCatalogue &catalogue, const Standard &added,
                       CommandErrorReporter report);
    void undo() override;
    void redo() override;

private:
    StandardCatalogue &m_catalogue;
    Standard m_standard;
    CommandErrorReporter m_report;
    bool m_firstRedo = true;
};

// Replaces a standard by an edited version; retire and reinstate are edits
// of the status, so they are this command too.
class EditStandardCommand final : public QUndoCommand
{
public:
    EditStandardCommand(StandardCatalogue &catalogue, const Standard &before, const Standard &after,
                        const QString &text, CommandErrorReporter report);
    void undo() override;
    void redo() override;

private:
    StandardCatalogue &m_catalogue;
    Standard m_before;
    Standard m_after;
    CommandErrorReporter m_report;
    bool m_firstRedo = true;
};

class DeleteStandardCommand final : public QUndoCommand
{
public:
    DeleteStandardCommand(StandardCatalogue &catalogue, const Standard &deleted,
                          CommandErrorReporter report);
    void undo() override;
    void redo() override;

private:
    StandardCatalogue &m_catalogue;
    Standard m_standard;
    CommandErrorReporter m_report;
    bool m_firstRedo = true;
};

} // namespace Yardstick
