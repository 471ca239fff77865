// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/audit.h"
#include "model/standard.h"

#include <QDialog>

class QComboBox;

namespace Yardstick {

// Asks which audit-score standard a checklist feeds, and by which period.
class AuditFeedDialog final : public QDialog
{
    Q_OBJECT

public:
    AuditFeedDialog(const QList<Standard> &standards, qint64 templateId, QWidget *parent = nullptr);

    AuditFeed feed() const;

private:
    qint64 m_templateId;
    QComboBox *m_standards;
    QComboBox *m_period;
};

} // namespace Yardstick
