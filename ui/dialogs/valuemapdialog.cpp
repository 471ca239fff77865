// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "valuemapdialog.h"

#include "model/valueformat.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Yardstick {

namespace {

enum Column
{
    SourceColumn,
    RowsColumn,
    TargetColumn,
};

// The map's key for a source value, matched as the import matches it.
QString findKey(const QMap<QString, QString> &map, const QString &source)
{
    for (auto it = map.cbegin(); it != map.cend(); ++it) {
        if (it.key().trimmed().compare(source.trimmed(), Qt::CaseInsensitive) == 0)
            return it.key();
    }
    return {};
}

} // namespace

ValueMapDialog::ValueMapDialog(const QString &fieldName, const QString &column,
                               const DistinctValues &values, const QStringList &targets,
                               const QMap<QString, QString> &current, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("valueMapDialog"));
    setWindowTitle(tr("Value Map: %1").arg(fieldName));
    auto *intro = new QLabel(
        tr("Choose what each value of the column “%1” is read as, so that several values can "
           "stand for one. A value left blank is read as it is. The map is kept with the "
           "mapping.")
            .arg(column),
        this);
    intro->setWordWrap(true);

    m_table = new QTableWidget(0, 3, this);
    m_table->setObjectName(QStringLiteral("valueMapTable"));
    m_table->setHorizontalHeaderLabels({tr("Value in the file"), tr("Rows"), tr("Read as")});
    m_table->verticalHeader()->hide();
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(SourceColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(RowsColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(TargetColumn, QHeaderView::Stretch);

    QMap<QString, QString> unseen = current;
    for (const DistinctValues::Value &value : values.values) {
        const QString key = findKey(unseen, value.text);
        addRow(value.text, value.rows, targets, key.isEmpty() ? QString() : unseen.take(key));
    }
    // Kept from earlier files: next week's file may hold them again.
    for (auto it = unseen.cbegin(); it != unseen.cend(); ++it)
        addRow(it.key(), 0, targets, it.value());

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    if (values.truncated) {
        auto *more = new QLabel(tr("The column holds more than %1 different values; the first "
                                   "%1 found are listed.")
                                    .arg(ValueFormat::count(values.values.size())),
                                this);
        more->setObjectName(QStringLiteral("valueMapTruncated"));
        more->setWordWrap(true);
        layout->addWidget(more);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(560, 440);
}

void ValueMapDialog::addRow(const QString &source, qint64 rows, const QStringList &targets,
                            const QString &target)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    m_table->setItem(row, SourceColumn, new QTableWidgetItem(source));
    auto *count =
        new QTableWidgetItem(rows > 0 ? ValueFormat::count(rows) : tr("not in this file"));
    count->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_table->setItem(row, RowsColumn, count);
    auto *combo = new QComboBox(m_table);
    combo->setEditable(true);
    combo->addItem(QString());
    combo->addItems(targets);
    combo->setCurrentText(target);
    combo->setAccessibleName(tr("Read “%1” as").arg(source));
    m_table->setCellWidget(row, TargetColumn, combo);
}

QMap<QString, QString> ValueMapDialog::map() const
{
    QMap<QString, QString> result;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QString source = m_table->item(row, SourceColumn)->text();
        const auto *combo = qobject_cast<QComboBox *>(m_table->cellWidget(row, TargetColumn));
        const QString target = combo ? combo->currentText().trimmed() : QString();
        if (!target.isEmpty() && target != source)
            result.insert(source, target);
    }
    return result;
}

QComboBox *ValueMapDialog::targetFor(const QString &source) const
{
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (m_table->item(row, SourceColumn)->text().compare(source, Qt::CaseInsensitive) == 0)
            return qobject_cast<QComboBox *>(m_table->cellWidget(row, TargetColumn));
    }
    return nullptr;
}

} // namespace Yardstick
