// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "auditsview.h"

#include "audits/auditimport.h"
#include "audits/auditmeasurements.h"
#include "audits/auditscore.h"
#include "commands/auditcommands.h"
#include "dialogs/auditdialog.h"
#include "dialogs/audittemplatedialog.h"
#include "dialogs/importresultdialog.h"
#include "jobs/importrunner.h"
#include "workbench/workbench.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace Yardstick {

namespace {

constexpr PeriodKind kPeriod = PeriodKind::Month;
const QLatin1String kFolderKey("audits/lastFolder");
const QLatin1String kTemplateKey("audits/template");

// Slipping rows stand out by a warm background and by a symbol in their
// text, so the mark survives a grey-scale print and colour blindness.
const QColor kSlipColour(255, 222, 200);

QTableWidgetItem *readOnly(const QString &text, Qt::Alignment alignment = Qt::AlignLeft)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    item->setTextAlignment(alignment | Qt::AlignVCenter);
    return item;
}

QString percentText(const std::optional<double> &value)
{
    return value ? QLocale().toString(*value, 'f', 1) : QString();
}

QTableWidget *makeTable(QWidget *parent, const QString &name)
{
    auto *table = new QTableWidget(parent);
    table->setObjectName(name);
    table->setSelectionBehavior(QAbstractItemView::SelectItems);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    table->setAlternatingRowColors(true);
    return table;
}

} // namespace

AuditsView::AuditsView(QSettings &settings, QUndoStack &undoStack, QWidget *parent)
    : QWidget(parent)
    , m_settings(settings)
    , m_undoStack(undoStack)
{
    m_template = new QComboBox(this);
    m_template->setObjectName(QStringLiteral("auditTemplate"));
    m_template->setAccessibleName(tr("Checklist"));
    m_template->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto *templateLabel = new QLabel(tr("&Checklist:"), this);
    templateLabel->setBuddy(m_template);

    m_record = new QPushButton(tr("&Record Audit\u2026"), this);
    m_record->setObjectName(QStringLiteral("recordAudit"));
    auto *edit = new QPushButton(tr("&Edit Checklist\u2026"), this);
    auto *create = new QPushButton(tr("&New Checklist\u2026"), this);
    auto *import = new QPushButton(tr("&Import Audits\u2026"), this);
    auto *feed = new QPushButton(tr("&Feed Standard\u2026"), this);
    m_delete = new QPushButton(tr("&Delete Audit"), this);
    m_delete->setObjectName(QStringLiteral("deleteAudit"));
    m_needsChecklist = {m_record, edit, import, feed};
    connect(m_record, &QPushButton::clicked, this, &AuditsView::recordAudit);
    connect(edit, &QPushButton::clicked, this, &AuditsView::editChecklist);
    connect(create, &QPushButton::clicked, this, &AuditsView::newChecklist);
    connect(import, &QPushButton::clicked, this, &AuditsView::importAudits);
    connect(feed, &QPushButton::clicked, this, &AuditsView::feedStandard);
    connect(m_delete, &QPushButton::clicked, this, &AuditsView::deleteAudit);

    auto *bar = new QHBoxLayout;
    bar->addWidget(templateLabel);
    bar->addWidget(m_template);
    bar->addSpacing(12);
    for (QPushButton *button : {m_record, edit, create, import, feed})
        bar->addWidget(button);
    bar->addStretch();

    m_feedLabel = new QLabel(this);
    m_feedLabel->setObjectName(QStringLiteral("auditFeeds"));
    m_feedLabel->setWordWrap(true);

    m_scores = makeTable(this, QStringLiteral("auditScores"));
    m_scores->setToolTip(tr("Mean audit score in percent, with the number of audits in "
                            "brackets. Select a month (and a department) to see its items."));
    m_items = makeTable(this, QStringLiteral("auditItems"));
    m_items->setColumnCount(7);
    m_items->setHorizontalHeaderLabels({tr("Behaviour"), tr("Ratings"), tr("Mean %"),
                                        tr("Previous %"), tr("12-month average %"), tr("Drop"),
                                        tr("Status")});
    m_items->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_audits = makeTable(this, QStringLiteral("auditList"));
    m_audits->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_audits->setColumnCount(5);
    m_audits->setHorizontalHeaderLabels(
        {tr("Date"), tr("Department"), tr("Auditor"), tr("Subject"), tr("Score %")});
    m_audits->horizontalHeader()->setStretchLastSection(true);
    m_itemsTitle = new QLabel(this);

    auto *itemsPane = new QWidget(this);
    auto *itemsLayout = new QVBoxLayout(itemsPane);
    itemsLayout->setContentsMargins(0, 0, 0, 0);
    itemsLayout->addWidget(m_itemsTitle);
    itemsLayout->addWidget(m_items);
    auto *auditsPane = new QWidget(this);
    auto *auditsLayout = new QVBoxLayout(auditsPane);
    auditsLayout->setContentsMargins(0, 0, 0, 0);
    auditsLayout->addWidget(new QLabel(tr("Audits in the selection:"), auditsPane));
    auditsLayout->addWidget(m_audits);
    auditsLayout->addWidget(m_delete, 0, Qt::AlignRight);

    auto *lower = new QSplitter(Qt::Horizontal, this);
    lower->addWidget(itemsPane);
    lower->addWidget(auditsPane);
    lower->setStretchFactor(0, 3);
    lower->setStretchFactor(1, 2);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_scores);
    splitter->addWidget(lower);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_feedLabel);
    layout->addWidget(splitter, 1);

    connect(m_template, &QComboBox::currentIndexChanged, this, [this] {
        if (const std::optional<AuditTemplate> t = currentChecklist())
            m_settings.setValue(kTemplateKey, t->name);
        fillScores();
    });
    connect(m_scores, &QTableWidget::currentCellChanged, this, [this] { fillDetails(); });
    connect(m_audits, &QTableWidget::itemSelectionChanged, this,
            [this] { m_delete->setEnabled(!m_audits->selectedItems().isEmpty()); });
    refresh();
}

