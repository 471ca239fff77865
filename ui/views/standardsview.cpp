// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "standardsview.h"

#include "commands/standardcommands.h"
#include "commands/valuemodelcommand.h"
#include "costofdelay/costofdelay.h"
#include "dialogs/goalreviewdialog.h"
#include "dialogs/historydialog.h"
#include "dialogs/standarddialog.h"
#include "dialogs/targetplannerdialog.h"
#include "dialogs/valuemodeldialog.h"
#include "itemmodels/itemroles.h"
#include "itemmodels/rolefilterproxymodel.h"
#include "itemmodels/standardtablemodel.h"
#include "model/valueformat.h"
#include "storage/teamroles.h"
#include "usecases/organisationservice.h"
#include "workbench/compliancedataloader.h"
#include "workbench/workbench.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QUndoStack>
#include <QVBoxLayout>

namespace Yardstick {

namespace {

const QString kAnalystNameKey = QStringLiteral("analyst/name");

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

} // namespace

StandardsView::StandardsView(Workbench &workbench, QSettings &settings, QUndoStack &undoStack,
                             QWidget *parent)
    : QWidget(parent)
    , m_workbench(workbench)
    , m_settings(settings)
    , m_undoStack(undoStack)
{
    const TeamRoles::Access access = workbench.access();
    m_catalogueEditable = access.catalogue;
    m_dataEditable = access.data;
    m_newAction = new QAction(tr("&New Standard…"), this);
    m_newAction->setShortcut(QKeySequence(tr("Ctrl+Shift+N")));
    m_newAction->setStatusTip(tr("Add a standard to the catalogue"));
    m_editAction = new QAction(tr("&Edit Standard…"), this);
    m_editAction->setShortcut(QKeySequence(tr("Ctrl+E")));
    m_retireAction = new QAction(tr("&Retire Standard"), this);
    m_retireAction->setShortcut(QKeySequence(tr("Ctrl+Shift+R")));
    m_deleteAction = new QAction(tr("&Delete Standard"), this);
    m_deleteAction->setShortcut(QKeySequence::Delete);
    m_deleteAction->setStatusTip(
        tr("Delete a standard that has no measurements (retire the others)"));
    for (QAction *action : {m_newAction, m_editAction, m_retireAction, m_deleteAction})
        action->setShortcutContext(Qt::WindowShortcut);
    connect(m_newAction, &QAction::triggered, this, &StandardsView::newStandard);
    connect(m_editAction, &QAction::triggered, this, &StandardsView::editStandard);
    connect(m_retireAction, &QAction::triggered, this, &StandardsView::retireOrReinstate);
    connect(m_deleteAction, &QAction::triggered, this, &StandardsView::deleteStandard);
    m_planTargetAction = new QAction(tr("&Plan Target…"), this);
    m_planTargetAction->setStatusTip(
        tr("Predict from the last periods' cases what share a proposed target would meet"));
    m_goalReviewAction = new QAction(tr("&Goal Review…"), this);
    m_goalReviewAction->setStatusTip(
        tr("The standard's revisions, with each prediction next to its outcome"));
    connect(m_planTargetAction, &QAction::triggered, this, &StandardsView::planTarget);
    connect(m_goalReviewAction, &QAction::triggered, this, &StandardsView::reviewGoals);
    m_valueModelAction = new QAction(tr("&Value Model…"), this);
    m_valueModelAction->setObjectName(QStringLiteral("valueModelAction"));
    m_valueModelAction->setStatusTip(
        tr("What a day sooner is worth on this turnaround standard, in US$ a case"));
    connect(m_valueModelAction, &QAction::triggered, this, &StandardsView::editValueModel);
    m_planTargetAction->setShortcut(QKeySequence(tr("Ctrl+T")));
    m_goalReviewAction->setShortcut(QKeySequence(tr("Ctrl+G")));
    m_valueModelAction->setShortcut(QKeySequence(tr("Ctrl+Shift+V")));
    m_historyAction = new QAction(tr("Standard &History…"), this);
    m_historyAction->setObjectName(QStringLiteral("standardHistoryAction"));
    m_historyAction->setStatusTip(tr("Who changed this standard and its targets, and when"));
    connect(m_historyAction, &QAction::triggered, this, &StandardsView::showHistory);
    for (QAction *action :
         {m_planTargetAction, m_goalReviewAction, m_valueModelAction, m_historyAction})
        action->setShortcutContext(Qt::WindowShortcut);

    auto *bar = new QWidget(this);
    buildFilters(bar);

    m_proxy = new RoleFilterProxyModel(this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("standardsTable"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->sortByColumn(StandardTableModel::CodeColumn, Qt::AscendingOrder);
    connect(m_table, &QTableView::activated, this, &StandardsView::editStandard);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table, &QWidget::customContextMenuRequested, this, [this](const QPoint &at) {
        QMenu menu(this);
        menu.addActions({m_editAction, m_planTargetAction, m_goalReviewAction, m_valueModelAction,
                         m_historyAction});
        menu.exec(m_table->viewport()->mapToGlobal(at));
    });
    // The proxy stays for the view's life, and with it this selection model.
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &StandardsView::showDetails);

    m_details = new QTextBrowser(this);
    m_details->setObjectName(QStringLiteral("standardDetails"));
    m_details->setOpenLinks(false);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 4);
    splitter->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(bar);
    layout->addWidget(splitter, 1);
    reload();
}

