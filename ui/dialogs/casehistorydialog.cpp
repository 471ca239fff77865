// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "casehistorydialog.h"

#include "shownmoment.h"
#include "usecases/caseimportservice.h"
#include "workbench/workbench.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Yardstick {

namespace {

QTableWidget *readOnlyTable(const QStringList &headers, const QString &name,
                            const QString &accessibleName, QWidget *parent)
{
    auto *table = new QTableWidget(0, int(headers.size()), parent);
    table->setObjectName(name);
    table->setAccessibleName(accessibleName);
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->setHighlightSections(false);
    return table;
}

void addRow(QTableWidget *table, const QStringList &cells)
{
    const int row = table->rowCount();
    table->insertRow(row);
    for (int column = 0; column < cells.size(); ++column) {
        auto *item = new QTableWidgetItem(cells.at(column));
        item->setToolTip(cells.at(column));
        table->setItem(row, column, item);
    }
}

// A stored moment as the import wizard shows it ("2 Nov 2026 09:30").
QString momentText(const std::optional<Moment> &moment)
{
    return moment ? shownMoment(*moment) : QString();
}

// A history value as the stored values show it: dates in the locale's form.
QString changeValue(const QString &field, const QString &value)
{
    if (value.isEmpty())
        return CaseHistoryDialog::tr("(none)");
    if (field == QLatin1String("received") || field == QLatin1String("completed")) {
        if (const std::optional<Moment> moment = Moment::fromIsoString(value))
            return momentText(moment);
    }
    return value;
}

QString fieldName(const QString &key)
{
    if (const std::optional<CaseField> field = caseFieldFromKey(key))
        return caseFieldDisplayName(*field);
    return key;
}

} // namespace

CaseHistoryDialog::CaseHistoryDialog(Workbench &workbench, QWidget *parent)
    : QDialog(parent)
    , m_imports(workbench.caseImports())
{
    setWindowTitle(tr("Case History"));
    auto *note = new QLabel(tr("A case's stored values and every change a re-import made to it "
                               "(next week's export of a case that was open, a corrected "
                               "value), oldest first."),
                            this);
    note->setWordWrap(true);

    m_caseId = new QLineEdit(this);
    m_caseId->setObjectName(QStringLiteral("caseIdEdit"));
    m_caseId->setPlaceholderText(tr("e.g. INC0010002"));
    m_caseId->setClearButtonEnabled(true);
    m_service = new QComboBox(this);
    m_service->setObjectName(QStringLiteral("caseServiceCombo"));
    m_service->addItem(tr("Any service"));
    for (const Service &service : workbench.services().all())
        m_service->addItem(service.name, service.id);
    auto *findButton = new QPushButton(tr("&Find"), this);
    findButton->setObjectName(QStringLiteral("findCaseButton"));
    findButton->setDefault(true);

    auto *form = new QFormLayout;
    auto *idRow = new QHBoxLayout;
    idRow->addWidget(m_caseId, 1);
    idRow->addWidget(m_service);
    idRow->addWidget(findButton);
    auto *idLabel = new QLabel(tr("Case &id:"), this);
    idLabel->setBuddy(m_caseId);
    form->addRow(idLabel, idRow);

    m_cases = readOnlyTable({tr("Service"), tr("Received"), tr("Completed"), tr("Right first time"),
                             tr("Department"), tr("Key customer")},
                            QStringLiteral("caseValuesTable"), tr("Stored values"), this);
    m_changes = readOnlyTable(
        {tr("Service"), tr("Imported"), tr("File"), tr("Field"), tr("Was"), tr("Became")},
        QStringLiteral("caseChangesTable"), tr("Changes"), this);
    // Usually one case: room for a few, the rest of the height for the changes.
    m_cases->setMaximumHeight(m_cases->horizontalHeader()->sizeHint().height() +
                              4 * m_cases->verticalHeader()->defaultSectionSize() + 4);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("caseHistoryStatus"));
    m_status->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(findButton, &QPushButton::clicked, this, &CaseHistoryDialog::find);
    connect(m_caseId, &QLineEdit::returnPressed, this, &CaseHistoryDialog::find);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(note);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("Stored values"), this));
    layout->addWidget(m_cases);
    layout->addWidget(new QLabel(tr("Changes by re-imports"), this));
    layout->addWidget(m_changes, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(900, 480);
}

void CaseHistoryDialog::showCase(const QString &caseId)
{
    m_caseId->setText(caseId);
    find();
}

void CaseHistoryDialog::find()
{
    m_cases->setRowCount(0);
    m_changes->setRowCount(0);
    const QString caseId = m_caseId->text().trimmed();
    if (caseId.isEmpty()) {
        m_status->setText(tr("Type a case id."));
        return;
    }
    const QVariant service = m_service->currentData();
    const QList<CaseHistory> histories = m_imports.caseHistory(
        caseId, service.isValid() ? std::optional<qint64>(service.toLongLong()) : std::nullopt);
    if (histories.isEmpty()) {
        m_status->setText(tr("No case \"%1\" in this workbench.").arg(caseId));
        return;
    }
    qsizetype changes = 0;
    for (const CaseHistory &history : histories) {
        const CaseRecord &record = history.record;
        addRow(m_cases,
               {history.service, momentText(record.receivedAt),
                record.completedAt ? momentText(record.completedAt) : tr("open"),
                record.rightFirstTime == RightFirstTime::Unknown
                    ? tr("unknown")
                    : (record.rightFirstTime == RightFirstTime::Yes ? tr("yes") : tr("no")),
                history.department, record.keyCustomer ? tr("yes") : tr("no")});
        for (const CaseHistory::Change &change : history.changes) {
            addRow(m_changes, {history.service,
                               QLocale().toString(change.importedAt.toLocalTime(),
                                                  QStringLiteral("d MMM yyyy HH:mm")),
                               change.importFile, fieldName(change.field),
                               changeValue(change.field, change.oldValue),
                               changeValue(change.field, change.newValue)});
        }
        changes += history.changes.size();
    }
    m_status->setText(changes == 0 ? tr("No changes since the case was first imported.")
                                   : tr("%n change(s) by re-imports.", nullptr, int(changes)));
}

} // namespace Yardstick
