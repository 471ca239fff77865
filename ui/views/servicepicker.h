// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/service.h"

#include <QFrame>
#include <QList>

class QLineEdit;
class QListWidget;

namespace Yardstick {

// The quick service picker the S key opens over the complaint list: type
// the first letters of a service's code or of any word of its name, Return
// takes the first (or the chosen) match, Escape leaves the letter as it was.
class ServicePicker final : public QFrame
{
    Q_OBJECT

public:
    explicit ServicePicker(QWidget *parent = nullptr);

    void setServices(const QList<Service> &services);
    // Shows the picker at the top of `over`, empty, with the keyboard in it.
    void popUp(QWidget *over);
    QLineEdit *field() const { return m_field; }
    QListWidget *matches() const { return m_matches; }

    // Services whose code or a word of whose name begins with `typed`
    // (case-insensitive), codes matched first.
    static QList<Service> matching(const QList<Service> &services, const QString &typed);

signals:
    void chosen(qint64 serviceId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void refilter();
    void accept();

    QList<Service> m_services;
    QLineEdit *m_field = nullptr;
    QListWidget *m_matches = nullptr;
};

} // namespace Yardstick
