// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/orgunit.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace Yardstick {

class OrganisationService;

// Names a new service or department, or renames one: the code follows the
// name (its initials) until the analyst writes one, and OK stays disabled
// while the name or code is missing or taken. Writes nothing itself.
class OrgUnitDialog final : public QDialog
{
    Q_OBJECT

public:
    // An original with id 0 means "new".
    OrgUnitDialog(const OrganisationService &organisation, const OrgUnit &original,
                  QWidget *parent = nullptr);

    OrgUnit unit() const;
    QStringList problems() const;
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *codeEdit() const { return m_code; }

private:
    void onNameEdited();
    void revalidate();

    const OrganisationService &m_organisation;
    OrgUnit m_original;
    bool m_codeTouched = false;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_code = nullptr;
    QLabel *m_problems = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace Yardstick
