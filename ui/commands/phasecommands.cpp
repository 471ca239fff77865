// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "phasecommands.h"

#include "storage/processphaserepository.h"

#include <QCoreApplication>

namespace Yardstick {

namespace {

void reportIfFailed(const StorageResult &result, const CommandErrorReporter &report)
{
    if (!result.ok() && report)
        report(result.error());
}

// Adds the phase again as it was; the file stamps the time of this add in
// the audit trail and gives it a new id, which the handle takes.
void addAgain(ProcessPhaseRepository &phases, const ProcessPhase &phase, PhaseIds &ids,
              const PhaseIds::Handle &handle, const CommandErrorReporter &report)
{
    ProcessPhase again = phase;
    again.id = 0;
    again.recordedAt = QDateTime();
    const StorageResult result = phases.add(again);
    reportIfFailed(result, report);
    if (result.ok())
        ids.added(handle, again.id);
}

void removeNow(ProcessPhaseRepository &phases, PhaseIds &ids, const PhaseIds::Handle &handle,
               const CommandErrorReporter &report)
{
    const StorageResult result = phases.remove(*handle);
    reportIfFailed(result, report);
    if (result.ok())
        ids.removed(handle);
}

} // namespace

PhaseIds::Handle PhaseIds::handleOf(qint64 id)
{
    Handle &handle = m_live[id];
    if (!handle)
        handle = std::make_shared<qint64>(id);
    return handle;
}

void PhaseIds::added(const Handle &handle, qint64 id)
{
    *handle = id;
    m_live.insert(id, handle);
}

void PhaseIds::removed(const Handle &handle)
{
    m_live.remove(*handle);
}

AddPhaseCommand::AddPhaseCommand(ProcessPhaseRepository &phases, const ProcessPhase &added,
                                 SharedPhaseIds ids, CommandErrorReporter report)
    : m_phases(phases)
    , m_phase(added)
    , m_ids(std::move(ids))
    , m_report(std::move(report))
{
    m_handle = m_ids->handleOf(added.id);
    setText(
        QCoreApplication::translate("Yardstick::PhaseCommands", "add phase %1").arg(added.label));
}

void AddPhaseCommand::redo()
{
    if (std::exchange(m_firstRedo, false))
        return; // already added before the command was pushed
    addAgain(m_phases, m_phase, *m_ids, m_handle, m_report);
}

void AddPhaseCommand::undo()
{
    removeNow(m_phases, *m_ids, m_handle, m_report);
}

EditPhaseCommand::EditPhaseCommand(ProcessPhaseRepository &phases, const ProcessPhase &before,
                                   const ProcessPhase &after, SharedPhaseIds ids,
                                   CommandErrorReporter report)
    : m_phases(phases)
    , m_before(before)
    , m_after(after)
    , m_ids(std::move(ids))
    , m_report(std::move(report))
{
    m_handle = m_ids->handleOf(before.id);
    setText(
        QCoreApplication::translate("Yardstick::PhaseCommands", "edit phase %1").arg(after.label));
}

void EditPhaseCommand::write(ProcessPhase phase, const ProcessPhase &expected)
{
    // Each direction expects the other's state: undo never writes over a
    // later change by someone else.
    phase.id = *m_handle;
    reportIfFailed(m_phases.update(phase, expected), m_report);
}

void EditPhaseCommand::redo()
{
    if (std::exchange(m_firstRedo, false))
        return;
    write(m_after, m_before);
}

void EditPhaseCommand::undo()
{
    write(m_before, m_after);
}

RemovePhaseCommand::RemovePhaseCommand(ProcessPhaseRepository &phases, const ProcessPhase &removed,
                                       SharedPhaseIds ids, CommandErrorReporter report)
    : m_phases(phases)
    , m_phase(removed)
    , m_ids(std::move(ids))
    , m_report(std::move(report))
{
    // Made after the phase left the file: its handle waits for the undo.
    m_handle = m_ids->handleOf(removed.id);
    m_ids->removed(m_handle);
    setText(QCoreApplication::translate("Yardstick::PhaseCommands", "remove phase %1")
                .arg(removed.label));
}

void RemovePhaseCommand::redo()
{
    if (std::exchange(m_firstRedo, false))
        return;
    removeNow(m_phases, *m_ids, m_handle, m_report);
}

void RemovePhaseCommand::undo()
{
    addAgain(m_phases, m_phase, *m_ids, m_handle, m_report);
}

} // namespace Yardstick
