// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "servqualweightsdialog.h"

#include "model/valueformat.h"

#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace Yardstick {

ServqualWeightsDialog::ServqualWeightsDialog(const QList<Dimension> &dimensions, QWidget *parent)
    : QDialog(parent)
    , m_dimensions(dimensions)
{
    setWindowTitle(tr("SERVQUAL Weights"));
    auto *intro = new QLabel(
        tr("How much each dimension counts in the weighted gap, in points. Customers in the "
           "classic SERVQUAL study gave reliability 32, responsiveness 22, assurance 19, "
           "empathy 16 and tangibles 11. A weight of 0 leaves a dimension out; the weights are "
           "scaled to the dimensions a survey asks about."),
        this);
    intro->setWordWrap(true);

    auto *form = new QFormLayout;
    for (const Dimension &dimension : m_dimensions) {
        auto *spin = new QDoubleSpinBox(this);
        spin->setObjectName(dimension.key);
        spin->setRange(0, 100);
        spin->setDecimals(1);
        spin->setSingleStep(1);
        spin->setValue(dimension.servqualWeight.value_or(0) * 100);
        spin->setSpecialValueText(tr("Not weighted"));
        connect(spin, &QDoubleSpinBox::valueChanged, this, &ServqualWeightsDialog::updateTotal);
        form->addRow(dimension.name, spin);
        m_spins << spin;
    }
    m_total = new QLabel(this);
    m_total->setObjectName(QStringLiteral("total"));
    form->addRow(tr("Total"), m_total);

    auto *buttons = new QDialogButtonBox(
        QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::RestoreDefaults, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
            &ServqualWeightsDialog::restoreDefaults);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);
    updateTotal();
}

double ServqualWeightsDialog::defaultPoints(const QString &key)
{
    if (key == QLatin1String("reliability"))
        return 32;
    if (key == QLatin1String("responsiveness"))
        return 22;
    if (key == QLatin1String("assurance"))
        return 19;
    if (key == QLatin1String("empathy"))
        return 16;
    if (key == QLatin1String("tangibles"))
        return 11;
    return 0;
}

QDoubleSpinBox *ServqualWeightsDialog::spinBox(const QString &key) const
{
    for (qsizetype i = 0; i < m_dimensions.size(); ++i) {
        if (m_dimensions[i].key == key)
            return m_spins[i];
    }
    return nullptr;
}

void ServqualWeightsDialog::restoreDefaults()
{
    for (qsizetype i = 0; i < m_dimensions.size(); ++i)
        m_spins[i]->setValue(defaultPoints(m_dimensions[i].key));
}

QList<QPair<qint64, std::optional<double>>> ServqualWeightsDialog::weights() const
{
    QList<QPair<qint64, std::optional<double>>> result;
    for (qsizetype i = 0; i < m_dimensions.size(); ++i) {
        const double points = m_spins[i]->value();
        result.append(
            {m_dimensions[i].id, points > 0 ? std::optional<double>(points / 100) : std::nullopt});
    }
    return result;
}

QList<QPair<qint64, std::optional<double>>> ServqualWeightsDialog::weightsRead() const
{
    QList<QPair<qint64, std::optional<double>>> result;
    for (const Dimension &dimension : m_dimensions)
        result.append({dimension.id, dimension.servqualWeight});
    return result;
}

void ServqualWeightsDialog::updateTotal()
{
    double total = 0;
    for (const QDoubleSpinBox *spin : std::as_const(m_spins))
        total += spin->value();
    m_total->setText(ValueFormat::number(total, QStringLiteral("%")));
}

} // namespace Yardstick
