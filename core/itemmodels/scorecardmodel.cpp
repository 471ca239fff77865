// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "scorecardmodel.h"

#include "compliancetext.h"
#include "itemroles.h"
#include "model/valueformat.h"

#include <cmath>

namespace Yardstick {

namespace {

// Ascending puts the standards that need attention first.
int severity(ComplianceStatus status)
{
    switch (status) {
    case ComplianceStatus::Breached:
        return 0;
    case ComplianceStatus::AtRisk:
        return 1;
    case ComplianceStatus::Met:
        return 2;
    case ComplianceStatus::NoData:
        break;
    }
    return 3;
}

QString lastPeriods(PeriodKind kind, int count)
{
    switch (kind) {
    case PeriodKind::Week:
        return ScorecardModel::tr("the last %1 weeks").arg(count);
    case PeriodKind::Month:
        return ScorecardModel::tr("the last %1 months").arg(count);
    case PeriodKind::Quarter:
        break;
    }
    return ScorecardModel::tr("the last %1 quarters").arg(count);
}

} // namespace

ScorecardModel::ScorecardModel(QObject *parent)
    : QAbstractItemModel(parent)
{}

void ScorecardModel::setScorecard(Scorecard scorecard, ReferenceData reference)
{
    m_scorecard = std::move(scorecard);
    m_reference = std::move(reference);
    rebuild();
}

void ScorecardModel::setGrouping(Grouping grouping)
{
    if (grouping == m_grouping)
        return;
    m_grouping = grouping;
    rebuild();
}

void ScorecardModel::setBreachedOnly(bool breachedOnly)
{
    if (breachedOnly == m_breachedOnly)
        return;
    m_breachedOnly = breachedOnly;
    rebuild();
}

void ScorecardModel::setDepartment(std::optional<qint64> departmentId)
{
    if (departmentId == m_department)
        return;
    m_department = departmentId;
    rebuild();
}

qint64 ScorecardModel::groupIdOf(const ScorecardRow &row) const
{
    switch (m_grouping) {
    case Grouping::Service:
        return row.standard.serviceId;
    case Grouping::Dimension:
        return row.standard.dimensionId;
    case Grouping::Department:
        return row.standard.departmentId;
    case Grouping::None:
        break;
    }
    return 0;
}

QString ScorecardModel::groupName(qint64 id) const
{
    QString name;
    switch (m_grouping) {
    case Grouping::Service:
        name = m_reference.serviceName(id);
        break;
    case Grouping::Dimension:
        name = m_reference.dimensionName(id);
        break;
    case Grouping::Department:
        name = m_reference.departmentName(id);
        break;
    case Grouping::None:
        break;
    }
    return name.isEmpty() ? tr("Unassigned") : name;
}

// Groups follow the reference lists' order, the order the analyst knows.
QList<qint64> ScorecardModel::groupOrder() const
{
    QList<qint64> ids;
    auto collect = [&ids](const auto &items) {
        for (const auto &item : items)
            ids.append(item.id);
    };
    switch (m_grouping) {
    case Grouping::Service:
        collect(m_reference.services);
        break;
    case Grouping::Dimension:
        collect(m_reference.dimensions);
        break;
    case Grouping::Department:
        collect(m_reference.departments);
        break;
    case Grouping::None:
        break;
    }
    return ids;
}

void ScorecardModel::rebuild()
{
    beginResetModel();
    m_flat.clear();
    m_groups.clear();
    const QList<qint64> order = groupOrder();
    QList<Group> groups(order.size());
    for (qsizetype i = 0; i < order.size(); ++i) {
        groups[i].id = order.at(i);
        groups[i].name = groupName(order.at(i));
    }
    for (int i = 0; i < m_scorecard.rows.size(); ++i) {
        const ScorecardRow &row = m_scorecard.rows.at(i);
        if (m_department && row.standard.departmentId != *m_department)
            continue;
        const ComplianceStatus status = row.current.status;
        const bool shown = !m_breachedOnly || status == ComplianceStatus::Breached;
        if (m_grouping == Grouping::None) {
            if (shown)
                m_flat.append(i);
            continue;
        }
        const qint64 id = groupIdOf(row);
        qsizetype at = order.indexOf(id);
        if (at < 0) {
            at = groups.size();
            groups.append(Group{id, groupName(id), {}, 0, 0, 0, 0});
        }
        Group &group = groups[at];
        ++group.standards;
        group.met += status == ComplianceStatus::Met ? 1 : 0;
        group.atRisk += status == ComplianceStatus::AtRisk ? 1 : 0;
        group.breached += status == ComplianceStatus::Breached ? 1 : 0;
        if (shown)
            group.shown.append(i);
    }
    for (Group &group : groups) {
        if (!group.shown.isEmpty())
            m_groups.append(std::move(group));
    }
    endResetModel();
}

bool ScorecardModel::isGroup(const QModelIndex &index) const
{
    return index.isValid() && m_grouping != Grouping::None && index.internalId() == 0;
}

const ScorecardRow *ScorecardModel::rowAt(const QModelIndex &index) const
{
    if (!index.isValid() || isGroup(index))
        return nullptr;
    if (m_grouping == Grouping::None)
        return &m_scorecard.rows.at(m_flat.at(index.row()));
    const Group &group = m_groups.at(qsizetype(index.internalId()) - 1);
    return &m_scorecard.rows.at(group.shown.at(index.row()));
}

QModelIndex ScorecardModel::indexOf(qint64 standardId, int column) const
{
    auto isIt = [this, standardId](int i) {
        return m_scorecard.rows.at(i).standard.id == standardId;
    };
    if (m_grouping == Grouping::None) {
        for (int row = 0; row < m_flat.size(); ++row) {
            if (isIt(m_flat.at(row)))
                return createIndex(row, column, quintptr(0));
        }
        return {};
    }
    for (int g = 0; g < m_groups.size(); ++g) {
        const QList<int> &shown = m_groups.at(g).shown;
        for (int row = 0; row < shown.size(); ++row) {
            if (isIt(shown.at(row)))
                return createIndex(row, column, quintptr(g + 1));
        }
    }
    return {};
}

QModelIndex ScorecardModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    // Group rows and top-level standards carry 0; a group's standards carry
    // the group's position plus one, so parent() needs no look-up.
    return createIndex(row, column, parent.isValid() ? quintptr(parent.row() + 1) : quintptr(0));
}

