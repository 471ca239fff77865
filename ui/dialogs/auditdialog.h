// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/audit.h"
#include "model/department.h"

#include <QDialog>
#include <QList>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QDoubleSpinBox;
class QLineEdit;
class QPlainTextEdit;

namespace Yardstick {

// Records one filled-in checklist: which department, on which day, by whom,
// of whom, a rating per item (an item not observed is left unrated) and a
// note. The template's items give the rows; each spin box runs from 0 to the
// item's scale maximum.
class AuditDialog final : public QDialog
{
    Q_OBJECT

public:
    AuditDialog(const AuditTemplate &checklist, const QList<Department> &departments,
                const Audit &audit, QWidget *parent = nullptr);

    // The audit as entered (template id and the id it came with kept).
    Audit audit() const;

    QComboBox *departmentBox() const { return m_department; }
    QDateEdit *dateEdit() const { return m_date; }
    QLineEdit *auditorEdit() const { return m_auditor; }
    QLineEdit *subjectEdit() const { return m_subject; }
    QList<QDoubleSpinBox *> ratingBoxes() const { return m_ratings; }
    QList<QCheckBox *> ratedBoxes() const { return m_rated; }
    QDialogButtonBox *buttons() const { return m_buttons; }

private:
    AuditTemplate m_checklist;
    Audit m_original;
    QComboBox *m_department = nullptr;
    QDateEdit *m_date = nullptr;
    QLineEdit *m_auditor = nullptr;
    QLineEdit *m_subject = nullptr;
    QList<QCheckBox *> m_rated;
    QList<QDoubleSpinBox *> m_ratings;
    QPlainTextEdit *m_note = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace Yardstick
