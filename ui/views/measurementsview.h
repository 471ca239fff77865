// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QTableView;

namespace Yardstick {

class MeasurementTableModel;
class RoleFilterProxyModel;
class Workbench;

// The measurements of a workbench, read-only, narrowed to one standard or
// all of them. Loading measurements (imports) comes with the measurement
// feature; this view shows what the workbench holds.
class MeasurementsView final : public QWidget
{
    Q_OBJECT

public:
    explicit MeasurementsView(Workbench &workbench, QWidget *parent = nullptr);

    // Re-reads the standards' codes after the catalogue changed.
    void refresh();

    QTableView *table() const { return m_table; }
    QComboBox *standardFilter() const { return m_standardFilter; }

private:
    void applyFilter();

    Workbench &m_workbench;
    MeasurementTableModel *m_model = nullptr;
    RoleFilterProxyModel *m_proxy = nullptr;
    QComboBox *m_standardFilter = nullptr;
    QLabel *m_count = nullptr;
    QTableView *m_table = nullptr;
};

} // namespace Yardstick