AuditsView::~AuditsView() = default;

void AuditsView::setWorkbench(Workbench *workbench)
{
    m_workbench = workbench;
    refresh();
}

std::optional<AuditTemplate> AuditsView::currentChecklist() const
{
    const int index = m_template->currentIndex();
    if (index < 0 || index >= m_checklists.size())
        return std::nullopt;
    return m_checklists.at(index);
}

void AuditsView::refresh()
{
    const QString wanted =
        currentChecklist() ? currentChecklist()->name : m_settings.value(kTemplateKey).toString();
    m_checklists = m_workbench ? m_workbench->audits().templates() : QList<AuditTemplate>();
    m_departments = m_workbench ? m_workbench->departments().all() : QList<Department>();
    {
        const QSignalBlocker blocker(m_template);
        m_template->clear();
        for (const AuditTemplate &t : std::as_const(m_checklists))
            m_template->addItem(t.name, t.id);
        const int at = m_template->findText(wanted);
        m_template->setCurrentIndex(at >= 0 ? at : (m_checklists.isEmpty() ? -1 : 0));
    }
    for (QPushButton *button : std::as_const(m_needsChecklist))
        button->setEnabled(m_workbench && !m_checklists.isEmpty());
    setEnabled(m_workbench != nullptr);
    fillScores();
}