StandardsView::~StandardsView() = default;

void StandardsView::buildFilters(QWidget *bar)
{
    m_search = new QLineEdit(bar);
    m_search->setObjectName(QStringLiteral("standardsSearch"));
    m_search->setPlaceholderText(tr("Filter by code or title"));
    m_search->setClearButtonEnabled(true);
    auto combo = [bar](const char *name) {
        auto *c = new QComboBox(bar);
        c->setObjectName(QLatin1String(name));
        c->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        return c;
    };
    m_serviceFilter = combo("serviceFilter");
    m_dimensionFilter = combo("dimensionFilter");
    m_departmentFilter = combo("departmentFilter");
    m_statusFilter = combo("statusFilter");
    m_count = new QLabel(bar);
    m_count->setObjectName(QStringLiteral("standardsCount"));

    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search, 2);
    layout->addWidget(m_serviceFilter);
    layout->addWidget(m_dimensionFilter);
    layout->addWidget(m_departmentFilter);
    layout->addWidget(m_statusFilter);
    layout->addWidget(m_count, 1, Qt::AlignRight);

    connect(m_search, &QLineEdit::textChanged, this, &StandardsView::applyFilters);
    for (QComboBox *c : {m_serviceFilter, m_dimensionFilter, m_departmentFilter, m_statusFilter})
        connect(c, &QComboBox::currentIndexChanged, this, &StandardsView::applyFilters);
}

void StandardsView::fillFilterCombos()
{
    const QSignalBlocker blockers[] = {
        QSignalBlocker(m_serviceFilter), QSignalBlocker(m_dimensionFilter),
        QSignalBlocker(m_departmentFilter), QSignalBlocker(m_statusFilter)};
    m_serviceFilter->clear();
    m_serviceFilter->addItem(tr("All services"));
    for (const Service &s : std::as_const(m_reference.services))
        m_serviceFilter->addItem(s.name, s.id);
    m_dimensionFilter->clear();
    m_dimensionFilter->addItem(tr("All dimensions"));
    for (const Dimension &d : std::as_const(m_reference.dimensions))
        m_dimensionFilter->addItem(d.name, d.id);
    m_departmentFilter->clear();
    m_departmentFilter->addItem(tr("All departments"));
    for (const Department &d : std::as_const(m_reference.departments))
        m_departmentFilter->addItem(d.name, d.id);
    m_statusFilter->clear();
    m_statusFilter->addItem(tr("Active and retired"));
    m_statusFilter->addItem(tr("Active only"), int(StandardStatus::Active));
    m_statusFilter->addItem(tr("Retired only"), int(StandardStatus::Retired));
}

