// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/dimension.h"

#include <QDialog>
#include <QList>
#include <QPair>

#include <optional>

class QDoubleSpinBox;
class QLabel;

namespace Yardstick {

// Edits how much each dimension counts in the weighted SERVQUAL gap, in
// points (the classic study's 32 / 22 / 19 / 16 / 11 by default). A weight
// of 0 leaves the dimension out of the weighted gap, as the card case's
// timeliness and accuracy are. The analysis normalises the weights over
// the dimensions a survey has, so they need not add up to 100.
class ServqualWeightsDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit ServqualWeightsDialog(const QList<Dimension> &dimensions, QWidget *parent = nullptr);

    // Dimension id -> weight as stored (a share, points / 100), nullopt for 0.
    QList<QPair<qint64, std::optional<double>>> weights() const;
    // The weights as read when the dialog opened: what saving expects the
    // workbench still to hold.
    QList<QPair<qint64, std::optional<double>>> weightsRead() const;

    // The classic study's weight for the dimension key, in points; 0 for
    // one outside SERVQUAL.
    static double defaultPoints(const QString &key);

    QDoubleSpinBox *spinBox(const QString &key) const;
    void restoreDefaults();

private:
    void updateTotal();

    QList<Dimension> m_dimensions;
    QList<QDoubleSpinBox *> m_spins;
    QLabel *m_total = nullptr;
};

} // namespace Yardstick
