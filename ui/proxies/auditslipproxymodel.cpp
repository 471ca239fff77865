// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "auditslipproxymodel.h"

#include "itemmodels/itemroles.h"

#include <QBrush>
#include <QColor>

namespace Yardstick {

AuditSlipProxyModel::AuditSlipProxyModel(QObject *parent)
    : QIdentityProxyModel(parent)
{}

QVariant AuditSlipProxyModel::data(const QModelIndex &index, int role) const
{
    if (role == Qt::BackgroundRole && index.isValid() && index.data(ConcernRole).toBool())
        return QBrush(QColor(255, 222, 200));
    return QIdentityProxyModel::data(index, role);
}

} // namespace Yardstick
