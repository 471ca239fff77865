// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLabel;
class QPushButton;
class QLineEdit;
class QSpinBox;

namespace Yardstick {

// File → Connect to Team Workbench…: the server, port, database and user of
// a team workbench on PostgreSQL, and a Test button that connects and says
// what it found. The password is only for this session: it goes into the
// address the window opens, never into the recent list or the settings
// (libpq's .pgpass is the way to remember one).
class ConnectDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit ConnectDialog(QWidget *parent = nullptr);

    // postgresql://user[:password]@host:port/database, the parts
    // percent-encoded.
    QString address() const;
    // The words under the fields after Test (for tests).
    QString testResult() const;

public slots:
    void test();

private:
    void updateButtons();

    QLineEdit *m_host = nullptr;
    QSpinBox *m_port = nullptr;
    QLineEdit *m_database = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_password = nullptr;
    QLabel *m_result = nullptr;
    QPushButton *m_connect = nullptr;
    QPushButton *m_test = nullptr;
};

} // namespace Yardstick