QModelIndex ScorecardModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(int(child.internalId() - 1), 0, quintptr(0));
}

int ScorecardModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_grouping == Grouping::None ? m_flat.size() : m_groups.size());
    if (parent.column() != 0 || !isGroup(parent))
        return 0;
    return int(m_groups.at(parent.row()).shown.size());
}

int ScorecardModel::columnCount(const QModelIndex &parent) const
{
    Q_UNUSED(parent)
    return ColumnCount;
}

Qt::ItemFlags ScorecardModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    if (isGroup(index))
        return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

QVariant ScorecardModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (isGroup(index))
        return groupData(m_groups.at(index.row()), index.column(), role);
    return standardData(*rowAt(index), index.column(), role);
}

QVariant ScorecardModel::groupData(const Group &group, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        if (column == StatusColumn)
            return tr("%1 — %2 of %3 met").arg(group.name).arg(group.met).arg(group.standards);
        return {};
    case Qt::ToolTipRole:
        return tr("%1: %2 of %3 standards met, %4 at risk, %5 breached, %6 without data")
            .arg(group.name)
            .arg(group.met)
            .arg(group.standards)
            .arg(group.atRisk)
            .arg(group.breached)
            .arg(group.standards - group.met - group.atRisk - group.breached);
    case SortRole:
        return group.name;
    case ServiceIdRole:
        return m_grouping == Grouping::Service ? QVariant(group.id) : QVariant();
    case DimensionIdRole:
        return m_grouping == Grouping::Dimension ? QVariant(group.id) : QVariant();
    case DepartmentIdRole:
        return m_grouping == Grouping::Department ? QVariant(group.id) : QVariant();
    default:
        return {};
    }
}

QVariant ScorecardModel::standardData(const ScorecardRow &row, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        return display(row, column);
    case Qt::ToolTipRole:
        return toolTip(row, column);
    case Qt::TextAlignmentRole:
        if (column == ValueColumn || column == TargetThresholdColumn || column == TargetColumn ||
            column == ThresholdColumn || column == MetColumn || column == ComplaintsColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case SortRole:
        return sortValue(row, column);
    case StandardIdRole:
        return row.standard.id;
    case ServiceIdRole:
        return row.standard.serviceId;
    case DimensionIdRole:
        return row.standard.dimensionId;
    case DepartmentIdRole:
        return row.standard.departmentId;
    case ComplianceStatusRole:
        return complianceStatusKey(row.current.status);
    case TrendRole:
        return trendKey(row.trend);
    case SparklineRole: {
        QVariantList values;
        for (const PeriodValue &v : row.recent)
            values.append(v.value ? QVariant(*v.value) : QVariant());
        return values;
    }
    default:
        return {};
    }
}

