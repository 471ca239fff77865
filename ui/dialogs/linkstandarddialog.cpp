// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "linkstandarddialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSet>
#include <QVBoxLayout>

namespace Yardstick {

LinkStandardDialog::LinkStandardDialog(const QList<Standard> &standards,
                                       const QList<qint64> &suggested, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("linkStandardDialog"));
    setWindowTitle(tr("Link to Standard"));
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("linkSearch"));
    m_search->setPlaceholderText(tr("Filter by code or title"));
    m_search->setClearButtonEnabled(true);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("linkStandards"));
    m_caseId = new QLineEdit(this);
    m_caseId->setObjectName(QStringLiteral("linkCaseId"));
    m_caseId->setPlaceholderText(tr("optional"));

    const auto add = [this](const Standard &s, bool isSuggested) {
        QString text = tr("%1 — %2").arg(s.code, s.title);
        if (isSuggested)
            text = tr("%1 (suggested)").arg(text);
        if (s.status == StandardStatus::Retired)
            text = tr("%1 (retired)").arg(text);
        auto *item = new QListWidgetItem(text, m_list);
        item->setData(Qt::UserRole, s.id);
        if (isSuggested) {
            QFont font = item->font();
            font.setBold(true);
            item->setFont(font);
        }
    };
    QSet<qint64> done;
    for (qint64 id : suggested) {
        for (const Standard &s : standards) {
            if (s.id == id && !done.contains(id)) {
                add(s, true);
                done.insert(id);
            }
        }
    }
    for (const Standard &s : standards) {
        if (!done.contains(s.id))
            add(s, false);
    }
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Link"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::itemDoubleClicked, this, &QDialog::accept);
    connect(m_search, &QLineEdit::textChanged, this, &LinkStandardDialog::refilter);
    connect(m_list, &QListWidget::currentRowChanged, this, [this, buttons] {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(standardId().has_value());
    });
    buttons->button(QDialogButtonBox::Ok)->setEnabled(standardId().has_value());

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("The standard this complaint shows was broken. Suggested: "
                                    "the letter's service in its dimensions."),
                                 this));
    layout->addWidget(m_search);
    layout->addWidget(m_list, 1);
    auto *form = new QFormLayout;
    form->addRow(tr("&Case id:"), m_caseId);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(560, 480);
}

void LinkStandardDialog::refilter()
{
    const QString text = m_search->text().trimmed();
    for (int row = 0; row < m_list->count(); ++row) {
        QListWidgetItem *item = m_list->item(row);
        item->setHidden(!text.isEmpty() && !item->text().contains(text, Qt::CaseInsensitive));
    }
    QListWidgetItem *current = m_list->currentItem();
    if (!current || current->isHidden()) {
        m_list->setCurrentItem(nullptr);
        for (int row = 0; row < m_list->count(); ++row) {
            if (!m_list->item(row)->isHidden()) {
                m_list->setCurrentRow(row);
                break;
            }
        }
    }
}

std::optional<qint64> LinkStandardDialog::standardId() const
{
    const QListWidgetItem *item = m_list->currentItem();
    if (!item || item->isHidden())
        return std::nullopt;
    return item->data(Qt::UserRole).toLongLong();
}

QString LinkStandardDialog::caseId() const
{
    return m_caseId->text().trimmed();
}

} // namespace Yardstick
