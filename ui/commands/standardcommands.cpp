// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "standardcommands.h"

#include "usecases/standardcatalogue.h"

#include <QCoreApplication>

namespace Yardstick {

namespace {

void reportIfFailed(const ValidationIssues &issues, const CommandErrorReporter &report)
{
    if (issues.isEmpty() || !report)
        return;
    report(messagesOf(issues).join(QLatin1Char('\n')));
}

} // namespace

AddStandardCommand::AddStandardCommand(StandardCatalogue &catalogue, const Standard &added,
                                       CommandErrorReporter report)
    : m_catalogue(catalogue)
    , m_standard(added)
    , m_report(std::move(report))
{
    setText(QCoreApplication::translate("Yardstick::StandardCommands", "add standard %1")
                .arg(added.code));
}

void AddStandardCommand::redo()
{
    if (std::exchange(m_firstRedo, false))
        return; // already added before the command was pushed
    reportIfFailed(m_catalogue.add(m_standard), m_report);
}

void AddStandardCommand::undo()
{
    reportIfFailed(m_catalogue.remove(m_standard.id), m_report);
}

EditStandardCommand::EditStandardCommand(StandardCatalogue &catalogue, const Standard &before,
                                         const Standard &after, const QString &text,
                                         CommandErrorReporter report)
    : m_catalogue(catalogue)
    , m_before(before)
    , m_after(after)
    , m_report(std::move(report))
{
    setText(text);
}

void EditStandardCommand::redo()
{
    if (std::exchange(m_firstRedo, false))
        return;
    // Each direction expects the other's state, so undo or redo never writes
    // over a change another window or program made since.
    reportIfFailed(m_catalogue.update(m_after, m_before), m_report);
}

void EditStandardCommand::undo()
{
    reportIfFailed(m_catalogue.update(m_before, m_after), m_report);
}

DeleteStandardCommand::DeleteStandardCommand(StandardCatalogue &catalogue, const Standard &deleted,
                                             CommandErrorReporter report)
    : m_catalogue(catalogue)
    , m_standard(deleted)
    , m_report(std::move(report))
{
    setText(QCoreApplication::translate("Yardstick::StandardCommands", "delete standard %1")
                .arg(deleted.code));
}

void DeleteStandardCommand::redo()
{
    if (std::exchange(m_firstRedo, false))
        return;
    reportIfFailed(m_catalogue.remove(m_standard.id), m_report);
}

void DeleteStandardCommand::undo()
{
    Standard restored = m_standard; // keeps its id
    reportIfFailed(m_catalogue.add(restored), m_report);
}

} // namespace Yardstick
