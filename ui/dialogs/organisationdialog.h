// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commands/standardcommands.h"
#include "model/orgunit.h"

#include <QDialog>
#include <QHash>

#include <optional>

class QLabel;
class QPushButton;
class QTabWidget;
class QTreeWidget;
class QUndoStack;

namespace Yardstick {

class OrganisationService;
class OrgUnitDialog;
class OrgUnitMergeDialog;

// Edit › Services & Departments: the services, departments and dimensions
// with what names each; Add, Rename, Merge into and Retire / Restore (the
// dimensions are not retired). Every change goes through
// the organisation service and onto the window's undo stack; the dialog is
// modeless, so Edit › Undo stays in reach, and it follows every change
// (an undo included) through the service's announcement.
class OrganisationDialog final : public QDialog
{
    Q_OBJECT

public:
    // `report` tells of an undo or redo that failed; the commands outlive
    // the dialog, so it must not point into the dialog.
    OrganisationDialog(OrganisationService &organisation, QUndoStack &undoStack,
                       CommandErrorReporter report, QWidget *parent = nullptr);

    OrgUnitKind currentKind() const;
    void showKind(OrgUnitKind kind);
    QTreeWidget *list(OrgUnitKind kind) const;
    // The selected one as the list shows it: what an edit starts from, so
    // one changed elsewhere since the list was read is refused, not
    // overwritten.
    std::optional<OrgUnit> selected() const;
    // Reads all three lists again (another window or analyst changed them).
    void reload();
    void select(OrgUnitKind kind, qint64 id);
    QLabel *messageLabel() const { return m_message; }

    // What the buttons do; each opens its small dialog (not modal to the
    // window) and applies it when accepted.
    OrgUnitDialog *addUnit();
    OrgUnitDialog *renameSelected();
    OrgUnitMergeDialog *mergeSelected();
    void toggleRetired();

private:
    void fill(OrgUnitKind kind);
    void updateButtons();
    void applyAdd(const OrgUnit &unit);
    void applyRename(const OrgUnit &before, const OrgUnit &after);
    void applyMerge(const OrgUnit &from, const OrgUnit &into);
    void report(const QString &message);

    OrganisationService &m_organisation;
    QUndoStack &m_undoStack;
    CommandErrorReporter m_report;
    QTabWidget *m_tabs = nullptr;
    QTreeWidget *m_services = nullptr;
    QTreeWidget *m_departments = nullptr;
    QTreeWidget *m_dimensions = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_rename = nullptr;
    QPushButton *m_merge = nullptr;
    QPushButton *m_retire = nullptr;
    QLabel *m_message = nullptr;
    // Each list's units as read, by kind and id.
    QHash<qint64, OrgUnit> m_shown[3];
};

} // namespace Yardstick
