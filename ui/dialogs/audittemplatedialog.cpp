// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "audittemplatedialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSet>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Yardstick {

namespace {

enum Column
{
    CodeColumn,
    TextColumn,
    ScaleColumn,
    WeightColumn,
    ColumnCount,
};

// The analyst's locale or C ("1.5" works everywhere).
double numberIn(const QString &text, bool *ok)
{
    double value = QLocale().toDouble(text.trimmed(), ok);
    if (!*ok)
        value = QLocale::c().toDouble(text.trimmed(), ok);
    return value;
}

} // namespace

AuditTemplateDialog::AuditTemplateDialog(const AuditTemplate &checklist, QWidget *parent)
    : QDialog(parent)
    , m_original(checklist)
{
    setWindowTitle(checklist.id == 0 ? tr("New Checklist") : tr("Edit Checklist"));
    m_name = new QLineEdit(checklist.name, this);
    m_name->setObjectName(QStringLiteral("checklistName"));
    m_name->setAccessibleName(tr("Name"));
    m_description = new QLineEdit(checklist.description, this);
    m_description->setAccessibleName(tr("Description"));
    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Description:"), m_description);

    m_items = new QTableWidget(0, ColumnCount, this);
    m_items->setObjectName(QStringLiteral("checklistItems"));
    m_items->setHorizontalHeaderLabels(
        {tr("Code"), tr("Behaviour"), tr("Scale 0 to"), tr("Weight")});
    m_items->horizontalHeader()->setSectionResizeMode(TextColumn, QHeaderView::Stretch);
    m_items->verticalHeader()->hide();
    for (const AuditItem &item : checklist.items)
        addItemRow(item);
    connect(m_items, &QTableWidget::itemChanged, this, &AuditTemplateDialog::revalidate);

    auto *add = new QPushButton(tr("&Add Item"), this);
    auto *remove = new QPushButton(tr("&Remove Item"), this);
    auto *up = new QPushButton(tr("Move &Up"), this);
    connect(add, &QPushButton::clicked, this, [this] {
        AuditItem item;
        item.code = QStringLiteral("ITEM%1").arg(m_items->rowCount() + 1);
        addItemRow(item);
        m_items->editItem(m_items->item(m_items->rowCount() - 1, TextColumn));
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_items->currentRow() >= 0)
            m_items->removeRow(m_items->currentRow());
        revalidate();
    });
    connect(up, &QPushButton::clicked, this, [this] {
        const int row = m_items->currentRow();
        if (row <= 0)
            return;
        for (int c = 0; c < ColumnCount; ++c) {
            QTableWidgetItem *above = m_items->takeItem(row - 1, c);
            m_items->setItem(row - 1, c, m_items->takeItem(row, c));
            m_items->setItem(row, c, above);
        }
        m_items->setCurrentCell(row - 1, m_items->currentColumn());
    });
    auto *itemButtons = new QHBoxLayout;
    itemButtons->addWidget(add);
    itemButtons->addWidget(remove);
    itemButtons->addWidget(up);
    itemButtons->addStretch();

    m_problems = new QLabel(this);
    m_problems->setWordWrap(true);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &AuditTemplateDialog::revalidate);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("Rated items (a rating of 0 to the scale's top; the weight "
                                    "says how much the item counts in the score):"),
                                 this));
    layout->addWidget(m_items);
    layout->addLayout(itemButtons);
    layout->addWidget(m_problems);
    layout->addWidget(m_buttons);
    resize(640, 420);
    revalidate();
}

void AuditTemplateDialog::addItemRow(const AuditItem &item)
{
    QSignalBlocker blocker(m_items);
    const int row = m_items->rowCount();
    m_items->insertRow(row);
    auto *code = new QTableWidgetItem(item.code);
    code->setData(Qt::UserRole, item.id); // the id that keeps its ratings
    m_items->setItem(row, CodeColumn, code);
    m_items->setItem(row, TextColumn, new QTableWidgetItem(item.text));
    m_items->setItem(row, ScaleColumn, new QTableWidgetItem(QLocale().toString(item.scaleMax)));
    m_items->setItem(row, WeightColumn, new QTableWidgetItem(QLocale().toString(item.weight)));
    blocker.unblock();
    revalidate();
}

AuditTemplate AuditTemplateDialog::checklist() const
{
    AuditTemplate t = m_original;
    t.name = m_name->text().trimmed();
    t.description = m_description->text().trimmed();
    t.items.clear();
    for (int row = 0; row < m_items->rowCount(); ++row) {
        AuditItem item;
        const auto text = [&](int column) {
            const QTableWidgetItem *cell = m_items->item(row, column);
            return cell ? cell->text().trimmed() : QString();
        };
        item.id = m_items->item(row, CodeColumn)->data(Qt::UserRole).toLongLong();
        item.templateId = m_original.id;
        item.code = text(CodeColumn);
        item.text = text(TextColumn);
        bool ok = false;
        item.scaleMax = numberIn(text(ScaleColumn), &ok);
        item.weight = numberIn(text(WeightColumn), &ok);
        item.position = row;
        t.items.append(item);
    }
    return t;
}

QStringList AuditTemplateDialog::problems() const
{
    QStringList result;
    if (m_name->text().trimmed().isEmpty())
        result.append(tr("The checklist needs a name."));
    if (m_items->rowCount() == 0)
        result.append(tr("The checklist needs at least one item."));
    QSet<QString> codes;
    for (int row = 0; row < m_items->rowCount(); ++row) {
        const auto text = [&](int column) {
            const QTableWidgetItem *cell = m_items->item(row, column);
            return cell ? cell->text().trimmed() : QString();
        };
        const QString code = text(CodeColumn);
        if (code.isEmpty())
            result.append(tr("Item %1 needs a code.").arg(row + 1));
        else if (codes.contains(code.toCaseFolded()))
            result.append(tr("The code %1 is used twice.").arg(code));
        codes.insert(code.toCaseFolded());
        bool ok = false;
        if (numberIn(text(ScaleColumn), &ok) <= 0 || !ok)
            result.append(tr("The scale of item %1 must be a number above 0.").arg(row + 1));
        if (numberIn(text(WeightColumn), &ok) <= 0 || !ok)
            result.append(tr("The weight of item %1 must be a number above 0.").arg(row + 1));
    }
    return result;
}

void AuditTemplateDialog::revalidate()
{
    if (!m_buttons)
        return;
    const QStringList found = problems();
    m_problems->setText(found.join(QLatin1Char('\n')));
    m_problems->setVisible(!found.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(found.isEmpty());
}

} // namespace Yardstick
