// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "orgunitmergedialog.h"

#include "usecases/organisationservice.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace Yardstick {

OrgUnitMergeDialog::OrgUnitMergeDialog(const OrganisationService &organisation, const OrgUnit &from,
                                       QWidget *parent)
    : QDialog(parent)
    , m_from(from)
    , m_usage(organisation.usage(from))
{
    switch (from.kind) {
    case OrgUnitKind::Service:
        setWindowTitle(tr("Merge Service %1").arg(from.name));
        break;
    case OrgUnitKind::Department:
        setWindowTitle(tr("Merge Department %1").arg(from.name));
        break;
    case OrgUnitKind::Dimension:
        setWindowTitle(tr("Merge Dimension %1").arg(from.name));
        break;
    }
    m_targets = new QComboBox(this);
    m_targets->setObjectName(QStringLiteral("mergeTargetCombo"));
    for (const OrgUnit &u : organisation.units(from.kind)) {
        if (u.id == from.id)
            continue;
        m_candidates.append(u);
        m_targets->addItem(u.retired ? tr("%1 (%2, retired)").arg(u.name, u.code)
                                     : tr("%1 (%2)").arg(u.name, u.code),
                           u.id);
    }
    // Most merges join two spellings of one thing ("Card replacements" into
    // "Card replacement"): the name sharing the longest start comes first.
    int best = -1;
    int bestLength = 0;
    for (int i = 0; i < m_candidates.size(); ++i) {
        const QString &name = m_candidates.at(i).name;
        int length = 0;
        while (length < qMin(name.size(), from.name.size()) &&
               name.at(length).toCaseFolded() == from.name.at(length).toCaseFolded())
            ++length;
        if (length > bestLength) {
            best = i;
            bestLength = length;
        }
    }
    if (best >= 0)
        m_targets->setCurrentIndex(best);
    m_explanation = new QLabel(this);
    m_explanation->setObjectName(QStringLiteral("mergeExplanation"));
    m_explanation->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("Merge &into:"), m_targets);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Merge"));
    buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_candidates.isEmpty());
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_explanation);
    layout->addWidget(buttons);
    setMinimumWidth(460);
    connect(m_targets, &QComboBox::currentIndexChanged, this, &OrgUnitMergeDialog::explain);
    explain();
}

OrgUnit OrgUnitMergeDialog::into() const
{
    const int index = m_targets->currentIndex();
    return index >= 0 ? m_candidates.at(index) : OrgUnit{};
}

QString OrgUnitMergeDialog::explanation() const
{
    return m_explanation->text();
}

void OrgUnitMergeDialog::explain()
{
    if (m_candidates.isEmpty()) {
        m_explanation->setText(m_from.kind == OrgUnitKind::Service
                                   ? tr("There is no other service to merge into.")
                               : m_from.kind == OrgUnitKind::Department
                                   ? tr("There is no other department to merge into.")
                                   : tr("There is no other dimension to merge into."));
        return;
    }
    const QString moved = usageText(m_usage);
    const OrgUnit target = into();
    m_explanation->setText(
        moved.isEmpty()
            ? tr("Nothing names %1 yet; it is removed and %2 stays. Edit › Undo brings it back.")
                  .arg(m_from.name, target.name)
            : tr("%1 will then belong to %2, and %3 is removed. Edit › Undo puts everything "
                 "back.")
                  .arg(moved, target.name, m_from.name));
}

QString OrgUnitMergeDialog::usageText(const OrgUnitUsage &usage)
{
    const QLocale locale;
    QStringList parts;
    // %Ln: the count in the user's locale (1,204).
    if (usage.standards > 0)
        parts.append(tr("%Ln standard(s)", nullptr, usage.standards));
    if (usage.cases > 0)
        parts.append(tr("%Ln case(s)", nullptr, usage.cases));
    if (usage.letters > 0)
        parts.append(tr("%Ln letter(s)", nullptr, usage.letters));
    if (usage.surveys > 0)
        parts.append(tr("%Ln survey(s)", nullptr, usage.surveys));
    if (usage.audits > 0)
        parts.append(tr("%Ln audit(s)", nullptr, usage.audits));
    return locale.createSeparatedList(parts);
}

} // namespace Yardstick
