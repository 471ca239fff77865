// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "organisationdialog.h"

#include "commands/orgunitcommands.h"
#include "orgunitdialog.h"
#include "orgunitmergedialog.h"
#include "usecases/organisationservice.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace Yardstick {

namespace {

constexpr int kIdRole = Qt::UserRole;

enum Column
{
    NameColumn,
    CodeColumn,
    UsedByColumn,
    StatusColumn,
};

QTreeWidget *makeList(QWidget *parent, const char *name, const QString &codeHeader)
{
    auto *list = new QTreeWidget(parent);
    list->setObjectName(QLatin1String(name));
    list->setRootIsDecorated(false);
    list->setUniformRowHeights(true);
    list->setAlternatingRowColors(true);
    list->setHeaderLabels({OrganisationDialog::tr("Name"), codeHeader,
                           OrganisationDialog::tr("Used by"), OrganisationDialog::tr("Status")});
    list->header()->setSectionResizeMode(UsedByColumn, QHeaderView::Stretch);
    list->header()->setStretchLastSection(false);
    return list;
}

} // namespace

OrganisationDialog::OrganisationDialog(OrganisationService &organisation, QUndoStack &undoStack,
                                       CommandErrorReporter report, QWidget *parent)
    : QDialog(parent)
    , m_organisation(organisation)
    , m_undoStack(undoStack)
    , m_report(std::move(report))
{
    setObjectName(QStringLiteral("organisationDialog"));
    setWindowTitle(tr("Services & Departments"));
    m_services = makeList(this, "servicesList", tr("Code"));
    m_departments = makeList(this, "departmentsList", tr("Code"));
    m_dimensions = makeList(this, "dimensionsList", tr("Key"));
    m_tabs = new QTabWidget(this);
    m_tabs->addTab(m_services, tr("&Services"));
    m_tabs->addTab(m_departments, tr("&Departments"));
    m_tabs->addTab(m_dimensions, tr("D&imensions"));

    m_add = new QPushButton(tr("&Add…"), this);
    m_add->setObjectName(QStringLiteral("addButton"));
    m_rename = new QPushButton(tr("&Rename…"), this);
    m_rename->setObjectName(QStringLiteral("renameButton"));
    m_merge = new QPushButton(tr("&Merge into…"), this);
    m_merge->setObjectName(QStringLiteral("mergeButton"));
    m_retire = new QPushButton(tr("Re&tire"), this);
    m_retire->setObjectName(QStringLiteral("retireButton"));
    auto *buttons = new QVBoxLayout;
    for (QPushButton *button : {m_add, m_rename, m_merge, m_retire})
        buttons->addWidget(button);
    buttons->addStretch();

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("messageLabel"));
    m_message->setWordWrap(true);
    auto *hint = new QLabel(tr("Retired ones are left out of the lists new standards, letters "
                               "and surveys are given; what already names them keeps them. "
                               "Edit › Undo takes back each change."),
                            this);
    hint->setWordWrap(true);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *row = new QHBoxLayout;
    row->addWidget(m_tabs, 1);
    row->addLayout(buttons);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row, 1);
    layout->addWidget(m_message);
    layout->addWidget(hint);
    layout->addWidget(close);
    resize(720, 420);

    connect(m_add, &QPushButton::clicked, this, &OrganisationDialog::addUnit);
    connect(m_rename, &QPushButton::clicked, this, &OrganisationDialog::renameSelected);
    connect(m_merge, &QPushButton::clicked, this, &OrganisationDialog::mergeSelected);
    connect(m_retire, &QPushButton::clicked, this, &OrganisationDialog::toggleRetired);
    connect(m_tabs, &QTabWidget::currentChanged, this, &OrganisationDialog::updateButtons);
    for (QTreeWidget *list : {m_services, m_departments, m_dimensions}) {
        connect(list, &QTreeWidget::currentItemChanged, this, &OrganisationDialog::updateButtons);
        connect(list, &QTreeWidget::itemDoubleClicked, this, &OrganisationDialog::renameSelected);
    }
    connect(&m_organisation, &OrganisationService::unitsChanged, this, &OrganisationDialog::fill);
    reload();
}

OrgUnitKind OrganisationDialog::currentKind() const
{
    switch (m_tabs->currentIndex()) {
    case 1:
        return OrgUnitKind::Department;
    case 2:
        return OrgUnitKind::Dimension;
    default:
        return OrgUnitKind::Service;
    }
}

void OrganisationDialog::showKind(OrgUnitKind kind)
{
    m_tabs->setCurrentIndex(kind == OrgUnitKind::Department  ? 1
                            : kind == OrgUnitKind::Dimension ? 2
                                                             : 0);
}

QTreeWidget *OrganisationDialog::list(OrgUnitKind kind) const
{
    switch (kind) {
    case OrgUnitKind::Department:
        return m_departments;
    case OrgUnitKind::Dimension:
        return m_dimensions;
    case OrgUnitKind::Service:
        break;
    }
    return m_services;
}

std::optional<OrgUnit> OrganisationDialog::selected() const
{
    const QTreeWidgetItem *item = list(currentKind())->currentItem();
    if (!item)
        return std::nullopt;
    const QHash<qint64, OrgUnit> &shown = m_shown[int(currentKind())];
    const auto found = shown.constFind(item->data(NameColumn, kIdRole).toLongLong());
    if (found == shown.cend())
        return std::nullopt;
    return *found;
}

void OrganisationDialog::select(OrgUnitKind kind, qint64 id)
{
    QTreeWidget *tree = list(kind);
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        if (tree->topLevelItem(i)->data(NameColumn, kIdRole).toLongLong() == id) {
            tree->setCurrentItem(tree->topLevelItem(i));
            return;
        }
    }
}

