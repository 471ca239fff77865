// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "valuemodeldialog.h"

#include "costofdelay/money.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Yardstick {

namespace {

QDoubleSpinBox *moneyBox(QWidget *parent, int decimals, double maximum)
{
    auto *box = new QDoubleSpinBox(parent);
    box->setDecimals(decimals);
    box->setRange(0, maximum);
    box->setGroupSeparatorShown(true);
    box->setPrefix(ValueModelDialog::tr("US$"));
    return box;
}

} // namespace

ValueModelDialog::ValueModelDialog(const Standard &standard,
                                   const std::optional<ValueModel> &current, QWidget *parent)
    : QDialog(parent)
    , m_standardId(standard.id)
{
    setWindowTitle(tr("Value Model of %1").arg(standard.code));
    // Wide enough for a note of a sentence and the intro in three lines.
    setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 38);

    auto *intro = new QLabel(
        tr("What a day sooner is worth for “%1”: each case that is done a day earlier brings "
           "the value of a day, on the cases of a year.")
            .arg(standard.title),
        this);
    intro->setWordWrap(true);

    m_valuePerDay = moneyBox(this, 2, 1e6);
    m_valuePerDay->setObjectName(QStringLiteral("valuePerDay"));
    m_valuePerDay->setSingleStep(0.01);
    m_valuePerDay->setToolTip(tr("In the card case about US$0.33 a card and day"));

    m_casesPerYear = new QDoubleSpinBox(this);
    m_casesPerYear->setObjectName(QStringLiteral("casesPerYear"));
    m_casesPerYear->setDecimals(0);
    m_casesPerYear->setRange(0, 1e10);
    m_casesPerYear->setSingleStep(1000);
    m_casesPerYear->setGroupSeparatorShown(true);

    m_hasCost = new QCheckBox(tr("Reaching the target costs a year:"), this);
    m_hasCost->setObjectName(QStringLiteral("hasCost"));
    m_costPerYear = moneyBox(this, 0, 1e12);
    m_costPerYear->setObjectName(QStringLiteral("costPerYear"));
    m_costPerYear->setSingleStep(10000);

    m_note = new QLineEdit(this);
    m_note->setObjectName(QStringLiteral("note"));
    m_note->setPlaceholderText(tr("Where the figures come from"));

    m_annualValue = new QLabel(this);
    m_annualValue->setObjectName(QStringLiteral("annualValue"));
    QFont bold = m_annualValue->font();
    bold.setBold(true);
    m_annualValue->setFont(bold);

    if (current) {
        m_valuePerDay->setValue(current->valuePerDay);
        m_casesPerYear->setValue(current->casesPerYear);
        m_hasCost->setChecked(current->costPerYear.has_value());
        m_costPerYear->setValue(current->costPerYear.value_or(0));
        m_note->setText(current->note);
    }
    m_costPerYear->setEnabled(m_hasCost->isChecked());

    auto *form = new QFormLayout;
    form->addRow(tr("Value of one day sooner, per case:"), m_valuePerDay);
    form->addRow(tr("Cases a year:"), m_casesPerYear);
    form->addRow(m_hasCost, m_costPerYear);
    form->addRow(tr("Note:"), m_note);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    if (current) {
        QPushButton *remove =
            buttons->addButton(tr("Remove Model"), QDialogButtonBox::DestructiveRole);
        remove->setObjectName(QStringLiteral("removeModel"));
        connect(remove, &QPushButton::clicked, this, &ValueModelDialog::removeModel);
    }
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    connect(m_hasCost, &QCheckBox::toggled, m_costPerYear, &QWidget::setEnabled);
    for (QDoubleSpinBox *box : {m_valuePerDay, m_casesPerYear})
        connect(box, &QDoubleSpinBox::valueChanged, this, &ValueModelDialog::updateAnnualValue);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_annualValue);
    layout->addWidget(buttons);
    updateAnnualValue();
}

std::optional<ValueModel> ValueModelDialog::model() const
{
    if (m_remove)
        return std::nullopt;
    ValueModel model;
    model.standardId = m_standardId;
    model.valuePerDay = m_valuePerDay->value();
    model.casesPerYear = m_casesPerYear->value();
    if (m_hasCost->isChecked())
        model.costPerYear = m_costPerYear->value();
    model.note = m_note->text().trimmed();
    return model;
}

QString ValueModelDialog::annualValueText() const
{
    return m_annualValue->text();
}

void ValueModelDialog::removeModel()
{
    m_remove = true;
    accept();
}

void ValueModelDialog::updateAnnualValue()
{
    m_annualValue->setText(tr("One day sooner is worth %1 a year")
                               .arg(formatMoney(m_valuePerDay->value() * m_casesPerYear->value())));
}

} // namespace Yardstick
