// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "departmentsummarymodel.h"

#include "itemroles.h"
#include "model/valueformat.h"

#include <QLocale>

#include <algorithm>

namespace Yardstick {

std::optional<double> DepartmentSummaryModel::Summary::shareMet() const
{
    if (standards == 0)
        return std::nullopt;
    return 100.0 * met / standards;
}

void DepartmentSummaryModel::Summary::count(ComplianceStatus status)
{
    ++standards;
    switch (status) {
    case ComplianceStatus::Met:
        ++met;
        break;
    case ComplianceStatus::AtRisk:
        ++atRisk;
        break;
    case ComplianceStatus::Breached:
        ++breached;
        break;
    case ComplianceStatus::NoData:
        ++noData;
        break;
    }
}

DepartmentSummaryModel::DepartmentSummaryModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void DepartmentSummaryModel::setScorecard(const Scorecard &scorecard,
                                          const ReferenceData &reference)
{
    beginResetModel();
    m_rows.clear();
    auto summary = [](std::optional<qint64> id, const QString &name) {
        Summary s;
        s.id = id;
        s.name = name;
        return s;
    };
    Summary all = summary(std::nullopt, tr("All departments"));
    QList<Summary> departments;
    for (const Department &d : reference.departments)
        departments.append(summary(d.id, d.name));
    for (const ScorecardRow &row : scorecard.rows) {
        all.count(row.current.status);
        const qint64 id = row.standard.departmentId;
        auto it = std::find_if(departments.begin(), departments.end(),
                               [id](const Summary &s) { return s.id == id; });
        if (it == departments.end()) {
            departments.append(summary(id, tr("Unassigned")));
            it = departments.end() - 1;
        }
        it->count(row.current.status);
    }
    m_rows.append(all);
    for (const Summary &s : std::as_const(departments)) {
        if (s.standards > 0)
            m_rows.append(s);
    }
    endResetModel();
}

std::optional<qint64> DepartmentSummaryModel::departmentAt(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return std::nullopt;
    return m_rows.at(row).id;
}

int DepartmentSummaryModel::rowOf(std::optional<qint64> departmentId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == departmentId)
            return row;
    }
    return -1;
}

int DepartmentSummaryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DepartmentSummaryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DepartmentSummaryModel::value(const Summary &summary, int column) const
{
    switch (column) {
    case DepartmentColumn:
        return summary.name;
    case StandardsColumn:
        return summary.standards;
    case MetColumn:
        return summary.met;
    case AtRiskColumn:
        return summary.atRisk;
    case BreachedColumn:
        return summary.breached;
    case NoDataColumn:
        return summary.noData;
    case ShareMetColumn:
        if (const std::optional<double> share = summary.shareMet())
            return *share;
        return {};
    default:
        return {};
    }
}

QVariant DepartmentSummaryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Summary &summary = m_rows.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole: {
        const QVariant v = value(summary, column);
        if (column == ShareMetColumn && v.isValid())
            return ValueFormat::value(v.toDouble(), QStringLiteral("%"));
        if (column == DepartmentColumn || !v.isValid())
            return v;
        return ValueFormat::count(v.toInt());
    }
    case Qt::ToolTipRole:
        if (column == ShareMetColumn && summary.standards > 0)
            return tr("%1 of %2 standards met").arg(summary.met).arg(summary.standards);
        return {};
    case Qt::TextAlignmentRole:
        if (column != DepartmentColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case SortRole:
        return value(summary, column);
    case DepartmentIdRole:
        return summary.id ? QVariant(*summary.id) : QVariant();
    default:
        return {};
    }
}

QVariant DepartmentSummaryModel::headerData(int section, Qt::Orientation orientation,
                                            int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole && section == ShareMetColumn)
        return tr("Standards met as a share of all the department's standards on the "
                  "scorecard (one without data is not met)");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DepartmentColumn:
        return tr("Department");
    case StandardsColumn:
        return tr("Standards");
    case MetColumn:
        return tr("Met");
    case AtRiskColumn:
        return tr("At risk");
    case BreachedColumn:
        return tr("Breached");
    case NoDataColumn:
        return tr("No data");
    case ShareMetColumn:
        return tr("Share met");
    default:
        return {};
    }
}

} // namespace Yardstick
