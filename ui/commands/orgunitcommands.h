// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commands/standardcommands.h"
#include "usecases/orgunitmerge.h"

#include <QUndoCommand>

namespace Yardstick {

class OrganisationService;

// Undoable edits of services and departments. Each is pushed only after its
// first run succeeded, so the stack never holds an edit that did not happen.
class AddOrgUnitCommand final : public QUndoCommand
{
public:
    AddOrgUnitCommand(OrganisationService &organisation, const OrgUnit &added,
                      CommandErrorReporter report);
    void undo() override;
    void redo() override;

private:
    OrganisationService &m_organisation;
    OrgUnit m_unit;
    CommandErrorReporter m_report;
    bool m_firstRedo = true;
};

// Rename, retire and restore: the unit before and after.
class EditOrgUnitCommand final : public QUndoCommand
{
public:
    EditOrgUnitCommand(OrganisationService &organisation, const OrgUnit &before,
                       const OrgUnit &after, const QString &text, CommandErrorReporter report);
    void undo() override;
    void redo() override;

private:
    OrganisationService &m_organisation;
    OrgUnit m_before;
    OrgUnit m_after;
    CommandErrorReporter m_report;
    bool m_firstRedo = true;
};

// Redo merges again (reading the rows afresh); undo puts back the rows the
// last merge moved.
class MergeOrgUnitCommand final : public QUndoCommand
{
public:
    MergeOrgUnitCommand(OrganisationService &organisation, const OrgUnitMerge &done,
                        CommandErrorReporter report);
    void undo() override;
    void redo() override;

private:
    OrganisationService &m_organisation;
    OrgUnitMerge m_merge;
    CommandErrorReporter m_report;
    bool m_firstRedo = true;
};

} // namespace Yardstick
