// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "auditsview.h"

#include "audits/auditscore.h"
#include "commands/auditcommands.h"
#include "dialogs/auditdialog.h"
#include "dialogs/auditfeeddialog.h"
#include "dialogs/audittemplatedialog.h"
#include "dialogs/importresultdialog.h"
#include "itemmodels/audititemmodel.h"
#include "itemmodels/auditlistmodel.h"
#include "itemmodels/auditscoremodel.h"
#include "jobs/importrunner.h"
#include "proxies/auditslipproxymodel.h"
#include "usecases/auditservice.h"
#include "workbench/workbench.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace Yardstick {

namespace {

constexpr PeriodKind kPeriod = PeriodKind::Month;
const QLatin1String kFolderKey("audits/lastFolder");
const QLatin1String kTemplateKey("audits/template");

QTableView *makeTable(QWidget *parent, const QString &name, QAbstractItemModel *model)
{
    auto *table = new QTableView(parent);
    table->setObjectName(name);
    table->setModel(model);
    table->setSelectionBehavior(QAbstractItemView::SelectItems);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    table->setAlternatingRowColors(true);
    return table;
}

} // namespace

AuditsView::AuditsView(Workbench &workbench, QSettings &settings, QUndoStack &undoStack,
                       QWidget *parent)
    : QWidget(parent)
    , m_workbench(workbench)
    , m_settings(settings)
    , m_undoStack(undoStack)
    , m_scoreModel(new AuditScoreModel(this))
    , m_itemModel(new AuditItemModel(this))
    , m_listModel(new AuditListModel(this))
    , m_importer(new ImportRunner(workbench, this))
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

    m_scores = makeTable(this, QStringLiteral("auditScores"), m_scoreModel);
    m_scores->setToolTip(tr("Mean audit score in percent, with the number of audits in "
                            "brackets. Select a month (and a department) to see its items."));
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_scores);
    splitter->addWidget(buildLowerPane());
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
    connect(m_scores->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this] { fillDetails(); });
    connect(m_audits->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { m_delete->setEnabled(m_audits->selectionModel()->hasSelection()); });
    AuditService &service = m_workbench.auditService();
    connect(&service, &AuditService::auditsChanged, this, &AuditsView::auditsChanged);
    connect(&service, &AuditService::measurementsChanged, this, &AuditsView::measurementsChanged);
    refresh();
}

AuditsView::~AuditsView() = default;

QWidget *AuditsView::buildLowerPane()
{
    auto *slips = new AuditSlipProxyModel(this);
    slips->setSourceModel(m_itemModel);
    m_items = makeTable(this, QStringLiteral("auditItems"), slips);
    m_items->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_audits = makeTable(this, QStringLiteral("auditList"), m_listModel);
    m_audits->setSelectionBehavior(QAbstractItemView::SelectRows);
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
    return lower;
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
    m_checklists = m_workbench.auditService().checklists();
    m_departments = m_workbench.departments().all();
    {
        const QSignalBlocker blocker(m_template);
        m_template->clear();
        for (const AuditTemplate &t : std::as_const(m_checklists))
            m_template->addItem(t.name, t.id);
        const int at = m_template->findText(wanted);
        m_template->setCurrentIndex(at >= 0 ? at : (m_checklists.isEmpty() ? -1 : 0));
    }
    for (QPushButton *button : std::as_const(m_needsChecklist))
        button->setEnabled(!m_checklists.isEmpty());
    fillScores();
}

namespace {

// "APP-A-01 Audit score, monthly": the period in words, not its file key.
QString feedText(const Standard &s, PeriodKind period)
{
    switch (period) {
    case PeriodKind::Week:
        return AuditsView::tr("%1 %2, weekly").arg(s.code, s.title);
    case PeriodKind::Month:
        return AuditsView::tr("%1 %2, monthly").arg(s.code, s.title);
    case PeriodKind::Quarter:
        break;
    }
    return AuditsView::tr("%1 %2, quarterly").arg(s.code, s.title);
}

} // namespace