void AuditsView::fillScores()
{
    const std::optional<AuditTemplate> checklist = currentChecklist();
    m_auditList =
        checklist && m_workbench ? m_workbench->audits().auditsOf(checklist->id) : QList<Audit>();
    QStringList feeds;
    if (checklist && m_workbench) {
        for (const AuditFeed &feed : m_workbench->audits().feeds()) {
            if (feed.templateId != checklist->id)
                continue;
            if (const std::optional<Standard> s =
                    m_workbench->standardRepository().byId(feed.standardId))
                feeds.append(tr("%1 %2 (%3)").arg(s->code, s->title, periodKindKey(feed.period)));
        }
    }
    m_feedLabel->setText(feeds.isEmpty() ? tr("This checklist feeds no standard.")
                                         : tr("Feeds: %1").arg(feeds.join(QLatin1String("; "))));

    const QSignalBlocker blocker(m_scores);
    m_scores->clear();
    m_rowPeriods.clear();
    m_columnDepartments = {0};
    if (!checklist) {
        m_scores->setRowCount(0);
        m_scores->setColumnCount(0);
        fillDetails();
        return;
    }
    const QList<AuditPeriodScore> pooled = pooledAuditScores(*checklist, m_auditList, kPeriod);
    const QList<AuditPeriodScore> byDepartment =
        auditScoresByDepartment(*checklist, m_auditList, kPeriod);
    QHash<qint64, Department> departments;
    for (const Department &d : std::as_const(m_departments))
        departments.insert(d.id, d);
    for (const Department &d : std::as_const(m_departments))
        for (const AuditPeriodScore &s : byDepartment)
            if (s.departmentId == d.id) {
                m_columnDepartments.append(d.id);
                break;
            }
    QStringList headers{tr("Month"), tr("All departments")};
    for (qsizetype c = 1; c < m_columnDepartments.size(); ++c)
        headers.append(departments.value(m_columnDepartments.at(c)).name);
    m_scores->setColumnCount(int(headers.size()));
    m_scores->setHorizontalHeaderLabels(headers);
    // Newest first: the month an analyst asks about is usually the last.
    m_scores->setRowCount(int(pooled.size()));
    QHash<std::pair<QDate, qint64>, AuditPeriodScore> cells;
    for (const AuditPeriodScore &s : byDepartment)
        cells.insert({s.period.start, s.departmentId}, s);
    const auto scoreText = [](const AuditPeriodScore &s) {
        return tr("%1 (%2)").arg(QLocale().toString(s.meanScore, 'f', 1)).arg(s.audits);
    };
    for (qsizetype i = 0; i < pooled.size(); ++i) {
        const AuditPeriodScore &all = pooled.at(pooled.size() - 1 - i);
        const int row = int(i);
        m_rowPeriods.append(all.period);
        m_scores->setItem(row, 0, readOnly(periodLabel(kPeriod, all.period)));
        m_scores->setItem(row, 1, readOnly(scoreText(all), Qt::AlignRight));
        for (qsizetype c = 1; c < m_columnDepartments.size(); ++c) {
            const auto found = cells.constFind({all.period.start, m_columnDepartments.at(c)});
            m_scores->setItem(
                row, int(c) + 1,
                readOnly(found == cells.cend() ? QString() : scoreText(*found), Qt::AlignRight));
        }
    }
    m_scores->resizeColumnsToContents();
    if (m_scores->rowCount() > 0)
        m_scores->setCurrentCell(0, 1);
    fillDetails();
}

Period AuditsView::selectedPeriod() const
{
    const int row = m_scores->currentRow();
    return row >= 0 && row < m_rowPeriods.size() ? m_rowPeriods.at(row) : Period();
}

qint64 AuditsView::selectedDepartment() const
{
    const int column = m_scores->currentColumn() - 1;
    return column >= 0 && column < m_columnDepartments.size() ? m_columnDepartments.at(column) : 0;
}

void AuditsView::fillDetails()
{
    m_items->setRowCount(0);
    m_audits->setRowCount(0);
    m_delete->setEnabled(false);
    const std::optional<AuditTemplate> checklist = currentChecklist();
    const Period period = selectedPeriod();
    if (!checklist || !period.isValid()) {
        m_itemsTitle->setText(checklist ? tr("No audits recorded with this checklist yet.")
                                        : tr("No checklist yet: create one with New Checklist."));
        return;
    }
    const qint64 department = selectedDepartment();
    QString departmentName = tr("all departments");
    for (const Department &d : std::as_const(m_departments))
        if (d.id == department)
            departmentName = d.name;
    const QList<AuditItemResult> results =
        auditItemResults(*checklist, m_auditList, kPeriod, period, department);
    const qsizetype slipping = slippingBehaviours(results).size();
    m_itemsTitle->setText(
        slipping == 0
            ? tr("Behaviours in %1, %2: none slipped.")
                  .arg(periodLabel(kPeriod, period), departmentName)
            : tr("Behaviours in %1, %2: %n slipped (\u25bc) by %3 points or more against the "
                 "month before or the 12-month average.",
                 nullptr, int(slipping))
                  .arg(periodLabel(kPeriod, period), departmentName)
                  .arg(kAuditSlipPoints));
    m_items->setRowCount(int(results.size()));
    for (qsizetype i = 0; i < results.size(); ++i) {
        const AuditItemResult &r = results.at(i);
        const int row = int(i);
        m_items->setItem(row, 0, readOnly(r.item.text.isEmpty() ? r.item.code : r.item.text));
        m_items->setItem(row, 1, readOnly(QString::number(r.ratings), Qt::AlignRight));
        m_items->setItem(row, 2, readOnly(percentText(r.percent), Qt::AlignRight));
        m_items->setItem(row, 3, readOnly(percentText(r.previousPercent), Qt::AlignRight));
        m_items->setItem(row, 4, readOnly(percentText(r.averagePercent), Qt::AlignRight));
        m_items->setItem(row, 5, readOnly(percentText(r.drop), Qt::AlignRight));
        m_items->setItem(
            row, 6,
            readOnly(r.slipping ? tr("\u25bc Slipping") : (r.percent ? tr("Holding") : QString())));
        if (r.slipping)
            for (int c = 0; c < m_items->columnCount(); ++c)
                m_items->item(row, c)->setBackground(kSlipColour);
    }
    m_items->resizeColumnsToContents();
    m_items->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);

    QHash<qint64, QString> names;
    for (const Department &d : std::as_const(m_departments))
        names.insert(d.id, d.name);
    for (const Audit &a : std::as_const(m_auditList)) {
        if (!period.contains(a.auditedOn) || (department != 0 && a.departmentId != department))
            continue;
        const int row = m_audits->rowCount();
        m_audits->insertRow(row);
        auto *date = readOnly(a.auditedOn.toString(Qt::ISODate));
        date->setData(Qt::UserRole, a.id);
        m_audits->setItem(row, 0, date);
        m_audits->setItem(row, 1, readOnly(names.value(a.departmentId)));
        m_audits->setItem(row, 2, readOnly(a.auditor));
        m_audits->setItem(row, 3, readOnly(a.subject));
        m_audits->setItem(row, 4, readOnly(percentText(auditScore(*checklist, a)), Qt::AlignRight));
    }
    m_audits->resizeColumnsToContents();
}

