// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "servicepicker.h"

#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace Yardstick {

ServicePicker::ServicePicker(QWidget *parent)
    : QFrame(parent, Qt::Popup)
{
    setObjectName(QStringLiteral("servicePicker"));
    setFrameShape(QFrame::StyledPanel);
    m_field = new QLineEdit(this);
    m_field->setObjectName(QStringLiteral("servicePickerField"));
    m_field->setPlaceholderText(tr("Service: type its code or name"));
    m_matches = new QListWidget(this);
    m_matches->setObjectName(QStringLiteral("servicePickerMatches"));
    m_matches->setFocusPolicy(Qt::NoFocus);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(new QLabel(tr("Correct the service (Return takes it, Esc cancels)"), this));
    layout->addWidget(m_field);
    layout->addWidget(m_matches);
    m_field->installEventFilter(this);
    connect(m_field, &QLineEdit::textChanged, this, &ServicePicker::refilter);
    connect(m_field, &QLineEdit::returnPressed, this, &ServicePicker::accept);
    connect(m_matches, &QListWidget::itemClicked, this, &ServicePicker::accept);
}

void ServicePicker::setServices(const QList<Service> &services)
{
    m_services = services;
    refilter();
}

QList<Service> ServicePicker::matching(const QList<Service> &services, const QString &typed)
{
    const QString text = typed.trimmed();
    if (text.isEmpty())
        return services;
    QList<Service> byCode;
    QList<Service> byName;
    static const QRegularExpression wordBreak(QStringLiteral("[\\s\\-/]+"));
    for (const Service &s : services) {
        if (s.code.startsWith(text, Qt::CaseInsensitive)) {
            byCode.append(s);
            continue;
        }
        if (s.name.startsWith(text, Qt::CaseInsensitive)) {
            byName.append(s);
            continue;
        }
        const QStringList words = s.name.split(wordBreak, Qt::SkipEmptyParts);
        for (const QString &word : words) {
            if (word.startsWith(text, Qt::CaseInsensitive)) {
                byName.append(s);
                break;
            }
        }
    }
    return byCode + byName;
}

void ServicePicker::refilter()
{
    m_matches->clear();
    for (const Service &s : matching(m_services, m_field->text())) {
        auto *item = new QListWidgetItem(tr("%1 — %2").arg(s.code, s.name), m_matches);
        item->setData(Qt::UserRole, s.id);
    }
    if (m_matches->count() > 0)
        m_matches->setCurrentRow(0);
}

void ServicePicker::popUp(QWidget *over)
{
    m_field->clear();
    refilter();
    resize(qMax(360, over->width() / 2), 300);
    move(over->mapToGlobal(QPoint(24, 24)));
    show();
    m_field->setFocus();
}

void ServicePicker::accept()
{
    QListWidgetItem *item = m_matches->currentItem();
    if (!item)
        return; // nothing matches: keep typing or Esc
    const qint64 id = item->data(Qt::UserRole).toLongLong();
    hide();
    emit chosen(id);
}

bool ServicePicker::eventFilter(QObject *watched, QEvent *event)
{
    // Up and Down move through the matches while the typing stays in the field.
    if (watched == m_field && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const int row = m_matches->currentRow();
        if (key->key() == Qt::Key_Down && row + 1 < m_matches->count()) {
            m_matches->setCurrentRow(row + 1);
            return true;
        }
        if (key->key() == Qt::Key_Up && row > 0) {
            m_matches->setCurrentRow(row - 1);
            return true;
        }
    }
    return QFrame::eventFilter(watched, event);
}

} // namespace Yardstick