void AuditsView::fillScores()
{
    const std::optional<AuditTemplate> checklist = currentChecklist();
    m_auditList = checklist ? m_workbench.auditService().auditsOf(checklist->id) : QList<Audit>();
    QStringList feeds;
    if (checklist) {
        for (const AuditFeed &feed : m_workbench.auditService().feeds()) {
            if (feed.templateId != checklist->id)
                continue;
            if (const std::optional<Standard> s = m_workbench.catalogue().standard(feed.standardId))
                feeds.append(feedText(*s, feed.period));
        }
    }
    m_feedLabel->setText(feeds.isEmpty() ? tr("This checklist feeds no standard.")
                                         : tr("Feeds: %1").arg(feeds.join(QLatin1String("; "))));

    const QSignalBlocker blocker(m_scores->selectionModel());
    if (checklist)
        m_scoreModel->setAudits(*checklist, m_auditList, m_departments, kPeriod);
    else
        m_scoreModel->clear();
    m_scores->resizeColumnsToContents();
    if (m_scoreModel->rowCount() > 0)
        m_scores->setCurrentIndex(m_scoreModel->index(0, 1));
    fillDetails();
}

Period AuditsView::selectedPeriod() const
{
    return m_scoreModel->periodAt(m_scores->currentIndex().row());
}

qint64 AuditsView::selectedDepartment() const
{
    const QModelIndex current = m_scores->currentIndex();
    return current.isValid() ? m_scoreModel->departmentAt(current.column()) : 0;
}

void AuditsView::fillDetails()
{
    m_delete->setEnabled(false);
    const std::optional<AuditTemplate> checklist = currentChecklist();
    const Period period = selectedPeriod();
    if (!checklist || !period.isValid()) {
        m_itemModel->setResults({});
        m_listModel->clear();
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
    m_itemModel->setResults(results);
    m_items->resizeColumnsToContents();
    m_items->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_listModel->setAudits(*checklist, m_auditList, m_departments, period, department);
    m_audits->resizeColumnsToContents();
}

void AuditsView::auditsChanged()
{
    // Keep the selected cell across the redraw.
    const Period period = selectedPeriod();
    const int column = m_scores->currentIndex().column();
    refresh();
    const int row = m_scoreModel->rowOf(period);
    if (row >= 0 && column >= 0)
        m_scores->setCurrentIndex(m_scoreModel->index(row, column));
}

void AuditsView::recordAudit()
{
    const std::optional<AuditTemplate> checklist = currentChecklist();
    if (!checklist)
        return;
    Audit blank;
    blank.templateId = checklist->id;
    blank.departmentId = selectedDepartment();
    blank.auditedOn = QDate::currentDate();
    auto *dialog = new AuditDialog(*checklist, m_departments, blank, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        Audit audit = dialog->audit();
        AuditService &audits = m_workbench.auditService();
        if (StorageResult r = audits.recordAudit(audit); !r.ok()) {
            emit errorOccurred(tr("The audit could not be recorded: %1").arg(r.error()));
            return;
        }
        m_undoStack.push(new AuditPresenceCommand(
            audits, audit, true, tr("Record audit"),
            [this](const QString &message) { emit errorOccurred(message); }));
        emit statusMessage(tr("Audit of %1 recorded.").arg(audit.auditedOn.toString(Qt::ISODate)));
    });
    dialog->open();
}

void AuditsView::deleteAudit()
{
    const QModelIndexList selected = m_audits->selectionModel()->selectedRows();
    if (selected.isEmpty())
        return;
    AuditService &audits = m_workbench.auditService();
    const std::optional<Audit> audit =
        audits.audit(m_listModel->auditIdAt(selected.constFirst().row()));
    if (!audit)
        return;
    if (StorageResult r = audits.deleteAudit(audit->id); !r.ok()) {
        emit errorOccurred(tr("The audit could not be deleted: %1").arg(r.error()));
        return;
    }
    m_undoStack.push(
        new AuditPresenceCommand(audits, *audit, false, tr("Delete audit"),
                                 [this](const QString &message) { emit errorOccurred(message); }));
    emit statusMessage(tr("Audit deleted."));
}