QVariant ScorecardModel::display(const ScorecardRow &row, int column) const
{
    const Standard &s = row.standard;
    switch (column) {
    case StatusColumn:
        // A status from a handful of cases is said to be one.
        if (row.thin)
            return tr("%1 (thin)").arg(ComplianceText::statusName(row.current.status));
        return ComplianceText::statusName(row.current.status);
    case CodeColumn:
        return s.code;
    case TitleColumn:
        return s.title;
    case ValueColumn:
        // Every value carries its unit, a long one too ("1.1 per 1,000
        // letters"): a bare "69.0" leaves the reader guessing.
        return row.current.value ? ValueFormat::value(*row.current.value, s.unit)
                                 : ValueFormat::none();
    case TargetThresholdColumn:
        if (!row.current.target)
            return ValueFormat::none();
        if (!row.current.threshold)
            return ValueFormat::bound(s.direction, *row.current.target, s.unit);
        return ValueFormat::boundWithThreshold(s.direction, *row.current.target,
                                               *row.current.threshold, s.unit);
    case TargetColumn:
        return row.current.target ? ValueFormat::bound(s.direction, *row.current.target, s.unit)
                                  : ValueFormat::none();
    case ThresholdColumn:
        return row.current.threshold
                   ? ValueFormat::bound(s.direction, *row.current.threshold, s.unit)
                   : ValueFormat::none();
    case TrendColumn:
        return ComplianceText::trendName(row.trend);
    case RecentColumn:
        return {}; // the values are in SparklineRole
    case MetColumn:
        return tr("%1 of %2").arg(row.metInRecent).arg(row.recent.size());
    case ComplaintsColumn:
        // "no letters" when the workbench links none to any standard, a dash
        // when the service completed no case (no denominator); a real 0.0
        // only when letters exist and none is linked to this standard.
        if (!row.lettersLinked)
            return tr("no letters");
        return row.complaintsPer1000
                   ? ValueFormat::number(*row.complaintsPer1000, QStringLiteral("per 1,000"))
                   : ValueFormat::none();
    case ServiceColumn:
        return m_reference.serviceName(s.serviceId);
    case DimensionColumn:
        return m_reference.dimensionName(s.dimensionId);
    case DepartmentColumn:
        return m_reference.departmentName(s.departmentId);
    default:
        return {};
    }
}

QVariant ScorecardModel::sortValue(const ScorecardRow &row, int column) const
{
    auto optional = [](const std::optional<double> &v) {
        return v ? QVariant(*v) : QVariant();
    };
    switch (column) {
    case StatusColumn:
        return severity(row.current.status);
    case ValueColumn:
        return optional(row.current.value);
    case TargetThresholdColumn:
    case TargetColumn:
        return optional(row.current.target);
    case ThresholdColumn:
        return optional(row.current.threshold);
    case TrendColumn:
        return int(row.trend);
    case RecentColumn:
        return {};
    case MetColumn:
        return row.metInRecent;
    case ComplaintsColumn:
        return optional(row.complaintsPer1000);
    default:
        return display(row, column);
    }
}