void OrganisationDialog::reload()
{
    fill(OrgUnitKind::Service);
    fill(OrgUnitKind::Department);
    fill(OrgUnitKind::Dimension);
}

void OrganisationDialog::fill(OrgUnitKind kind)
{
    QTreeWidget *tree = list(kind);
    const QTreeWidgetItem *current = tree->currentItem();
    const qint64 keep = current ? current->data(NameColumn, kIdRole).toLongLong() : 0;
    tree->clear();
    QHash<qint64, OrgUnit> &shown = m_shown[int(kind)];
    shown.clear();
    for (const OrgUnit &unit : m_organisation.units(kind)) {
        shown.insert(unit.id, unit);
        const QString used = OrgUnitMergeDialog::usageText(m_organisation.usage(unit));
        auto *item = new QTreeWidgetItem(tree, {unit.name, unit.code,
                                                used.isEmpty() ? tr("nothing yet") : used,
                                                unit.retired ? tr("Retired") : tr("Active")});
        item->setData(NameColumn, kIdRole, unit.id);
        if (unit.retired) {
            for (int column = 0; column < tree->columnCount(); ++column)
                item->setForeground(column, palette().brush(QPalette::Disabled, QPalette::Text));
        }
    }
    for (int column : {NameColumn, CodeColumn, StatusColumn})
        tree->resizeColumnToContents(column);
    if (keep != 0)
        select(kind, keep);
    if (!tree->currentItem() && tree->topLevelItemCount() > 0)
        tree->setCurrentItem(tree->topLevelItem(0));
    updateButtons();
}

void OrganisationDialog::updateButtons()
{
    const std::optional<OrgUnit> unit = selected();
    const OrgUnitKind kind = currentKind();
    m_add->setText(kind == OrgUnitKind::Service      ? tr("&Add Service…")
                   : kind == OrgUnitKind::Department ? tr("&Add Department…")
                                                     : tr("&Add Dimension…"));
    // Dimensions are merged (two spellings of one) but not retired: an
    // unused one is simply left unused.
    const bool dimension = kind == OrgUnitKind::Dimension;
    m_rename->setEnabled(unit.has_value());
    m_merge->setEnabled(unit && list(kind)->topLevelItemCount() > 1);
    m_retire->setEnabled(unit && !dimension);
    m_retire->setText(unit && unit->retired ? tr("Res&tore") : tr("Re&tire"));
}

void OrganisationDialog::report(const QString &message)
{
    m_message->setStyleSheet(QStringLiteral("color: #a4262c;"));
    m_message->setText(message);
}

OrgUnitDialog *OrganisationDialog::addUnit()
{
    OrgUnit fresh;
    fresh.kind = currentKind();
    auto *dialog = new OrgUnitDialog(m_organisation, fresh, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { applyAdd(dialog->unit()); });
    dialog->open();
    return dialog;
}

void OrganisationDialog::applyAdd(const OrgUnit &unit)
{
    OrgUnit added = unit;
    if (const StorageResult result = m_organisation.add(added); !result.ok()) {
        report(result.error());
        return;
    }
    m_undoStack.push(new AddOrgUnitCommand(m_organisation, added, m_report));
    m_message->clear();
    select(added.kind, added.id);
}

OrgUnitDialog *OrganisationDialog::renameSelected()
{
    const std::optional<OrgUnit> unit = selected();
    if (!unit)
        return nullptr;
    auto *dialog = new OrgUnitDialog(m_organisation, *unit, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog, before = *unit] { applyRename(before, dialog->unit()); });
    dialog->open();
    return dialog;
}

void OrganisationDialog::applyRename(const OrgUnit &before, const OrgUnit &after)
{
    if (before == after)
        return;
    if (const StorageResult result = m_organisation.update(after, before); !result.ok()) {
        report(result.error());
        return;
    }
    const QString text = before.kind == OrgUnitKind::Service
                             ? tr("rename service %1 to %2").arg(before.name, after.name)
                         : before.kind == OrgUnitKind::Department
                             ? tr("rename department %1 to %2").arg(before.name, after.name)
                             : tr("rename dimension %1 to %2").arg(before.name, after.name);
    m_undoStack.push(new EditOrgUnitCommand(m_organisation, before, after, text, m_report));
    m_message->clear();
}

OrgUnitMergeDialog *OrganisationDialog::mergeSelected()
{
    const std::optional<OrgUnit> unit = selected();
    if (!unit)
        return nullptr;
    auto *dialog = new OrgUnitMergeDialog(m_organisation, *unit, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog] { applyMerge(dialog->from(), dialog->into()); });
    dialog->open();
    return dialog;
}

void OrganisationDialog::applyMerge(const OrgUnit &from, const OrgUnit &into)
{
    OrgUnitMerge done;
    if (const StorageResult result = m_organisation.merge(from, into, &done); !result.ok()) {
        report(result.error());
        return;
    }
    m_undoStack.push(new MergeOrgUnitCommand(m_organisation, done, m_report));
    m_message->clear();
    select(into.kind, into.id);
}

void OrganisationDialog::toggleRetired()
{
    const std::optional<OrgUnit> before = selected();
    if (!before)
        return;
    OrgUnit after = *before;
    after.retired = !before->retired;
    if (const StorageResult result = m_organisation.update(after, *before); !result.ok()) {
        report(result.error());
        return;
    }
    const bool service = before->kind == OrgUnitKind::Service;
    const QString text = after.retired ? (service ? tr("retire service %1").arg(before->name)
                                                  : tr("retire department %1").arg(before->name))
                                       : (service ? tr("restore service %1").arg(before->name)
                                                  : tr("restore department %1").arg(before->name));
    m_undoStack.push(new EditOrgUnitCommand(m_organisation, *before, after, text, m_report));
    m_message->clear();
}

} // namespace Yardstick
