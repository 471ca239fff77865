// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/audit.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace Yardstick {

// Creates or edits a staff-audit checklist: its name, a description and the
// rated items, each with a code (what import files call it), the behaviour's
// text, the top of its scale and its weight in the audit score. Items keep
// their ids, so editing a checklist keeps the ratings of the items that stay.
class AuditTemplateDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit AuditTemplateDialog(const AuditTemplate &checklist, QWidget *parent = nullptr);

    AuditTemplate checklist() const;
    // What keeps OK disabled: an empty name, no items, an empty or repeated
    // code, a scale or weight that is not positive.
    QStringList problems() const;

    QLineEdit *nameEdit() const { return m_name; }
    QTableWidget *itemsTable() const { return m_items; }
    QDialogButtonBox *buttons() const { return m_buttons; }
    void addItemRow(const AuditItem &item);

private:
    void revalidate();

    AuditTemplate m_original;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_description = nullptr;
    QTableWidget *m_items = nullptr;
    QLabel *m_problems = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace Yardstick
