// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "auditfeeddialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace Yardstick {

AuditFeedDialog::AuditFeedDialog(const QList<Standard> &standards, qint64 templateId,
                                 QWidget *parent)
    : QDialog(parent)
    , m_templateId(templateId)
    , m_standards(new QComboBox(this))
    , m_period(new QComboBox(this))
{
    setObjectName(QStringLiteral("feedStandardDialog"));
    setWindowTitle(tr("Feed Standard"));
    m_standards->setObjectName(QStringLiteral("feedStandard"));
    for (const Standard &s : standards)
        if (s.metric == Metric::AuditScore)
            m_standards->addItem(tr("%1 \u2013 %2").arg(s.code, s.title), s.id);
    m_period->setObjectName(QStringLiteral("feedPeriod"));
    m_period->addItem(tr("Week"), periodKindKey(PeriodKind::Week));
    m_period->addItem(tr("Month"), periodKindKey(PeriodKind::Month));
    m_period->addItem(tr("Quarter"), periodKindKey(PeriodKind::Quarter));
    m_period->setCurrentIndex(1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setEnabled(m_standards->count() > 0);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *intro = new QLabel(tr("The standard gets one measurement per period: the mean score "
                                "of the audits of its department. Measurements it had from "
                                "staff audits are replaced; others stay."),
                             this);
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&Standard:"), m_standards);
    form->addRow(tr("&Period:"), m_period);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    if (m_standards->count() == 0)
        layout->addWidget(new QLabel(tr("The catalogue has no audit-score standard."), this));
    layout->addLayout(form);
    layout->addWidget(buttons);
}

AuditFeed AuditFeedDialog::feed() const
{
    return {m_standards->currentData().toLongLong(), m_templateId,
            periodKindFromKey(m_period->currentData().toString()).value_or(PeriodKind::Month)};
}

} // namespace Yardstick
