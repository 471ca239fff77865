// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectdialog.h"

#include "storage/serveraddress.h"
#include "workbench/workbench.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QUrl>
#include <QVBoxLayout>

namespace Yardstick {

ConnectDialog::ConnectDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Connect to Team Workbench"));
    m_host = new QLineEdit(QStringLiteral("localhost"), this);
    m_host->setObjectName(QStringLiteral("host"));
    m_port = new QSpinBox(this);
    m_port->setObjectName(QStringLiteral("port"));
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_database = new QLineEdit(this);
    m_database->setObjectName(QStringLiteral("database"));
    m_database->setPlaceholderText(tr("the team's database, e.g. qa_team"));
    m_user = new QLineEdit(qEnvironmentVariable("USER"), this);
    m_user->setObjectName(QStringLiteral("user"));
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("empty: from ~/.pgpass or not needed"));

    // Wide enough for the hints in the empty fields, which say what to type.
    for (QLineEdit *field : {m_database, m_password}) {
        field->setMinimumWidth(field->fontMetrics().horizontalAdvance(field->placeholderText()) +
                               4 * field->fontMetrics().averageCharWidth());
    }

    auto *form = new QFormLayout;
    form->addRow(tr("&Server:"), m_host);
    form->addRow(tr("&Port:"), m_port);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("Pass&word:"), m_password);

    m_result = new QLabel(
        tr("The password is used for this session only; Yardstick never stores it."), this);
    m_result->setObjectName(QStringLiteral("result"));
    m_result->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(this);
    m_connect = buttons->addButton(tr("&Connect"), QDialogButtonBox::AcceptRole);
    m_test = buttons->addButton(tr("&Test"), QDialogButtonBox::ActionRole);
    m_test->setObjectName(QStringLiteral("test"));
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_test, &QPushButton::clicked, this, &ConnectDialog::test);
    for (QLineEdit *field : {m_host, m_database, m_user})
        connect(field, &QLineEdit::textChanged, this, &ConnectDialog::updateButtons);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_result);
    layout->addWidget(buttons);
    updateButtons();
}

QString ConnectDialog::address() const
{
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setHost(m_host->text().trimmed());
    url.setPort(m_port->value());
    url.setUserName(m_user->text().trimmed());
    if (!m_password->text().isEmpty())
        url.setPassword(m_password->text());
    url.setPath(QLatin1Char('/') + m_database->text().trimmed());
    return url.toString(QUrl::FullyEncoded);
}

QString ConnectDialog::testResult() const
{
    return m_result->text();
}

void ConnectDialog::updateButtons()
{
    const bool complete = !m_host->text().trimmed().isEmpty() &&
                          !m_database->text().trimmed().isEmpty() &&
                          !m_user->text().trimmed().isEmpty();
    m_connect->setEnabled(complete);
    m_test->setEnabled(complete);
}

void ConnectDialog::test()
{
    m_result->setText(tr("Connecting to %1…").arg(ServerAddress::shown(address())));
    m_result->repaint();
    Workbench::OpenResult opened = Workbench::open(address());
    if (!opened.workbench) {
        m_result->setText(opened.error.message);
        return;
    }
    m_result->setText(tr("Connected: a team workbench with %n standard(s).", nullptr,
                         int(opened.workbench->standardRepository().all().size())));
}

} // namespace Yardstick