void StandardsView::reload()
{
    // Reloading because the file changed must not lose the analyst's place.
    const std::optional<Standard> previous = selectedStandard();
    m_proxy->setSourceModel(nullptr);
    delete m_model;
    m_model = nullptr;
    m_reference = ReferenceData::load(m_workbench);
    fillFilterCombos();
    m_model = new StandardTableModel(m_workbench.catalogue(), m_reference, this);
    m_proxy->setSourceModel(m_model);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &StandardsView::updateCount);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &StandardsView::updateCount);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &StandardsView::showDetails);
    m_table->resizeColumnsToContents();
    m_table->setColumnWidth(StandardTableModel::TitleColumn,
                            qMin(m_table->columnWidth(StandardTableModel::TitleColumn), 360));
    applyFilters();
    if (previous)
        selectStandard(previous->id);
    // Start with a row selected so the detail pane shows what it is for.
    if (!m_table->selectionModel()->currentIndex().isValid() && m_proxy->rowCount() > 0) {
        m_table->selectionModel()->setCurrentIndex(
            m_proxy->index(0, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }
}

void StandardsView::applyFilters()
{
    m_proxy->setRoleFilter(ServiceIdRole, m_serviceFilter->currentData());
    m_proxy->setRoleFilter(DimensionIdRole, m_dimensionFilter->currentData());
    m_proxy->setRoleFilter(DepartmentIdRole, m_departmentFilter->currentData());
    m_proxy->setRoleFilter(StatusRole, m_statusFilter->currentData());
    m_proxy->setTextFilter(m_search->text(),
                           {StandardTableModel::CodeColumn, StandardTableModel::TitleColumn});
    updateCount();
    updateActions();
    showDetails();
}

void StandardsView::updateCount()
{
    const int total = m_model ? m_model->rowCount() : 0;
    const int shown = m_proxy->rowCount();
    const QLocale locale;
    m_count->setText(
        shown == total
            ? tr("Standards: %1").arg(locale.toString(total))
            : tr("Standards: %1 of %2").arg(locale.toString(shown), locale.toString(total)));
}

std::optional<Standard> StandardsView::selectedStandard() const
{
    const QModelIndex current =
        m_table->selectionModel() ? m_table->selectionModel()->currentIndex() : QModelIndex();
    if (!current.isValid() || !m_model)
        return std::nullopt;
    return m_model->standardAt(m_proxy->mapToSource(current).row());
}

void StandardsView::selectStandard(qint64 id)
{
    if (!m_model)
        return;
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid())
        return;
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                          QItemSelectionModel::Rows);
    m_table->scrollTo(index);
}

void StandardsView::updateActions()
{
    const std::optional<Standard> selected = selectedStandard();
    m_newAction->setEnabled(m_catalogueEditable);
    m_editAction->setEnabled(m_catalogueEditable && selected.has_value());
    m_deleteAction->setEnabled(m_catalogueEditable && selected.has_value());
    m_retireAction->setEnabled(m_catalogueEditable && selected.has_value());
    // The planner reads turnaround from the cases.
    m_planTargetAction->setEnabled(selected && (selected->metric == Metric::TurnaroundDays ||
                                                selected->metric == Metric::TurnaroundHours));
    m_goalReviewAction->setEnabled(selected.has_value());
    m_historyAction->setEnabled(selected.has_value());
    // Only a duration has a value of a day.
    m_valueModelAction->setEnabled(m_dataEditable && selected &&
                                   daysPerUnit(*selected).has_value());
    const bool retired = selected && selected->status == StandardStatus::Retired;
    m_retireAction->setText(retired ? tr("&Reinstate Standard") : tr("&Retire Standard"));
}

