// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/standard.h"

#include <QWidget>

#include <optional>

class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QToolButton;
class QStandardItem;
class QStandardItemModel;
class QTreeView;

namespace Yardstick {

// The standards a chart is of: a filterable list with a check box on each.
// The current (highlighted) standard is the one a control chart shows; the
// checked ones are overlaid on the trend chart. While at most one is
// checked, the check follows the current row, so a plain click shows that
// standard; once several are checked, clicking around keeps the overlay.
class StandardPicker final : public QWidget
{
    Q_OBJECT

public:
    explicit StandardPicker(QWidget *parent = nullptr);

    // Keeps the current and checked standards that are still there.
    void setStandards(const QList<Standard> &standards);

    std::optional<qint64> currentStandard() const;
    // In list order; the current one when none is checked.
    QList<qint64> checkedStandards() const;
    // Makes id current; exclusive: the only one checked.
    void setCurrentStandard(qint64 id, bool exclusive);
    void setCheckedStandards(const QList<qint64> &ids);
    QString codeOf(qint64 id) const;
    std::optional<qint64> idOfCode(const QString &code) const;

    QLineEdit *filterEdit() const { return m_filter; }
    QTreeView *listView() const { return m_list; }
    QToolButton *untickButton() const { return m_untick; }

signals:
    // The current standard or the checked set changed.
    void selectionChanged();

private:
    QStandardItem *itemOf(qint64 id) const;
    void currentChanged();
    void itemChanged(QStandardItem *item);
    void updateCount();

    QStandardItemModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QLineEdit *m_filter = nullptr;
    QTreeView *m_list = nullptr;
    QLabel *m_count = nullptr;
    QToolButton *m_untick = nullptr;
    bool m_updating = false; // our own check changes are not the analyst's
};

} // namespace Yardstick
