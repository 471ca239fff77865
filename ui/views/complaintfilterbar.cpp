// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "complaintfilterbar.h"

#include "itemmodels/lettertext.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>

namespace Yardstick {

namespace {

// A date edit cannot be empty: its lowest date stands for "no limit" and
// reads as the special text.
const QDate kNoLimit(2000, 1, 1);

std::optional<qint64> chosenId(const QComboBox *combo)
{
    const QVariant data = combo->currentData();
    return data.isValid() ? std::optional<qint64>(data.toLongLong()) : std::nullopt;
}

std::optional<int> chosenInt(const QComboBox *combo)
{
    const QVariant data = combo->currentData();
    return data.isValid() ? std::optional<int>(data.toInt()) : std::nullopt;
}

void refill(QComboBox *combo, const QString &all, const QList<std::pair<QString, qint64>> &items)
{
    const QVariant chosen = combo->currentData();
    const QSignalBlocker blocker(combo);
    combo->clear();
    combo->addItem(all);
    for (const auto &[name, id] : items)
        combo->addItem(name, id);
    const int index = chosen.isValid() ? combo->findData(chosen) : 0;
    combo->setCurrentIndex(qMax(0, index));
}

} // namespace

ComplaintFilterBar::ComplaintFilterBar(QWidget *parent)
    : QWidget(parent)
{
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("complaintSearch"));
    m_search->setPlaceholderText(tr("Search reference, customer or text"));
    m_search->setClearButtonEnabled(true);
    const auto combo = [this](const char *name) {
        auto *c = new QComboBox(this);
        c->setObjectName(QLatin1String(name));
        c->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        return c;
    };
    m_service = combo("complaintServiceFilter");
    m_dimension = combo("complaintDimensionFilter");
    m_status = combo("complaintStatusFilter");
    m_status->addItem(tr("Any status"));
    for (LetterStatus s : {LetterStatus::New, LetterStatus::InProgress, LetterStatus::Resolved})
        m_status->addItem(LetterText::statusName(s), int(s));
    m_labelStatus = combo("complaintLabelFilter");
    m_labelStatus->addItem(tr("Any labels"));
    m_labelStatus->addItem(tr("Not yet confirmed"), ComplaintFilter::kNotConfirmed);
    for (LabelStatus s : {LabelStatus::Unlabelled, LabelStatus::Suggested, LabelStatus::Confirmed})
        m_labelStatus->addItem(LetterText::labelStatusName(s), int(s));
    m_keyOnly = new QCheckBox(tr("&Key customers only"), this);
    m_keyOnly->setObjectName(QStringLiteral("complaintKeyFilter"));
    m_from = dateEdit("complaintFromFilter");
    m_to = dateEdit("complaintToFilter");
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("complaintCount"));
    setReference(ReferenceData());

    // Two rows: the search and the choices would not fit one row beside the
    // reader pane on a laptop screen.
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *first = new QHBoxLayout;
    first->addWidget(m_search, 1);
    first->addWidget(m_keyOnly);
    first->addWidget(new QLabel(tr("Received from"), this));
    first->addWidget(m_from);
    first->addWidget(new QLabel(tr("to"), this));
    first->addWidget(m_to);
    auto *second = new QHBoxLayout;
    for (QComboBox *c : {m_service, m_dimension, m_status, m_labelStatus})
        second->addWidget(c);
    second->addStretch(1);
    second->addWidget(m_count);
    layout->addLayout(first, 0, 0);
    layout->addLayout(second, 1, 0);

    connect(m_search, &QLineEdit::textChanged, this, &ComplaintFilterBar::announce);
    for (QComboBox *c : {m_service, m_dimension, m_status, m_labelStatus})
        connect(c, &QComboBox::currentIndexChanged, this, &ComplaintFilterBar::announce);
    connect(m_keyOnly, &QCheckBox::toggled, this, &ComplaintFilterBar::announce);
    for (QDateEdit *d : {m_from, m_to})
        connect(d, &QDateEdit::dateChanged, this, &ComplaintFilterBar::announce);
}

QDateEdit *ComplaintFilterBar::dateEdit(const char *name)
{
    auto *edit = new QDateEdit(this);
    edit->setObjectName(QLatin1String(name));
    edit->setCalendarPopup(true);
    edit->setMinimumDate(kNoLimit);
    edit->setSpecialValueText(tr("any day"));
    edit->setDate(kNoLimit);
    edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    return edit;
}

void ComplaintFilterBar::setReference(const ReferenceData &reference)
{
    QList<std::pair<QString, qint64>> services;
    for (const Service &s : reference.services)
        services.append({s.name, s.id});
    refill(m_service, tr("All services"), services);
    QList<std::pair<QString, qint64>> dimensions;
    for (const Dimension &d : reference.dimensions)
        dimensions.append({d.name, d.id});
    refill(m_dimension, tr("All dimensions"), dimensions);
}

ComplaintFilter ComplaintFilterBar::filter() const
{
    ComplaintFilter f;
    f.text = m_search->text();
    f.serviceId = chosenId(m_service);
    f.dimensionId = chosenId(m_dimension);
    f.status = chosenInt(m_status);
    f.labelStatus = chosenInt(m_labelStatus);
    f.keyCustomersOnly = m_keyOnly->isChecked();
    if (m_from->date() != kNoLimit)
        f.from = m_from->date();
    if (m_to->date() != kNoLimit)
        f.to = m_to->date();
    return f;
}

void ComplaintFilterBar::setCount(int shown, int total, int unconfirmed)
{
    const QLocale locale;
    if (unconfirmed > 0) {
        m_count->setText(
            tr("Letters: %1 of %2, %3 of them by a suggestion not yet confirmed")
                .arg(locale.toString(shown), locale.toString(total), locale.toString(unconfirmed)));
        return;
    }
    m_count->setText(
        shown == total
            ? tr("Letters: %1").arg(locale.toString(total))
            : tr("Letters: %1 of %2").arg(locale.toString(shown), locale.toString(total)));
}

void ComplaintFilterBar::announce()
{
    emit filterChanged(filter());
}

} // namespace Yardstick