void AuditsView::auditsChanged()
{
    if (!m_workbench)
        return;
    if (StorageResult r = refreshAuditMeasurements(*m_workbench); !r.ok())
        emit errorOccurred(tr("The audit measurements could not be updated: %1").arg(r.error()));
    // Keep the selected cell across the redraw.
    const Period period = selectedPeriod();
    const int column = m_scores->currentColumn();
    refresh();
    const int row = int(m_rowPeriods.indexOf(period));
    if (row >= 0 && column >= 0)
        m_scores->setCurrentCell(row, column);
    emit measurementsChanged();
}

void AuditsView::recordAudit()
{
    const std::optional<AuditTemplate> checklist = currentChecklist();
    if (!m_workbench || !checklist)
        return;
    Audit blank;
    blank.templateId = checklist->id;
    blank.departmentId = selectedDepartment();
    blank.auditedOn = QDate::currentDate();
    auto *dialog = new AuditDialog(*checklist, m_departments, blank, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        Audit audit = dialog->audit();
        if (StorageResult r = m_workbench->audits().insertAudit(audit); !r.ok()) {
            emit errorOccurred(tr("The audit could not be recorded: %1").arg(r.error()));
            return;
        }
        m_undoStack.push(new AuditPresenceCommand(
            m_workbench->audits(), audit, true, tr("Record audit"), [this] { auditsChanged(); },
            [this](const QString &message) { emit errorOccurred(message); }));
        auditsChanged();
        emit statusMessage(tr("Audit of %1 recorded.").arg(audit.auditedOn.toString(Qt::ISODate)));
    });
    dialog->open();
}

void AuditsView::deleteAudit()
{
    const QList<QTableWidgetItem *> selected = m_audits->selectedItems();
    if (!m_workbench || selected.isEmpty())
        return;
    const QTableWidgetItem *first = m_audits->item(selected.first()->row(), 0);
    const std::optional<Audit> audit =
        m_workbench->audits().findAudit(first->data(Qt::UserRole).toLongLong());
    if (!audit)
        return;
    if (StorageResult r = m_workbench->audits().removeAudit(audit->id); !r.ok()) {
        emit errorOccurred(tr("The audit could not be deleted: %1").arg(r.error()));
        return;
    }
    m_undoStack.push(new AuditPresenceCommand(
        m_workbench->audits(), *audit, false, tr("Delete audit"), [this] { auditsChanged(); },
        [this](const QString &message) { emit errorOccurred(message); }));
    auditsChanged();
    emit statusMessage(tr("Audit deleted."));
}

void AuditsView::editChecklist()
{
    const std::optional<AuditTemplate> checklist = currentChecklist();
    if (!m_workbench || !checklist)
        return;
    auto *dialog = new AuditTemplateDialog(*checklist, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        AuditTemplate edited = dialog->checklist();
        if (StorageResult r = m_workbench->audits().updateTemplate(edited); !r.ok()) {
            emit errorOccurred(tr("The checklist could not be saved: %1").arg(r.error()));
            return;
        }
        // The items' scales and weights change every score: a checklist edit
        // is not undoable, the view says so in the status bar.
        m_settings.setValue(kTemplateKey, edited.name);
        m_template->setCurrentIndex(-1);
        auditsChanged();
        emit statusMessage(tr("Checklist \"%1\" saved.").arg(edited.name));
    });
    dialog->open();
}