void StandardsView::showDetails()
{
    updateActions();
    const std::optional<Standard> s = selectedStandard();
    if (!s) {
        m_details->setHtml(tr("<p>Select a standard to see its rationale and history.</p>"));
        return;
    }
    const QLocale locale;
    QString html = QStringLiteral("<h3>%1 — %2</h3>").arg(escaped(s->code), escaped(s->title));
    html += tr("<p><b>Basis:</b> %1</p>")
                .arg(s->basis ? escaped(basisDisplayText(s->basis)) : tr("not given"));
    if (s->metric == Metric::TurnaroundDays || s->metric == Metric::TurnaroundHours) {
        html += s->dayBasis == DayBasis::Business
                    ? tr("<p><b>Turnaround counted in:</b> business days (Monday to Friday, "
                         "less the workbench's holidays)</p>")
                    : tr("<p><b>Turnaround counted in:</b> calendar days</p>");
    }
    html += tr("<p><b>Rationale:</b> %1</p>")
                .arg(s->rationale.isEmpty() ? tr("not given") : escaped(s->rationale));
    html += tr("<p><b>Revisions</b> (each governs the periods from its date until the next):</p>");
    html += QStringLiteral("<table cellspacing=0 cellpadding=3>");
    html += tr("<tr><th align=left>In force from</th><th align=right>Target</th>"
               "<th align=right>Threshold</th><th align=left>Reason</th></tr>");
    for (auto it = s->revisions.crbegin(); it != s->revisions.crend(); ++it) {
        html += QStringLiteral("<tr><td>%1</td><td align=right>%2</td><td align=right>%3</td>"
                               "<td>%4</td></tr>")
                    .arg(locale.toString(it->effectiveFrom, QLocale::ShortFormat),
                         escaped(ValueFormat::bound(s->direction, it->target, s->unit)),
                         escaped(ValueFormat::bound(s->direction, it->threshold, s->unit)),
                         escaped(it->reason));
    }
    html += QStringLiteral("</table>");
    m_details->setHtml(html);
}

void StandardsView::newStandard()
{
    if (!m_catalogueEditable)
        return;
    Standard fresh;
    // Start from the filters the analyst has chosen: adding to what they look at.
    fresh.serviceId = m_serviceFilter->currentData().toLongLong();
    fresh.dimensionId = m_dimensionFilter->currentData().toLongLong();
    fresh.departmentId = m_departmentFilter->currentData().toLongLong();
    // New work goes to a service and department that are not retired.
    for (const Service &s : std::as_const(m_reference.services)) {
        if (fresh.serviceId == 0 && !s.retired)
            fresh.serviceId = s.id;
    }
    if (fresh.dimensionId == 0 && !m_reference.dimensions.isEmpty())
        fresh.dimensionId = m_reference.dimensions.constFirst().id;
    for (const Department &d : std::as_const(m_reference.departments)) {
        if (fresh.departmentId == 0 && !d.retired)
            fresh.departmentId = d.id;
    }
    openDialog(fresh);
}

void StandardsView::editStandard()
{
    if (!m_catalogueEditable)
        return; // a double click on a row of a catalogue one may only read
    if (const std::optional<Standard> s = selectedStandard())
        openDialog(*s);
}

void StandardsView::openDialog(const Standard &original)
{
    auto *dialog = new StandardDialog(
        m_workbench.catalogue(), m_reference, original, this,
        {&m_workbench.organisation(), &m_undoStack, [this](const QString &message) {
             emit errorOccurred(message);
         }});
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { applyDialog(dialog); });
    dialog->open();
}

void StandardsView::applyDialog(StandardDialog *dialog)
{
    StandardCatalogue &catalogue = m_workbench.catalogue();
    Standard edited = dialog->standard();
    auto report = [this](const QString &message) {
        emit errorOccurred(message);
    };
    const auto failed = [this](const ValidationIssues &issues) {
        if (issues.isEmpty())
            return false;
        emit errorOccurred(messagesOf(issues).join(QLatin1Char('\n')));
        return true;
    };
    if (edited.id == 0) {
        if (failed(catalogue.add(edited)))
            return;
        m_undoStack.push(new AddStandardCommand(catalogue, edited, report));
    } else {
        // The dialog's starting point, not what the file holds now: another
        // window may have changed the standard while the dialog was open, and
        // then the edit is refused rather than written over that change.
        const Standard before = dialog->original();
        if (before == edited)
            return;
        if (failed(catalogue.update(edited, before))) {
            reload();
            return;
        }
        // Undo expects the file to hold what was written, as the file wrote it.
        m_undoStack.push(new EditStandardCommand(catalogue, before,
                                                 catalogue.standard(edited.id).value_or(edited),
                                                 tr("edit standard %1").arg(edited.code), report));
    }
    selectStandard(edited.id);
    emit catalogueChanged();
}

