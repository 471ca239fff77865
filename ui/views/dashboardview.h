// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/period.h"
#include "itemmodels/scorecardmodel.h"
#include "usecases/chartkind.h"

#include <QHash>
#include <QSet>
#include <QWidget>

class QAction;
class QComboBox;
class QHBoxLayout;
class QLabel;
class QSettings;
class QTableView;
class QTreeView;

namespace Yardstick {

class BackgroundJob;
class ColumnChooser;
class DepartmentSummaryModel;
class RoleFilterProxyModel;
class Workbench;
struct DashboardSnapshot;

// The first page: headline tiles (a standard before the quality programme
// and now), the compliance scorecard of every standard in the latest period,
// and how each department stands. The scorecard is computed on a worker
// thread with its own connection, so the window never freezes. The
// scorecard's columns are as wide as what they hold, the title takes the rest
// down to a readable width, and the analyst picks the columns shown.
class DashboardView final : public QWidget
{
    Q_OBJECT

public:
    DashboardView(Workbench &workbench, QSettings &settings, QWidget *parent = nullptr);

    // Recomputes from the workbench; a result already on its way is dropped.
    void refresh();
    bool isComputing() const;

    void setPeriodKind(PeriodKind kind);
    PeriodKind periodKind() const;
    // The period the dashboard is as of: a day in it, or an invalid day for
    // the latest complete period (the default, and after the kind changes).
    void setAsOf(QDate day);
    QDate asOf() const;
    QComboBox *asOfPicker() const { return m_asOf; }
    void setGrouping(ScorecardModel::Grouping grouping);
    ScorecardModel::Grouping grouping() const;

    QTreeView *scorecardView() const { return m_tree; }
    QTableView *departmentView() const { return m_departments; }
    ScorecardModel *scorecardModel() const { return m_model; }
    DepartmentSummaryModel *departmentModel() const { return m_departmentModel; }
    QAction *breachedOnlyAction() const { return m_breachedOnly; }
    ColumnChooser *columnChooser() const { return m_columns; }

signals:
    // A standard row was double-clicked (or Enter pressed on it).
    void standardActivated(qint64 standardId);
    // Show Trend Chart or Show Control Chart from a standard row's context menu.
    void chartRequested(qint64 standardId, Yardstick::ChartKind kind);
    // A freshly computed scorecard is on screen.
    void refreshed();

private:
    QWidget *buildToolbar();
    QWidget *buildDepartments();
    void configureTree(QSettings &settings);
    void display(const DashboardSnapshot &snapshot);
    void showMessage(const QString &text);
    void fillAsOf(const DashboardSnapshot &snapshot);
    void showHeadlines(const DashboardSnapshot &snapshot);
    void clearHeadlines();
    void decorateTree();
    void departmentChosen();
    void activate(const QModelIndex &index);
    void fitColumns();
    void fillTitle();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    Workbench &m_workbench;
    ColumnChooser *m_columns = nullptr;
    // The widest each column has needed for this scorecard: choosing a
    // department or Breached only does not make the columns jump.
    QHash<int, int> m_fitWidths;
    QSet<int> m_userSized; // columns the analyst resized, left as they are
    int m_titleMinimum = 0;
    bool m_fitting = false;

    ScorecardModel *m_model = nullptr;
    RoleFilterProxyModel *m_proxy = nullptr;
    DepartmentSummaryModel *m_departmentModel = nullptr;
    BackgroundJob *m_job; // computes the snapshot off the GUI thread

    QWidget *m_tiles = nullptr;
    QHBoxLayout *m_tileLayout = nullptr;
    QLabel *m_headlineHint = nullptr;
    QComboBox *m_period = nullptr;
    QComboBox *m_asOf = nullptr;
    QComboBox *m_groupBy = nullptr;
    QAction *m_breachedOnly = nullptr;
    QLabel *m_periodEnding = nullptr;
    QLabel *m_computing = nullptr;
    QTreeView *m_tree = nullptr;
    QTableView *m_departments = nullptr;
};

} // namespace Yardstick
