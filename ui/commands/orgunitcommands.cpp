// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "orgunitcommands.h"

#include "usecases/organisationservice.h"

#include <QCoreApplication>

namespace Yardstick {

namespace {

void reportIfFailed(const StorageResult &result, const CommandErrorReporter &report)
{
    if (!result.ok() && report)
        report(result.error());
}

} // namespace

AddOrgUnitCommand::AddOrgUnitCommand(OrganisationService &organisation, const OrgUnit &added,
                                     CommandErrorReporter report)
    : m_organisation(organisation)
    , m_unit(added)
    , m_report(std::move(report))
{
    switch (added.kind) {
    case OrgUnitKind::Service:
        setText(QCoreApplication::translate("Yardstick::OrgUnitCommands", "add service %1")
                    .arg(added.name));
        break;
    case OrgUnitKind::Department:
        setText(QCoreApplication::translate("Yardstick::OrgUnitCommands", "add department %1")
                    .arg(added.name));
        break;
    case OrgUnitKind::Dimension:
        setText(QCoreApplication::translate("Yardstick::OrgUnitCommands", "add dimension %1")
                    .arg(added.name));
        break;
    }
}

void AddOrgUnitCommand::redo()
{
    if (std::exchange(m_firstRedo, false))
        return;                // already added before the command was pushed
    OrgUnit restored = m_unit; // keeps its id, so what names it finds it again
    reportIfFailed(m_organisation.add(restored), m_report);
}

void AddOrgUnitCommand::undo()
{
    reportIfFailed(m_organisation.remove(m_unit), m_report);
}

EditOrgUnitCommand::EditOrgUnitCommand(OrganisationService &organisation, const OrgUnit &before,
                                       const OrgUnit &after, const QString &text,
                                       CommandErrorReporter report)
    : m_organisation(organisation)
    , m_before(before)
    , m_after(after)
    , m_report(std::move(report))
{
    setText(text);
}

void EditOrgUnitCommand::redo()
{
    if (std::exchange(m_firstRedo, false))
        return;
    reportIfFailed(m_organisation.update(m_after, m_before), m_report);
}

void EditOrgUnitCommand::undo()
{
    // Expects what this edit left, so another analyst's later change of the
    // unit is refused rather than undone.
    reportIfFailed(m_organisation.update(m_before, m_after), m_report);
}

MergeOrgUnitCommand::MergeOrgUnitCommand(OrganisationService &organisation,
                                         const OrgUnitMerge &done, CommandErrorReporter report)
    : m_organisation(organisation)
    , m_merge(done)
    , m_report(std::move(report))
{
    switch (done.from.kind) {
    case OrgUnitKind::Service:
        setText(
            QCoreApplication::translate("Yardstick::OrgUnitCommands", "merge service %1 into %2")
                .arg(done.from.name, done.into.name));
        break;
    case OrgUnitKind::Department:
        setText(
            QCoreApplication::translate("Yardstick::OrgUnitCommands", "merge department %1 into %2")
                .arg(done.from.name, done.into.name));
        break;
    case OrgUnitKind::Dimension:
        setText(
            QCoreApplication::translate("Yardstick::OrgUnitCommands", "merge dimension %1 into %2")
                .arg(done.from.name, done.into.name));
        break;
    }
}

void MergeOrgUnitCommand::redo()
{
    if (std::exchange(m_firstRedo, false))
        return;
    reportIfFailed(m_organisation.merge(m_merge.from, m_merge.into, &m_merge), m_report);
}

void MergeOrgUnitCommand::undo()
{
    reportIfFailed(m_organisation.unmerge(m_merge), m_report);
}

} // namespace Yardstick
