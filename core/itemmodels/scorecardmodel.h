// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/scorecard.h"
#include "workbench/referencedata.h"

#include <QAbstractItemModel>

#include <optional>

namespace Yardstick {

// The scorecard as a tree: one row per standard, flat or under group rows
// (by service, dimension or department) that say how many of theirs are met.
// Meaning leaves through roles (status and trend keys, the recent values);
// the ui decides what it looks like.
class ScorecardModel final : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column
    {
        StatusColumn,
        CodeColumn,
        TitleColumn,
        ValueColumn,
        TargetThresholdColumn, // the target with the threshold in brackets, in one cell
        TargetColumn,
        ThresholdColumn,
        TrendColumn,
        RecentColumn,
        MetColumn,
        ComplaintsColumn, // complaints per 1,000 cases
        ServiceColumn,
        DimensionColumn,
        DepartmentColumn,
        ColumnCount
    };

    enum class Grouping
    {
        None,
        Service,
        Dimension,
        Department,
    };

    explicit ScorecardModel(QObject *parent = nullptr);

    void setScorecard(Scorecard scorecard, ReferenceData reference);
    const Scorecard &scorecard() const { return m_scorecard; }

    void setGrouping(Grouping grouping);
    Grouping grouping() const { return m_grouping; }
    // Shows only breached standards; a group without one disappears, the
    // others keep counting all of their standards.
    void setBreachedOnly(bool breachedOnly);
    bool breachedOnly() const { return m_breachedOnly; }
    // Shows only the standards one department owns; nullopt for all.
    void setDepartment(std::optional<qint64> departmentId);
    std::optional<qint64> department() const { return m_department; }

    bool isGroup(const QModelIndex &index) const;
    // The standard behind a row; nullptr for a group row.
    const ScorecardRow *rowAt(const QModelIndex &index) const;
    // Invalid when the standard is not shown.
    QModelIndex indexOf(qint64 standardId, int column = StatusColumn) const;

    QModelIndex index(int row, int column,
                      const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    struct Group
    {
        qint64 id = 0;
        QString name;
        QList<int> shown; // indexes into the scorecard's rows
        int standards = 0;
        int met = 0;
        int atRisk = 0;
        int breached = 0;
    };

    void rebuild();
    qint64 groupIdOf(const ScorecardRow &row) const;
    QString groupName(qint64 id) const;
    QList<qint64> groupOrder() const;
    QVariant groupData(const Group &group, int column, int role) const;
    QVariant standardData(const ScorecardRow &row, int column, int role) const;
    QVariant display(const ScorecardRow &row, int column) const;
    QVariant sortValue(const ScorecardRow &row, int column) const;
    QString toolTip(const ScorecardRow &row, int column) const;

    Scorecard m_scorecard;
    ReferenceData m_reference;
    Grouping m_grouping = Grouping::None;
    bool m_breachedOnly = false;
    std::optional<qint64> m_department;
    QList<int> m_flat;     // ungrouped: the scorecard rows shown
    QList<Group> m_groups; // grouped
};

} // namespace Yardstick
