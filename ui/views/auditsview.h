// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/period.h"
#include "model/audit.h"
#include "model/department.h"

#include <QList>
#include <QMetaObject>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QSettings;
class QTableView;
class QUndoStack;

namespace Yardstick {

class AuditItemModel;
class AuditListModel;
class AuditScoreModel;
class ImportRunner;
class Workbench;

// The staff audits of a workbench: pick a checklist, see its mean audit
// score per month for all departments and for each, and, for the month (and
// department) selected, each behaviour's mean rating with the ones that
// slipped marked; record audits, edit the checklist, import audits from CSV
// and choose the audit-score standard it feeds. Every change goes through
// the AuditService, which writes it and recomputes the audit measurements in
// one transaction; the page follows the service's signals.
class AuditsView final : public QWidget
{
    Q_OBJECT

public:
    AuditsView(Workbench &workbench, QSettings &settings, QUndoStack &undoStack,
               QWidget *parent = nullptr);
    ~AuditsView() override;

    void refresh();

    QComboBox *templateBox() const { return m_template; }
    QTableView *scoresTable() const { return m_scores; }
    QTableView *itemsTable() const { return m_items; }
    QTableView *auditsTable() const { return m_audits; }
    QPushButton *recordButton() const { return m_record; }
    QPushButton *deleteButton() const { return m_delete; }
    // The checklist shown, if any.
    std::optional<AuditTemplate> currentChecklist() const;

    // The actions behind the buttons (the dialogs they open are children of
    // the view, found by tests through findChild).
    void recordAudit();
    void editChecklist();
    void newChecklist();
    void importAudits();
    void feedStandard();
    void deleteAudit();

signals:
    void errorOccurred(const QString &message);
    void statusMessage(const QString &message);
    void measurementsChanged();

private:
    QWidget *buildLowerPane();
    void fillScores();
    void fillDetails();
    // After any change the service announced: redraw, keeping the cell.
    void auditsChanged();
    Period selectedPeriod() const;
    qint64 selectedDepartment() const;

    Workbench &m_workbench;
    QSettings &m_settings;
    QUndoStack &m_undoStack;
    QList<AuditTemplate> m_checklists;
    QList<Audit> m_auditList; // of the current checklist
    QList<Department> m_departments;
    AuditScoreModel *m_scoreModel = nullptr;
    AuditItemModel *m_itemModel = nullptr;
    AuditListModel *m_listModel = nullptr;
    QComboBox *m_template = nullptr;
    QLabel *m_feedLabel = nullptr;
    QTableView *m_scores = nullptr;
    QLabel *m_itemsTitle = nullptr;
    QTableView *m_items = nullptr;
    QTableView *m_audits = nullptr;
    QPushButton *m_record = nullptr;
    QPushButton *m_delete = nullptr;
    QList<QPushButton *> m_needsChecklist;
    ImportRunner *m_importer = nullptr; // audits are read off the GUI thread
};

} // namespace Yardstick
