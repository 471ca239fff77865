// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "columnchooser.h"

#include <QAbstractItemModel>
#include <QAction>
#include <QHeaderView>
#include <QMenu>
#include <QSettings>

namespace Yardstick {

ColumnChooser::ColumnChooser(QHeaderView *header, QSettings &settings, const QString &settingsGroup,
                             QList<Column> columns, QObject *parent)
    : QObject(parent)
    , m_header(header)
    , m_settings(settings)
    , m_group(settingsGroup)
    , m_columns(std::move(columns))
    , m_menu(new QMenu(tr("Columns"), header))
{
    m_menu->setObjectName(QStringLiteral("columnChooserMenu"));
    for (const Column &column : std::as_const(m_columns)) {
        const QVariant remembered = m_settings.value(settingsKey(column));
        apply(column, remembered.isValid() ? remembered.toBool() : column.shownByDefault);
    }
    // Built each time it opens: the header's words follow the language and
    // the ticks what is shown now.
    connect(m_menu, &QMenu::aboutToShow, this, &ColumnChooser::fillMenu);
    fillMenu();
    m_header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_header, &QWidget::customContextMenuRequested, this,
            [this](const QPoint &at) { m_menu->popup(m_header->mapToGlobal(at)); });
}

QString ColumnChooser::settingsKey(const Column &column) const
{
    return m_group + QLatin1Char('/') + column.key;
}

bool ColumnChooser::isShown(int logicalIndex) const
{
    return !m_header->isSectionHidden(logicalIndex);
}

void ColumnChooser::apply(const Column &column, bool shown)
{
    m_header->setSectionHidden(column.logicalIndex, !shown && column.hideable);
}

void ColumnChooser::setShown(int logicalIndex, bool shown)
{
    for (const Column &column : std::as_const(m_columns)) {
        if (column.logicalIndex != logicalIndex || !column.hideable)
            continue;
        if (isShown(logicalIndex) == shown)
            return;
        apply(column, shown);
        // Only a choice that differs from the default is kept, so a later
        // version may change the default of a column the analyst never chose.
        if (shown == column.shownByDefault)
            m_settings.remove(settingsKey(column));
        else
            m_settings.setValue(settingsKey(column), shown);
        emit columnsChanged();
        return;
    }
}

void ColumnChooser::reset()
{
    for (const Column &column : std::as_const(m_columns))
        apply(column, column.shownByDefault);
    m_settings.remove(m_group);
    emit columnsChanged();
    emit columnsReset();
}

void ColumnChooser::fillMenu()
{
    m_menu->clear();
    const QAbstractItemModel *model = m_header->model();
    for (const Column &column : std::as_const(m_columns)) {
        const QString name =
            model ? model->headerData(column.logicalIndex, m_header->orientation()).toString()
                  : column.key;
        QAction *action = m_menu->addAction(name);
        action->setObjectName(QStringLiteral("showColumn_") + column.key);
        action->setCheckable(true);
        action->setChecked(isShown(column.logicalIndex));
        action->setEnabled(column.hideable);
        const int logical = column.logicalIndex;
        connect(action, &QAction::toggled, this,
                [this, logical](bool shown) { setShown(logical, shown); });
    }
    m_menu->addSeparator();
    QAction *reset = m_menu->addAction(tr("Reset Columns"));
    reset->setObjectName(QStringLiteral("resetColumns"));
    connect(reset, &QAction::triggered, this, &ColumnChooser::reset);
}

} // namespace Yardstick