void AuditsView::editChecklist()
{
    const std::optional<AuditTemplate> checklist = currentChecklist();
    if (!checklist)
        return;
    auto *dialog = new AuditTemplateDialog(*checklist, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, opened = *checklist] {
        AuditTemplate edited = dialog->checklist();
        // The items' scales and weights change every score: a checklist edit
        // is not undoable, the view says so in the status bar.
        const QString before = m_settings.value(kTemplateKey).toString();
        m_settings.setValue(kTemplateKey, edited.name);
        m_template->setCurrentIndex(-1);
        if (StorageResult r = m_workbench.auditService().updateChecklist(edited, opened); !r.ok()) {
            m_settings.setValue(kTemplateKey, before);
            refresh();
            emit errorOccurred(tr("The checklist could not be saved: %1").arg(r.error()));
            return;
        }
        emit statusMessage(tr("Checklist \"%1\" saved.").arg(edited.name));
    });
    dialog->open();
}

void AuditsView::newChecklist()
{
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
        const QString before = m_settings.value(kTemplateKey).toString();
        m_settings.setValue(kTemplateKey, created.name);
        m_template->setCurrentIndex(-1);
        if (StorageResult r = m_workbench.auditService().addChecklist(created); !r.ok()) {
            m_settings.setValue(kTemplateKey, before);
            refresh();
            emit errorOccurred(tr("The checklist could not be saved: %1").arg(r.error()));
            return;
        }
        emit statusMessage(tr("Checklist \"%1\" created.").arg(created.name));
    });
    dialog->open();
}

void AuditsView::importAudits()
{
    const std::optional<AuditTemplate> checklist = currentChecklist();
    if (!checklist || m_importer->isRunning())
        return;
    const QString folder = m_settings.value(kFolderKey).toString();
    const QString file =
        QFileDialog::getOpenFileName(this, tr("Import Audits into \"%1\"").arg(checklist->name),
                                     folder, tr("CSV files (*.csv *.txt);;All files (*)"));
    if (file.isEmpty())
        return;
    m_settings.setValue(kFolderKey, QFileInfo(file).absolutePath());
    const qint64 templateId = checklist->id;
    connect(
        m_importer, &ImportRunner::finished, this,
        [this](const ImportSummary &summary) {
            // A worker's own service made the change; the window's tells
            // the views. (An in-memory workbench's import ran here.)
            if (summary.committed && !m_workbench.isInMemory())
                m_workbench.auditService().announceChanges();
            emit statusMessage(summary.summaryLine());
            auto *dialog =
                new ImportResultDialog(summary, m_settings.value(kFolderKey).toString(), this);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            dialog->open();
        },
        Qt::SingleShotConnection);
    m_importer->start(QFileInfo(file).fileName(), false,
                      [file, templateId](Workbench &workbench, const ImportOptions &options) {
                          return workbench.auditService().importAudits(file, templateId, options);
                      });
}

void AuditsView::feedStandard()
{
    const std::optional<AuditTemplate> checklist = currentChecklist();
    if (!checklist)
        return;
    auto *dialog = new AuditFeedDialog(m_workbench.catalogue().standards(), checklist->id, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog, seen = m_workbench.auditService().feeds()] {
                if (StorageResult r = m_workbench.auditService().setFeed(dialog->feed(), seen);
                    !r.ok()) {
                    refresh();
                    emit errorOccurred(tr("The feed could not be saved: %1").arg(r.error()));
                    return;
                }
                emit statusMessage(tr("The standard is now fed from this checklist."));
            });
    dialog->open();
}

} // namespace Yardstick