void StandardsView::retireOrReinstate()
{
    const std::optional<Standard> before = selectedStandard();
    if (!before)
        return;
    Standard after = *before;
    QString text;
    if (before->status == StandardStatus::Retired) {
        after.status = StandardStatus::Active;
        after.retiredOn = QDate();
        text = tr("reinstate standard %1").arg(before->code);
    } else {
        after.status = StandardStatus::Retired;
        // A standard not yet in force retires on the day it would have started.
        after.retiredOn = qMax(QDate::currentDate(), before->effectiveFrom());
        text = tr("retire standard %1").arg(before->code);
    }
    StandardCatalogue &catalogue = m_workbench.catalogue();
    if (const ValidationIssues issues = catalogue.update(after, *before); !issues.isEmpty()) {
        emit errorOccurred(issues.constFirst().message);
        reload();
        return;
    }
    m_undoStack.push(new EditStandardCommand(
        catalogue, *before, catalogue.standard(after.id).value_or(after), text,
        [this](const QString &message) { emit errorOccurred(message); }));
    emit catalogueChanged();
}

void StandardsView::deleteStandard()
{
    const std::optional<Standard> s = selectedStandard();
    if (!s)
        return;
    StandardCatalogue &catalogue = m_workbench.catalogue();
    if (catalogue.hasMeasurements(s->id)) {
        emit errorOccurred(tr("%1 has measurements, so deleting it would lose their meaning. "
                              "Retire it instead (Edit → Retire Standard): it stays in the "
                              "history but no longer counts as in force.")
                               .arg(s->code));
        return;
    }
    if (const ValidationIssues issues = catalogue.remove(s->id); !issues.isEmpty()) {
        emit errorOccurred(issues.constFirst().message);
        return;
    }
    m_undoStack.push(new DeleteStandardCommand(
        catalogue, *s, [this](const QString &message) { emit errorOccurred(message); }));
    emit catalogueChanged();
}

void StandardsView::planTarget()
{
    const std::optional<Standard> s = selectedStandard();
    if (!s)
        return;
    const QString name =
        TargetPlannerDialog::defaultAnalystName(m_settings.value(kAnalystNameKey).toString());
    auto *dialog = new TargetPlannerDialog(m_workbench, m_undoStack, m_settings, *s, name, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &TargetPlannerDialog::errorOccurred, this, &StandardsView::errorOccurred);
    connect(dialog, &TargetPlannerDialog::revisionRecorded, this, [this, dialog](qint64 id) {
        // Next time the planner offers the name the analyst signed with.
        m_settings.setValue(kAnalystNameKey, dialog->recordedByEdit()->text().trimmed());
        selectStandard(id);
        emit catalogueChanged();
    });
    dialog->open();
}

void StandardsView::reviewGoals()
{
    const std::optional<Standard> s = selectedStandard();
    if (!s)
        return;
    auto *dialog =
        new GoalReviewDialog(*s, ComplianceDataLoader::load(m_workbench, {s->serviceId}), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void StandardsView::showHistory()
{
    const std::optional<Standard> s = selectedStandard();
    if (!s)
        return;
    ChangeLogRepository::Filter filter;
    filter.subject = ChangeSubject::Standard;
    filter.subjectId = s->id;
    auto *dialog = new HistoryDialog(
        tr("History of %1").arg(s->code),
        tr("Every change to %1 and its targets, newest first, with who made it.").arg(s->code),
        m_workbench.changeLog().entries(filter), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void StandardsView::editValueModel()
{
    const std::optional<Standard> s = selectedStandard();
    if (!s)
        return;
    const std::optional<ValueModel> before = m_workbench.valueModels().find(s->id);
    auto *dialog = new ValueModelDialog(*s, before, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, before, id = s->id, code = s->code] {
        const std::optional<ValueModel> after = dialog->model();
        if (after == before)
            return;
        ValueModelRepository &models = m_workbench.valueModels();
        if (StorageResult r = SetValueModelCommand::write(models, id, after, before); !r.ok()) {
            emit errorOccurred(r.error());
            return;
        }
        m_undoStack.push(new SetValueModelCommand(
            models, id, before, after, code,
            [this](const QString &message) { emit errorOccurred(message); }));
    });
    dialog->open();
}

} // namespace Yardstick