QString ScorecardModel::toolTip(const ScorecardRow &row, int column) const
{
    const Standard &s = row.standard;
    const PeriodValue &v = row.current;
    const QString period = periodLabel(m_scorecard.kind, v.period);
    switch (column) {
    case StatusColumn: {
        if (row.thin)
            return tr("%1. A status from so few cases says little about the service.")
                .arg(ComplianceText::thinPeriod(m_scorecard.kind, *row.thin));
        const QString name = ComplianceText::statusName(v.status);
        if (!v.target || !v.threshold)
            return tr("%1: no target was in force in %2.").arg(name, period);
        if (!v.value)
            return tr("%1: nothing was measured in %2.").arg(name, period);
        const QString value = ValueFormat::value(*v.value, s.unit);
        const QString target = ValueFormat::bound(s.direction, *v.target, s.unit);
        const QString threshold = ValueFormat::bound(s.direction, *v.threshold, s.unit);
        switch (v.status) {
        case ComplianceStatus::Met:
            return tr("%1 in %2: %3 reaches the target (%4).").arg(name, period, value, target);
        case ComplianceStatus::AtRisk:
            return tr("%1 in %2: %3 misses the target (%4) but is within the threshold (%5).")
                .arg(name, period, value, target, threshold);
        case ComplianceStatus::Breached:
            return tr("%1 in %2: %3 is worse than the threshold (%4).")
                .arg(name, period, value, threshold);
        case ComplianceStatus::NoData:
            break;
        }
        return name;
    }
    case TitleColumn:
        return s.title;
    case TargetThresholdColumn:
        if (!v.target || !v.threshold)
            return tr("No target was in force in %1.").arg(period);
        return tr("Target %1, threshold %2: worse than the target is at risk, worse than the "
                  "threshold breached.")
            .arg(ValueFormat::bound(s.direction, *v.target, s.unit),
                 ValueFormat::bound(s.direction, *v.threshold, s.unit));
    case ValueColumn: {
        if (!v.value)
            return tr("Nothing was measured in %1.").arg(period);
        const QString value = ValueFormat::value(*v.value, s.unit);
        if (row.source == ValueSource::Cases)
            return tr("%1, computed from %2 completed cases in %3.")
                .arg(value)
                .arg(v.n.value_or(0))
                .arg(period);
        if (v.n)
            return tr("%1, from the measurements of %2 (%3 cases).").arg(value, period).arg(*v.n);
        return tr("%1, from the measurements of %2.").arg(value, period);
    }
    case TrendColumn: {
        const QString window = lastPeriods(m_scorecard.kind, Scorecard::kTrendPeriods);
        if (row.trend == Trend::TooFewPeriods) {
            int withValues = -row.thinInTrendWindow;
            for (qsizetype i = row.recent.size() - Scorecard::kTrendPeriods; i < row.recent.size();
                 ++i)
                withValues += i >= 0 && row.recent.at(i).value ? 1 : 0;
            return ComplianceText::tooFewPeriods(m_scorecard.kind, std::max(0, withValues),
                                                 row.thinInTrendWindow);
        }
        const double change = *row.trendChange;
        const QString amount = ValueFormat::value(std::abs(change), s.unit);
        const QString moved = change < 0 ? tr("down %1").arg(amount) : tr("up %1").arg(amount);
        return tr("%1: %2 over %3 (fitted line).")
            .arg(ComplianceText::trendName(row.trend), moved, window);
    }
    case RecentColumn:
    case MetColumn: {
        const QString window = lastPeriods(m_scorecard.kind, int(row.recent.size()));
        return tr("Target met in %1 of %2.").arg(row.metInRecent).arg(window);
    }
    case ComplaintsColumn:
        if (!row.lettersLinked)
            return tr("No complaint letter is linked to any standard of this workbench, so "
                      "there is nothing to count.");
        if (!row.complaintsPer1000)
            return tr("No value: no case of the service was completed in %1 (cases are "
                      "counted only for services with complaints linked to their standards).")
                .arg(period);
        return tr("%1 complaints linked to this standard, received in %2, over %3 cases of "
                  "the service completed in it.")
            .arg(ValueFormat::count(row.linkedComplaints), period,
                 ValueFormat::count(row.completedCases));
    default:
        return {};
    }
}

QVariant ScorecardModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case StatusColumn:
            return tr("Met, at risk (between target and threshold), breached (worse than the "
                      "threshold) or no data, in the period shown");
        case TargetThresholdColumn:
            return tr("The target in force in the period shown and, in brackets, the threshold");
        case TrendColumn:
            return tr("The direction of a line fitted through the last %1 periods")
                .arg(Scorecard::kTrendPeriods);
        case RecentColumn:
            return tr("The last %1 periods, oldest first; the faint line is the target")
                .arg(Scorecard::kRecentPeriods);
        case MetColumn:
            return tr("How many of the last %1 periods met the target")
                .arg(Scorecard::kRecentPeriods);
        case ComplaintsColumn:
            return tr("Complaint letters linked to the standard per 1,000 cases of its service "
                      "completed in the period shown");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case StatusColumn:
        return tr("Status");
    case CodeColumn:
        return tr("Code");
    case TitleColumn:
        return tr("Title");
    case ValueColumn:
        return tr("Value");
    case TargetThresholdColumn:
        return tr("Target (threshold)");
    case TargetColumn:
        return tr("Target");
    case ThresholdColumn:
        return tr("Threshold");
    case TrendColumn:
        return tr("Trend");
    case RecentColumn:
        return tr("Recent");
    case MetColumn:
        // Short: its cells say "4 of 12", its tooltip which periods.
        return tr("Met");
    case ComplaintsColumn:
        return tr("Complaints per 1,000");
    case ServiceColumn:
        return tr("Service");
    case DimensionColumn:
        return tr("Dimension");
    case DepartmentColumn:
        return tr("Department");
    default:
        return {};
    }
}

} // namespace Yardstick
