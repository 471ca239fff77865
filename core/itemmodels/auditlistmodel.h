// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/period.h"
#include "model/audit.h"
#include "model/department.h"

#include <QAbstractTableModel>
#include <QHash>

namespace Yardstick {

// The audits of a checklist in one period, of one department or of all
// (department 0), in the order given: date, department, auditor, subject and
// the audit's score in percent. AuditIdRole names the audit.
class AuditListModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        DateColumn,
        DepartmentColumn,
        AuditorColumn,
        SubjectColumn,
        ScoreColumn,
        ColumnCount
    };

    explicit AuditListModel(QObject *parent = nullptr);

    void setAudits(const AuditTemplate &checklist, const QList<Audit> &audits,
                   const QList<Department> &departments, const Period &period, qint64 departmentId);
    void clear();
    qint64 auditIdAt(int row) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        Audit audit;
        std::optional<double> score;
    };
    QList<Row> m_rows;
    QHash<qint64, QString> m_departmentNames;
};

} // namespace Yardstick
