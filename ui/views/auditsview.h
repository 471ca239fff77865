// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/period.h"
#include "model/audit.h"
#include "model/department.h"

#include <QList>
#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QSettings;
class QTableWidget;
class QUndoStack;

namespace Yardstick {

class ImportRunner;
class Workbench;

// The staff audits of a workbench: pick a checklist, see its mean audit
// score per month for all departments and for each, and, for the month (and
// department) selected, each behaviour's mean rating with the ones that
// slipped marked; record audits, edit the checklist, import audits from CSV
// and choose the audit-score standard it feeds. Every change is written at
// once and recomputes the audit measurements.
class AuditsView final : public QWidget
{
    Q_OBJECT

public:
    AuditsView(QSettings &settings, QUndoStack &undoStack, QWidget *parent = nullptr);
    ~AuditsView() override;

    void setWorkbench(Workbench *workbench);
    void refresh();

    QComboBox *templateBox() const { return m_template; }
    QTableWidget *scoresTable() const { return m_scores; }
    QTableWidget *itemsTable() const { return m_items; }
    QTableWidget *auditsTable() const { return m_audits; }
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
    void fillScores();
    void fillDetails();
    // After any write: recompute the audit measurements, redraw, tell others.
    void auditsChanged();
    Period selectedPeriod() const;
    qint64 selectedDepartment() const;

    QSettings &m_settings;
    QUndoStack &m_undoStack;
    Workbench *m_workbench = nullptr;
    QList<AuditTemplate> m_checklists;
    QList<Audit> m_auditList; // of the current checklist
    QList<Department> m_departments;
    QList<qint64> m_columnDepartments; // department of each score column from 1 (0 = all)
    QList<Period> m_rowPeriods;        // period of each score row
    QComboBox *m_template = nullptr;
    QLabel *m_feedLabel = nullptr;
    QTableWidget *m_scores = nullptr;
    QLabel *m_itemsTitle = nullptr;
    QTableWidget *m_items = nullptr;
    QTableWidget *m_audits = nullptr;
    QPushButton *m_record = nullptr;
    QPushButton *m_delete = nullptr;
    QList<QPushButton *> m_needsChecklist;
    QPointer<ImportRunner> m_runner;
};

} // namespace Yardstick
