// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIdentityProxyModel>

namespace Yardstick {

// The look of the SERVQUAL tables over the core models' meaning roles: a
// negative dimension gap in the improve-first colour, the weighted row in
// bold, and an item's quadrant with the symbol and colour the
// importance-performance chart gives it.
class ServqualTableProxyModel final : public QIdentityProxyModel
{
    Q_OBJECT

public:
    explicit ServqualTableProxyModel(QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
};

} // namespace Yardstick
