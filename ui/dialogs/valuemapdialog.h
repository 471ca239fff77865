// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/distinctvalues.h"

#include <QDialog>
#include <QMap>

class QComboBox;
class QTableWidget;

namespace Yardstick {

// The value map of one case field: each value the file's column holds, with
// what it is read as (an existing service or department, or a name typed
// in), so several source values ("Category 26", "Category 42") become one.
// A value left blank is read as it is.
class ValueMapDialog final : public QDialog
{
    Q_OBJECT

public:
    // targets: the names offered for each value (the workbench's services or
    // departments); current: the map so far, kept for values this file lacks.
    ValueMapDialog(const QString &fieldName, const QString &column, const DistinctValues &values,
                   const QStringList &targets, const QMap<QString, QString> &current,
                   QWidget *parent = nullptr);

    // Source value -> target, for the values given a target other than
    // themselves.
    QMap<QString, QString> map() const;

    QTableWidget *table() const { return m_table; }
    // The target chooser of a source value (ignoring case); nullptr if none.
    QComboBox *targetFor(const QString &source) const;

private:
    void addRow(const QString &source, qint64 rows, const QStringList &targets,
                const QString &target);

    QTableWidget *m_table = nullptr;
};

} // namespace Yardstick
