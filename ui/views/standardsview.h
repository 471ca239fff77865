// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/standard.h"
#include "workbench/referencedata.h"

#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QTextBrowser;
class QSettings;
class QUndoStack;

namespace Yardstick {

class RoleFilterProxyModel;
class StandardDialog;
class StandardTableModel;
class Workbench;

// The standards catalogue: a sortable, filterable table with a detail pane,
// and the actions that create, edit, retire and delete standards. Every
// change goes on the undo stack and into the file at once.
class StandardsView final : public QWidget
{
    Q_OBJECT

public:
    // The settings remember who records revisions from the target planner.
    StandardsView(Workbench &workbench, QSettings &settings, QUndoStack &undoStack,
                  QWidget *parent = nullptr);
    ~StandardsView() override;

    // Reads the services, departments and catalogue again (an import
    // created some behind the view's back).
    void reload();
    // Whether the connected user may change the catalogue (a team
    // workbench's owner; everyone on a file): without it the actions that
    // add, edit, retire and delete standards stay off. The server refuses
    // such a change anyway; this only spares the attempt.
    bool catalogueEditable() const { return m_catalogueEditable; }

    QAction *newAction() const { return m_newAction; }
    QAction *editAction() const { return m_editAction; }
    QAction *retireAction() const { return m_retireAction; }
    QAction *deleteAction() const { return m_deleteAction; }
    QAction *planTargetAction() const { return m_planTargetAction; }
    QAction *goalReviewAction() const { return m_goalReviewAction; }
    QAction *valueModelAction() const { return m_valueModelAction; }
    QAction *historyAction() const { return m_historyAction; }

    QTableView *table() const { return m_table; }
    RoleFilterProxyModel *proxy() const { return m_proxy; }
    void selectStandard(qint64 id);

signals:
    // A change could not be made; the text says why.
    void errorOccurred(const QString &message);
    void catalogueChanged();

private:
    void buildFilters(QWidget *bar);
    void fillFilterCombos();
    void applyFilters();
    void updateActions();
    void showDetails();
    void updateCount();
    std::optional<Standard> selectedStandard() const;
    void openDialog(const Standard &original);
    void applyDialog(StandardDialog *dialog);
    void newStandard();
    void editStandard();
    void retireOrReinstate();
    void deleteStandard();
    void planTarget();
    void reviewGoals();
    void editValueModel();
    void showHistory();

    Workbench &m_workbench;
    QSettings &m_settings;
    QUndoStack &m_undoStack;
    ReferenceData m_reference;
    StandardTableModel *m_model = nullptr;
    RoleFilterProxyModel *m_proxy = nullptr;

    QLineEdit *m_search = nullptr;
    QComboBox *m_serviceFilter = nullptr;
    QComboBox *m_dimensionFilter = nullptr;
    QComboBox *m_departmentFilter = nullptr;
    QComboBox *m_statusFilter = nullptr;
    QLabel *m_count = nullptr;
    QTableView *m_table = nullptr;
    QTextBrowser *m_details = nullptr;
    bool m_catalogueEditable = true;
    bool m_dataEditable = true; // value models are data, kept by analysts too
    QAction *m_newAction = nullptr;
    QAction *m_editAction = nullptr;
    QAction *m_retireAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QAction *m_planTargetAction = nullptr;
    QAction *m_goalReviewAction = nullptr;
    QAction *m_valueModelAction = nullptr;
    QAction *m_historyAction = nullptr;
};

} // namespace Yardstick
