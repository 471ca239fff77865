// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/orgunit.h"

#include <QDialog>

class QComboBox;
class QLabel;

namespace Yardstick {

class OrganisationService;

// Chooses the service or department another is merged into, saying what
// will move before anything does. Writes nothing itself.
class OrgUnitMergeDialog final : public QDialog
{
    Q_OBJECT

public:
    OrgUnitMergeDialog(const OrganisationService &organisation, const OrgUnit &from,
                       QWidget *parent = nullptr);

    OrgUnit from() const { return m_from; }
    OrgUnit into() const;
    QComboBox *targets() const { return m_targets; }
    QString explanation() const;
    // "2 standards, 1,204 cases and 3 letters"; empty when nothing names it.
    static QString usageText(const OrgUnitUsage &usage);

private:
    QList<OrgUnit> m_candidates;
    OrgUnit m_from;
    QComboBox *m_targets = nullptr;
    QLabel *m_explanation = nullptr;
    OrgUnitUsage m_usage;
    void explain();
};

} // namespace Yardstick
