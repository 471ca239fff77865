// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commands/standardcommands.h"
#include "model/processphase.h"

#include <QHash>
#include <QUndoCommand>

#include <memory>

namespace Yardstick {

class ProcessPhaseRepository;

// Undoing a removal adds the phase again, and the file gives it a new id
// (perhaps one a later phase had meanwhile). The commands of one stack hold
// a phase by a shared handle instead of by id; this registry hands out the
// handle of each phase that exists and keeps handles current as phases are
// removed and added again.
class PhaseIds final
{
public:
    using Handle = std::shared_ptr<qint64>;

    // The handle of an existing phase, made on first use.
    Handle handleOf(qint64 id);
    void added(const Handle &handle, qint64 id);
    void removed(const Handle &handle);

private:
    QHash<qint64, Handle> m_live;
};

using SharedPhaseIds = std::shared_ptr<PhaseIds>;

// Undoable edits of the process phases (rebases). Like the standard
// commands, each is pushed after its first run succeeded, so the stack holds
// only edits that happened; each undo and redo is written to the file (and
// to the phases' audit trail) at once.
class AddPhaseCommand final : public QUndoCommand
{
public:
    AddPhaseCommand(ProcessPhaseRepository &phases, const ProcessPhase &added, SharedPhaseIds ids,
                    CommandErrorReporter report);
    void undo() override;
    void redo() override;

private:
    ProcessPhaseRepository &m_phases;
    ProcessPhase m_phase;
    SharedPhaseIds m_ids;
    PhaseIds::Handle m_handle;
    CommandErrorReporter m_report;
    bool m_firstRedo = true;
};

class EditPhaseCommand final : public QUndoCommand
{
public:
    EditPhaseCommand(ProcessPhaseRepository &phases, const ProcessPhase &before,
                     const ProcessPhase &after, SharedPhaseIds ids, CommandErrorReporter report);
    void undo() override;
    void redo() override;

private:
    void write(ProcessPhase phase, const ProcessPhase &expected);

    ProcessPhaseRepository &m_phases;
    ProcessPhase m_before;
    ProcessPhase m_after;
    SharedPhaseIds m_ids;
    PhaseIds::Handle m_handle;
    CommandErrorReporter m_report;
    bool m_firstRedo = true;
};

class RemovePhaseCommand final : public QUndoCommand
{
public:
    RemovePhaseCommand(ProcessPhaseRepository &phases, const ProcessPhase &removed,
                       SharedPhaseIds ids, CommandErrorReporter report);
    void undo() override;
    void redo() override;

private:
    ProcessPhaseRepository &m_phases;
    ProcessPhase m_phase;
    SharedPhaseIds m_ids;
    PhaseIds::Handle m_handle;
    CommandErrorReporter m_report;
    bool m_firstRedo = true;
};

} // namespace Yardstick
