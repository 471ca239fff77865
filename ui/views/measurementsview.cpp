// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "measurementsview.h"

#include "itemmodels/itemroles.h"
#include "itemmodels/measurementtablemodel.h"
#include "itemmodels/rolefilterproxymodel.h"
#include "workbench/workbench.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableView>
#include <QVBoxLayout>

namespace Yardstick {

MeasurementsView::MeasurementsView(Workbench &workbench, QWidget *parent)
    : QWidget(parent)
    , m_workbench(workbench)
    , m_model(new MeasurementTableModel(this))
    , m_proxy(new RoleFilterProxyModel(this))
{
    m_proxy->setSourceModel(m_model);

    m_standardFilter = new QComboBox(this);
    m_standardFilter->setObjectName(QStringLiteral("measurementStandardFilter"));
    m_standardFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_standardFilter->setMaxVisibleItems(25);
    m_count = new QLabel(this);
    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Standard:"), this));
    bar->addWidget(m_standardFilter);
    bar->addStretch();
    bar->addWidget(m_count);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("measurementsTable"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->sortByColumn(MeasurementTableModel::PeriodStartColumn, Qt::AscendingOrder);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);

    connect(m_standardFilter, &QComboBox::currentIndexChanged, this,
            &MeasurementsView::applyFilter);
    refresh();
}

void MeasurementsView::refresh()
{
    const QVariant chosen = m_standardFilter->currentData();
    const QSignalBlocker blocker(m_standardFilter);
    m_standardFilter->clear();
    m_standardFilter->addItem(tr("All standards"));
    const QList<Standard> standards = m_workbench.catalogue().standards();
    for (const Standard &s : standards)
        m_standardFilter->addItem(tr("%1 — %2").arg(s.code, s.title), s.id);
    m_standardFilter->setCurrentIndex(qMax(0, m_standardFilter->findData(chosen)));
    m_model->setMeasurements(m_workbench.measurements().all(), standards);
    m_table->resizeColumnsToContents();
    applyFilter();
}

void MeasurementsView::applyFilter()
{
    m_proxy->setRoleFilter(StandardIdRole, m_standardFilter->currentData());
    const QLocale locale;
    m_count->setText(
        tr("%1 of %2 measurements")
            .arg(locale.toString(m_proxy->rowCount()), locale.toString(m_model->rowCount())));
}

} // namespace Yardstick