void AuditsView::newChecklist()
{
    if (!m_workbench)
        return;
    AuditTemplate fresh;
    for (const char *text : {QT_TR_NOOP("Greets the customer"), QT_TR_NOOP("Answers promptly"),
                             QT_TR_NOOP("Gives correct information"), QT_TR_NOOP("Attitude")}) {
        AuditItem item;
        item.code = QStringLiteral("ITEM%1").arg(fresh.items.size() + 1);
        item.text = tr(text);
        fresh.items.append(item);
    }
    auto *dialog = new AuditTemplateDialog(fresh, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        AuditTemplate created = dialog->checklist();
        if (StorageResult r = m_workbench->audits().insertTemplate(created); !r.ok()) {
            emit errorOccurred(tr("The checklist could not be saved: %1").arg(r.error()));
            return;
        }
        m_settings.setValue(kTemplateKey, created.name);
        m_template->setCurrentIndex(-1);
        refresh();
        emit statusMessage(tr("Checklist \"%1\" created.").arg(created.name));
    });
    dialog->open();
}

void AuditsView::importAudits()
{
    const std::optional<AuditTemplate> checklist = currentChecklist();
    if (!m_workbench || !checklist || m_runner)
        return;
    const QString folder = m_settings.value(kFolderKey).toString();
    const QString file =
        QFileDialog::getOpenFileName(this, tr("Import Audits into \"%1\"").arg(checklist->name),
                                     folder, tr("CSV files (*.csv *.txt);;All files (*)"));
    if (file.isEmpty())
        return;
    m_settings.setValue(kFolderKey, QFileInfo(file).absolutePath());
    const qint64 templateId = checklist->id;
    m_runner = new ImportRunner(*m_workbench, window());
    connect(m_runner, &ImportRunner::finished, this, [this](const ImportSummary &summary) {
        m_runner->deleteLater();
        if (summary.committed)
            auditsChanged();
        emit statusMessage(summary.summaryLine());
        auto *dialog =
            new ImportResultDialog(summary, m_settings.value(kFolderKey).toString(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    m_runner->start(QFileInfo(file).fileName(), false,
                    [file, templateId](Workbench &workbench, const ImportOptions &options) {
                        return Yardstick::importAudits(workbench, file, templateId, options);
                    });
}

void AuditsView::feedStandard()
{
    const std::optional<AuditTemplate> checklist = currentChecklist();
    if (!m_workbench || !checklist)
        return;
    auto *dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("feedStandardDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Feed Standard"));
    auto *standards = new QComboBox(dialog);
    standards->setObjectName(QStringLiteral("feedStandard"));
    for (const Standard &s : m_workbench->catalogue().standards())
        if (s.metric == Metric::AuditScore)
            standards->addItem(tr("%1 \u2013 %2").arg(s.code, s.title), s.id);
    auto *period = new QComboBox(dialog);
    period->setObjectName(QStringLiteral("feedPeriod"));
    period->addItem(tr("Week"), periodKindKey(PeriodKind::Week));
    period->addItem(tr("Month"), periodKindKey(PeriodKind::Month));
    period->addItem(tr("Quarter"), periodKindKey(PeriodKind::Quarter));
    period->setCurrentIndex(1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    buttons->button(QDialogButtonBox::Ok)->setEnabled(standards->count() > 0);
    connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto *intro = new QLabel(tr("The standard gets one measurement per period: the mean score "
                                "of the audits of its department. Measurements it had from "
                                "staff audits are replaced; others stay."),
                             dialog);
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&Standard:"), standards);
    form->addRow(tr("&Period:"), period);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(intro);
    if (standards->count() == 0)
        layout->addWidget(new QLabel(tr("The catalogue has no audit-score standard."), dialog));
    layout->addLayout(form);
    layout->addWidget(buttons);
    const qint64 templateId = checklist->id;
    connect(dialog, &QDialog::accepted, this, [this, standards, period, templateId] {
        const AuditFeed feed{
            standards->currentData().toLongLong(), templateId,
            periodKindFromKey(period->currentData().toString()).value_or(PeriodKind::Month)};
        if (StorageResult r = m_workbench->audits().setFeed(feed); !r.ok()) {
            emit errorOccurred(tr("The feed could not be saved: %1").arg(r.error()));
            return;
        }
        auditsChanged();
        emit statusMessage(tr("The standard is now fed from this checklist."));
    });
    dialog->open();
}

} // namespace Yardstick
