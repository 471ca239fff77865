// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QObject>
#include <QString>

class QHeaderView;
class QMenu;
class QSettings;

namespace Yardstick {

// Shows and hides a table's columns: right-click the header for a menu with
// every column to tick and "Reset Columns" to go back to the defaults. A
// narrow window then keeps what the analyst reads and still reaches the rest.
// The choice is remembered in the settings, one key per column that differs
// from its default, so a column added in a later version keeps its own
// default.
class ColumnChooser final : public QObject
{
    Q_OBJECT

public:
    struct Column
    {
        int logicalIndex = 0;
        QString key; // the column's name in the settings, stable across versions
        bool shownByDefault = true;
        bool hideable = true; // false for a column the table cannot do without
    };

    ColumnChooser(QHeaderView *header, QSettings &settings, const QString &settingsGroup,
                  QList<Column> columns, QObject *parent = nullptr);

    bool isShown(int logicalIndex) const;
    // Shows or hides a column and remembers it; a column that cannot be
    // hidden stays.
    void setShown(int logicalIndex, bool shown);
    // Every column back to its default, and the remembered choice forgotten.
    void reset();
    // The header's menu: a checkable entry per column named by its header,
    // then Reset Columns. The same menu serves other places (a table's own
    // context menu), and it is brought up to date each time it opens.
    QMenu *menu() const { return m_menu; }

signals:
    // A column was shown or hidden, or the columns were reset.
    void columnsChanged();
    // Reset Columns: after columnsChanged, for what else goes back to its
    // default with them (widths).
    void columnsReset();

private:
    void apply(const Column &column, bool shown);
    void fillMenu();
    QString settingsKey(const Column &column) const;

    QHeaderView *m_header;
    QSettings &m_settings;
    QString m_group;
    QList<Column> m_columns;
    QMenu *m_menu;
};

} // namespace Yardstick
