// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace Yardstick {

class CaseImportService;
class Workbench;

// File › Case History…: find a case by its id and see its stored values and
// every change re-imports made to it, each with the file it came from and
// when, oldest first. Read-only, like the history it shows.
class CaseHistoryDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit CaseHistoryDialog(Workbench &workbench, QWidget *parent = nullptr);

    // Looks the case up, as the Find button does.
    void showCase(const QString &caseId);

    QLineEdit *caseIdEdit() const { return m_caseId; }
    QComboBox *serviceCombo() const { return m_service; }
    QTableWidget *casesTable() const { return m_cases; }
    QTableWidget *changesTable() const { return m_changes; }
    QLabel *statusLabel() const { return m_status; }

private:
    void find();

    CaseImportService &m_imports;
    QLineEdit *m_caseId = nullptr;
    QComboBox *m_service = nullptr;
    QTableWidget *m_cases = nullptr;
    QTableWidget *m_changes = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace Yardstick
