// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTableView>

class QSettings;

namespace Yardstick {

// The list of complaint letters: one row per letter, key customers flagged,
// in the working order (key customers, then the newest) until the analyst
// sorts by another column. Its column widths and order are remembered, and
// the analyst's plain keys on it are told as signals.
class ComplaintTable final : public QTableView
{
    Q_OBJECT

public:
    explicit ComplaintTable(QSettings &settings, QWidget *parent = nullptr);

    // The remembered columns, or widths to fit the content when none are.
    void restoreColumns();

signals:
    // Return, Enter or Space: confirm the labels and go on.
    void confirmPressed();
    // A digit 1..7: set the primary dimension, or with Shift add or remove one.
    void dimensionPressed(int number, bool shifted);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void sizeColumns();
    void saveColumns();

    QSettings &m_settings;
};

} // namespace Yardstick
