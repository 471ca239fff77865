// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIdentityProxyModel>

namespace Yardstick {

// Gives the slipping behaviours of the audit item table (ConcernRole) a warm
// background; their status text carries a symbol too, so the mark survives
// a grey-scale print and colour blindness.
class AuditSlipProxyModel final : public QIdentityProxyModel
{
    Q_OBJECT

public:
    explicit AuditSlipProxyModel(QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
};

} // namespace Yardstick
