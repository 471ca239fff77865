// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/holidayrepository.h"

#include <QDialog>

class QAction;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace Yardstick {

// The workbench's holiday list, which standards counting business days leave
// out. Every add, rename and removal is written to the file at once; the
// caller asks changed() afterwards to have business-day figures recomputed.
class HolidaysDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit HolidaysDialog(HolidayRepository &holidays, QWidget *parent = nullptr);

    // Whether anything was written while the dialog was open.
    bool changed() const { return m_changed; }

    QTableWidget *table() const { return m_table; }
    QDateEdit *dayEdit() const { return m_day; }
    QLineEdit *nameEdit() const { return m_name; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *removeButton() const { return m_remove; }
    // What the last change did or why it failed.
    QString message() const;

    // Reads "day,name" rows (a header naming both columns first) and adds or
    // renames each; nothing is written if a row is bad. The error text, empty
    // on success.
    QString importCsv(const QString &path);

signals:
    void holidaysChanged();

private:
    void reload(const QList<QDate> &select);
    void addHoliday();
    void removeSelected();
    void chooseAndImport();
    void updateButtons();
    void report(const QString &text, bool failed);
    QList<QDate> selectedDays() const;
    void markChanged();

    HolidayRepository &m_holidays;
    bool m_changed = false;
    QLabel *m_note = nullptr;
    QTableWidget *m_table = nullptr;
    QDateEdit *m_day = nullptr;
    QLineEdit *m_name = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_import = nullptr;
    QAction *m_removeAction = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace Yardstick
