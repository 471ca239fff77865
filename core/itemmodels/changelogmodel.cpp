// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "changelogmodel.h"

#include <QLocale>

#include <algorithm>

namespace Yardstick {

ChangeLogModel::ChangeLogModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ChangeLogModel::setEntries(const QList<ChangeEntry> &entries)
{
    beginResetModel();
    m_entries = entries;
    std::reverse(m_entries.begin(), m_entries.end());
    endResetModel();
}

QString ChangeLogModel::actionText(const QString &action)
{
    if (action == QLatin1String("added"))
        return tr("Added");
    if (action == QLatin1String("changed"))
        return tr("Changed");
    if (action == QLatin1String("removed"))
        return tr("Removed");
    if (action == QLatin1String("imported"))
        return tr("Imported");
    if (action == QLatin1String("labelled"))
        return tr("Labelled");
    if (action == QLatin1String("handled"))
        return tr("Handling");
    if (action == QLatin1String("merged"))
        return tr("Merged");
    if (action == QLatin1String("unmerged"))
        return tr("Merge undone");
    if (action == QLatin1String("weighted"))
        return tr("SERVQUAL weight");
    if (action == QLatin1String("fed"))
        return tr("Survey feed");
    return action;
}

QString ChangeLogModel::subjectText(ChangeSubject subject)
{
    switch (subject) {
    case ChangeSubject::Standard:
        return tr("Standard");
    case ChangeSubject::Letter:
        return tr("Letter");
    case ChangeSubject::Service:
        return tr("Service");
    case ChangeSubject::Department:
        return tr("Department");
    case ChangeSubject::Dimension:
        return tr("Dimension");
    case ChangeSubject::Phase:
        return tr("Phase");
    case ChangeSubject::ValueModel:
        return tr("Value model");
    case ChangeSubject::Holiday:
        return tr("Holiday");
    case ChangeSubject::Import:
        return tr("Import");
    case ChangeSubject::Survey:
        return tr("Survey");
    case ChangeSubject::SurveyFeed:
        return tr("Survey feed");
    case ChangeSubject::Lexicon:
        return tr("Lexicon");
    case ChangeSubject::Checklist:
        return tr("Checklist");
    case ChangeSubject::AuditFeed:
        return tr("Audit feed");
    }
    return {};
}

int ChangeLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int ChangeLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ChangeLogModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const ChangeEntry &entry = m_entries.at(index.row());
    if (role == Qt::ToolTipRole && index.column() == DetailColumn)
        return entry.detail;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case WhenColumn:
        return QLocale().toString(entry.at.toLocalTime(), QLocale::ShortFormat);
    case WhoColumn:
        return entry.user;
    case WhatColumn:
        return entry.subjectName.isEmpty()
                   ? subjectText(entry.subject)
                   : tr("%1 %2").arg(subjectText(entry.subject), entry.subjectName);
    case ActionColumn:
        return actionText(entry.action);
    case DetailColumn:
        return entry.detail;
    default:
        return {};
    }
}

QVariant ChangeLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case WhenColumn:
        return tr("When");
    case WhoColumn:
        return tr("Who");
    case WhatColumn:
        return tr("What");
    case ActionColumn:
        return tr("Action");
    case DetailColumn:
        return tr("Change");
    default:
        return {};
    }
}

} // namespace Yardstick
