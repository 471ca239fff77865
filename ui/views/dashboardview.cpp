// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dashboardview.h"

#include "columnchooser.h"
#include "delegates/sparklinedelegate.h"
#include "delegates/symboldelegate.h"
#include "headlinetile.h"
#include "itemmodels/departmentsummarymodel.h"
#include "itemmodels/itemroles.h"
#include "itemmodels/rolefilterproxymodel.h"
#include "scorecardlegend.h"
#include "valuetile.h"
#include "workbench/backgroundjob.h"
#include "workbench/dashboardsnapshot.h"
#include "workbench/workbench.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QScopedValueRollback>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>
#include <memory>

namespace Yardstick {

namespace {

const QString kColumnsGroup = QStringLiteral("dashboard/scorecardColumns");

// What 1280 pixels show: what the analyst reads row by row. The target and
// threshold apart, the complaint rate and where a standard belongs (the
// grouping and the department table say that) are a right-click away.
QList<ColumnChooser::Column> scorecardColumns()
{
    using M = ScorecardModel;
    return {
        {M::StatusColumn, QStringLiteral("status"), true, false},
        {M::CodeColumn, QStringLiteral("code"), true, true},
        {M::TitleColumn, QStringLiteral("title"), true, true},
        {M::ValueColumn, QStringLiteral("value"), true, true},
        {M::TargetThresholdColumn, QStringLiteral("targetThreshold"), true, true},
        {M::TargetColumn, QStringLiteral("target"), false, true},
        {M::ThresholdColumn, QStringLiteral("threshold"), false, true},
        {M::TrendColumn, QStringLiteral("trend"), true, true},
        {M::RecentColumn, QStringLiteral("recent"), true, true},
        {M::MetColumn, QStringLiteral("met"), true, true},
        {M::ComplaintsColumn, QStringLiteral("complaints"), false, true},
        {M::ServiceColumn, QStringLiteral("service"), false, true},
        {M::DimensionColumn, QStringLiteral("dimension"), false, true},
        {M::DepartmentColumn, QStringLiteral("department"), false, true},
    };
}

} // namespace

DashboardView::DashboardView(Workbench &workbench, QSettings &settings, QWidget *parent)
    : QWidget(parent)
    , m_workbench(workbench)
    , m_model(new ScorecardModel(this))
    , m_proxy(new RoleFilterProxyModel(this))
    , m_departmentModel(new DepartmentSummaryModel(this))
    , m_job(new BackgroundJob(this))
{
    connect(m_job, &BackgroundJob::runningChanged, this,
            [this](bool running) { m_computing->setVisible(running); });
    m_tiles = new QWidget(this);
    m_tileLayout = new QHBoxLayout(m_tiles);
    m_tileLayout->setContentsMargins(0, 0, 0, 0);
    m_tileLayout->setSpacing(12);
    m_headlineHint = new QLabel(this);
    m_headlineHint->setObjectName(QStringLiteral("headlineHint"));
    m_headlineHint->setWordWrap(true);

    m_proxy->setSourceModel(m_model);
    m_tree = new QTreeView(this);
    m_tree->setObjectName(QStringLiteral("scorecardTree"));
    configureTree(settings);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_tree);
    splitter->addWidget(buildDepartments());
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 4);
    layout->addWidget(m_tiles);
    layout->addWidget(m_headlineHint);
    layout->addWidget(buildToolbar());
    layout->addWidget(splitter, 1);
    showMessage(tr("Computing the scorecard…"));
    refresh();
}

QWidget *DashboardView::buildToolbar()
{
    auto *bar = new QToolBar(this);
    bar->setObjectName(QStringLiteral("dashboardToolbar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);

    m_period = new QComboBox(bar);
    m_period->setObjectName(QStringLiteral("periodKind"));
    m_period->addItem(tr("Week"), int(PeriodKind::Week));
    m_period->addItem(tr("Month"), int(PeriodKind::Month));
    m_period->addItem(tr("Quarter"), int(PeriodKind::Quarter));
    m_period->setCurrentIndex(1);
    // Filled with the periods that hold data once a snapshot is in.
    m_asOf = new QComboBox(bar);
    m_asOf->setObjectName(QStringLiteral("asOfPeriod"));
    m_asOf->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_asOf->setToolTip(tr("The period the tiles, the scorecard and the departments show. The "
                          "latest complete period unless you pick another."));
    m_asOf->addItem(tr("Latest complete"), QDate());
    m_groupBy = new QComboBox(bar);
    m_groupBy->setObjectName(QStringLiteral("groupBy"));
    m_groupBy->addItem(tr("None"), int(ScorecardModel::Grouping::None));
    m_groupBy->addItem(tr("Service"), int(ScorecardModel::Grouping::Service));
    m_groupBy->addItem(tr("Dimension"), int(ScorecardModel::Grouping::Dimension));
    m_groupBy->addItem(tr("Department"), int(ScorecardModel::Grouping::Department));

    m_breachedOnly = new QAction(tr("Breached only"), this);
    m_breachedOnly->setObjectName(QStringLiteral("breachedOnly"));
    m_breachedOnly->setCheckable(true);
    m_breachedOnly->setShortcut(QKeySequence(tr("Ctrl+B")));
    m_breachedOnly->setToolTip(
        tr("Show only the standards worse than their threshold (%1)")
            .arg(m_breachedOnly->shortcut().toString(QKeySequence::NativeText)));

    m_periodEnding = new QLabel(this);
    m_periodEnding->setObjectName(QStringLiteral("periodEnding"));
    m_computing = new QLabel(tr("Computing…"), this);
    m_computing->setObjectName(QStringLiteral("computingIndicator"));

    auto *periodLabel = new QLabel(tr("&Period:"), bar);
    periodLabel->setBuddy(m_period);
    auto *asOfLabel = new QLabel(tr("&As of:"), bar);
    asOfLabel->setBuddy(m_asOf);
    auto *groupLabel = new QLabel(tr("&Group by:"), bar);
    groupLabel->setBuddy(m_groupBy);
    bar->addWidget(periodLabel);
    bar->addWidget(m_period);
    bar->addWidget(asOfLabel);
    bar->addWidget(m_asOf);
    bar->addSeparator();
    bar->addWidget(groupLabel);
    bar->addWidget(m_groupBy);
    bar->addSeparator();
    bar->addAction(m_breachedOnly);
    // A framed button, so it reads as a toggle and shows when it is on.
    if (auto *button = qobject_cast<QToolButton *>(bar->widgetForAction(m_breachedOnly)))
        button->setAutoRaise(false);
    for (QLabel *label : {periodLabel, asOfLabel, groupLabel})
        label->setContentsMargins(6, 0, 6, 0);
    m_computing->hide();

    // The labels sit beside the toolbar, not in it, so showing and hiding
    // them is plain widget visibility.
    auto *row = new QWidget(this);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(bar);
    layout->addStretch(1);
    layout->addWidget(m_computing);
    layout->addSpacing(12);
    layout->addWidget(m_periodEnding);

    // Another kind of period starts again from its latest complete one: a
    // month picked before names no week or quarter.
    connect(m_period, &QComboBox::currentIndexChanged, this, [this] {
        const QSignalBlocker blocker(m_asOf);
        m_asOf->setCurrentIndex(0);
        refresh();
    });
    connect(m_asOf, &QComboBox::currentIndexChanged, this, &DashboardView::refresh);
    connect(m_groupBy, &QComboBox::currentIndexChanged, this, [this] {
        m_fitWidths.clear(); // the status column's indent comes and goes
        m_model->setGrouping(ScorecardModel::Grouping(m_groupBy->currentData().toInt()));
    });
    connect(m_breachedOnly, &QAction::toggled, m_model, &ScorecardModel::setBreachedOnly);
    return row;
}

QWidget *DashboardView::buildDepartments()
{
    auto *box = new QWidget(this);
    auto *heading =
        new QLabel(tr("<b>Departments</b> — select one to see only its standards"), box);
    m_departments = new QTableView(box);
    m_departments->setObjectName(QStringLiteral("departmentTable"));
    m_departments->setModel(m_departmentModel);
    m_departments->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_departments->setSelectionMode(QAbstractItemView::SingleSelection);
    m_departments->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_departments->setAlternatingRowColors(true);
    m_departments->setWordWrap(false);
    m_departments->verticalHeader()->hide();
    m_departments->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_departments->horizontalHeader()->setHighlightSections(false);
    // Counts as narrow as their headings; the department name takes the rest.
    QHeaderView *header = m_departments->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(DepartmentSummaryModel::DepartmentColumn, QHeaderView::Stretch);
    header->setStretchLastSection(false);
    connect(m_departments->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &DashboardView::departmentChosen);

    auto *tableBox = new QWidget(box);
    auto *tableLayout = new QVBoxLayout(tableBox);
    tableLayout->setContentsMargins(0, 6, 0, 0);
    tableLayout->addWidget(heading);
    tableLayout->addWidget(m_departments, 1);
    auto *layout = new QHBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(tableBox, 3);
    layout->addWidget(new ScorecardLegend(box), 2);
    return box;
}

void DashboardView::configureTree(QSettings &settings)
{
    using M = ScorecardModel;
    m_tree->setModel(m_proxy);
    // After the model: the header has its sections to hide only then.
    m_columns =
        new ColumnChooser(m_tree->header(), settings, kColumnsGroup, scorecardColumns(), this);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setWordWrap(false);
    m_tree->setAllColumnsShowFocus(true);
    m_tree->setItemDelegateForColumn(M::StatusColumn,
                                     new SymbolDelegate(ComplianceStatusRole, &complianceStatusLook,
                                                        SymbolDelegate::Shape::Badge, m_tree));
    m_tree->setItemDelegateForColumn(
        M::TrendColumn,
        new SymbolDelegate(TrendRole, &trendLook, SymbolDelegate::Shape::Glyph, m_tree));
    m_tree->setItemDelegateForColumn(M::RecentColumn,
                                     new SparklineDelegate(M::TargetColumn, m_tree));
    // Worst first; within a status the catalogue's order stays.
    m_tree->setSortingEnabled(true);
    m_tree->sortByColumn(M::StatusColumn, Qt::AscendingOrder);

    QHeaderView *header = m_tree->header();
    header->setHighlightSections(false);
    // The title fills what the others leave (fillTitle), down to a width
    // that still reads; below that the scorecard scrolls sideways rather
    // than squeeze a column.
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    m_titleMinimum = qMax(header->sectionSizeHint(M::TitleColumn),
                          fontMetrics().horizontalAdvance(QLatin1Char('x')) * 26);
    // A column the analyst widened or narrowed keeps that width until Reset
    // Columns (hiding and showing one resizes it too, which is not theirs).
    connect(header, &QHeaderView::sectionResized, this,
            [this, header](int column, int oldSize, int newSize) {
                if (m_fitting || column == ScorecardModel::TitleColumn || oldSize == 0 ||
                    newSize == 0 || header->isSectionHidden(column))
                    return;
                m_userSized.insert(column);
                fillTitle();
            });
    connect(m_columns, &ColumnChooser::columnsChanged, this, &DashboardView::fitColumns);
    connect(m_columns, &ColumnChooser::columnsReset, this, [this] {
        m_userSized.clear();
        fitColumns();
    });
    m_tree->viewport()->installEventFilter(this);
    fitColumns();

    connect(m_proxy, &QAbstractItemModel::modelReset, this, &DashboardView::decorateTree);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &DashboardView::decorateTree);
    connect(m_tree, &QTreeView::doubleClicked, this, &DashboardView::activate);
    auto *open = new QAction(tr("Show in Standards"), m_tree);
    open->setShortcuts({QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)});
    open->setShortcutContext(Qt::WidgetShortcut);
    connect(open, &QAction::triggered, this, [this] { activate(m_tree->currentIndex()); });
    m_tree->addAction(open);
    // Right-click offers the same and the standard's charts (a group row,
    // which has no standard, offers nothing that acts).
    const auto requestChart = [this](ChartKind kind) {
        const QVariant id = m_tree->currentIndex().data(StandardIdRole);
        if (id.isValid())
            emit chartRequested(id.toLongLong(), kind);
    };
    auto *trend = new QAction(tr("Show Trend Chart"), m_tree);
    trend->setObjectName(QStringLiteral("showTrendChart"));
    connect(trend, &QAction::triggered, this, [requestChart] { requestChart(ChartKind::Trend); });
    auto *control = new QAction(tr("Show Control Chart"), m_tree);
    control->setObjectName(QStringLiteral("showControlChart"));
    connect(control, &QAction::triggered, this,
            [requestChart] { requestChart(ChartKind::ControlChart); });
    m_tree->addAction(trend);
    m_tree->addAction(control);
    auto *separator = new QAction(m_tree);
    separator->setSeparator(true);
    m_tree->addAction(separator);
    m_tree->addAction(m_columns->menu()->menuAction());
    m_tree->setContextMenuPolicy(Qt::ActionsContextMenu);
}

void DashboardView::setPeriodKind(PeriodKind kind)
{
    m_period->setCurrentIndex(m_period->findData(int(kind)));
}

PeriodKind DashboardView::periodKind() const
{
    return PeriodKind(m_period->currentData().toInt());
}

void DashboardView::setAsOf(QDate day)
{
    if (!day.isValid()) {
        m_asOf->setCurrentIndex(0);
        return;
    }
    const Period wanted = periodContaining(periodKind(), day);
    const int index = m_asOf->findData(wanted.start);
    if (index >= 0) {
        m_asOf->setCurrentIndex(index);
        return;
    }
    // Not listed yet (no snapshot in, or no data in it): asked for all the
    // same, so the scorecard says what it holds.
    const QSignalBlocker blocker(m_asOf);
    m_asOf->addItem(periodLabel(periodKind(), wanted), wanted.start);
    m_asOf->setCurrentIndex(m_asOf->count() - 1);
    refresh();
}

QDate DashboardView::asOf() const
{
    return m_asOf->currentData().toDate();
}

void DashboardView::setGrouping(ScorecardModel::Grouping grouping)
{
    m_groupBy->setCurrentIndex(m_groupBy->findData(int(grouping)));
}

ScorecardModel::Grouping DashboardView::grouping() const
{
    return ScorecardModel::Grouping(m_groupBy->currentData().toInt());
}

void DashboardView::refresh()
{
    // SQLite connections belong to the thread that opens them: the job's
    // worker opens the file itself and hands back only values. A refresh
    // while one is computing replaces it.
    const PeriodKind kind = periodKind();
    const QDate at = asOf();
    m_job->runOnWorkbench<DashboardSnapshot>(
        m_workbench,
        [kind, at](Workbench &workbench, const JobControl &) {
            return DashboardSnapshot::compute(workbench, kind, at);
        },
        [this](DashboardSnapshot snapshot) {
            display(snapshot);
            emit refreshed();
        },
        [this](const QString &error) {
            showMessage(tr("Cannot compute the scorecard: %1").arg(error));
        });
}

bool DashboardView::isComputing() const
{
    return m_job->isRunning();
}

void DashboardView::showMessage(const QString &text)
{
    clearHeadlines();
    m_headlineHint->setText(text);
    m_headlineHint->show();
}

void DashboardView::display(const DashboardSnapshot &snapshot)
{
    // Keep what the analyst was looking at: the department and the standard.
    const std::optional<qint64> department = m_model->department();
    const qint64 current = m_tree->currentIndex().data(StandardIdRole).toLongLong();

    fillAsOf(snapshot);
    m_fitWidths.clear();
    m_model->setScorecard(snapshot.scorecard, snapshot.reference);
    m_departmentModel->setScorecard(snapshot.scorecard, snapshot.reference);
    const int row = qMax(0, m_departmentModel->rowOf(department));
    m_departments->selectionModel()->setCurrentIndex(m_departmentModel->index(row, 0),
                                                     QItemSelectionModel::ClearAndSelect |
                                                         QItemSelectionModel::Rows);
    departmentChosen();
    if (current != 0) {
        const QModelIndex index = m_proxy->mapFromSource(m_model->indexOf(current));
        if (index.isValid())
            m_tree->setCurrentIndex(index);
    }

    const Scorecard &scorecard = snapshot.scorecard;
    if (scorecard.period.isValid()) {
        m_periodEnding->setText(
            tr("Period ending %1 (%2)")
                .arg(QLocale().toString(scorecard.period.end, tr("d MMMM yyyy")),
                     periodLabel(scorecard.kind, scorecard.period)));
    } else {
        m_periodEnding->setText(tr("Period ending: nothing measured yet"));
    }
    showHeadlines(snapshot);
}

void DashboardView::fillAsOf(const DashboardSnapshot &snapshot)
{
    // Rebuilt from each snapshot (an import may add periods), keeping the
    // choice; filling it must not ask for another snapshot.
    const QSignalBlocker blocker(m_asOf);
    const QDate chosen = asOf();
    const PeriodKind kind = snapshot.scorecard.kind;
    m_asOf->clear();
    m_asOf->addItem(snapshot.latestComplete.isValid()
                        ? tr("Latest complete (%1)").arg(periodLabel(kind, snapshot.latestComplete))
                        : tr("Latest complete"),
                    QDate());
    for (const Period &period : snapshot.periodsWithData)
        m_asOf->addItem(periodLabel(kind, period), period.start);
    if (!chosen.isValid())
        return;
    int index = m_asOf->findData(chosen);
    if (index < 0) {
        m_asOf->addItem(periodLabel(kind, snapshot.scorecard.period), chosen);
        index = m_asOf->count() - 1;
    }
    m_asOf->setCurrentIndex(index);
}

void DashboardView::clearHeadlines()
{
    while (QLayoutItem *item = m_tileLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_tiles->hide();
}

void DashboardView::showHeadlines(const DashboardSnapshot &snapshot)
{
    clearHeadlines();
    if (snapshot.standardCount == 0) {
        m_headlineHint->setText(
            tr("This workbench has no standards yet. To start: File › Import › Standards "
               "Catalogue… (or Edit › New Standard…), then File › Import › Case Records… for "
               "what operations measured and File › Import › Letters… for complaint letters. "
               "File › Open Demo Workbench shows a complete example."));
        m_headlineHint->show();
        return;
    }
    if (snapshot.scorecard.rows.isEmpty()) {
        m_headlineHint->setText(
            tr("Nothing is measured yet: File › Import › Case Records… brings in what "
               "operations recorded (a ticketing system's export as it comes), File › Import › "
               "Measurements… values measured elsewhere."));
        m_headlineHint->show();
        return;
    }
    if (snapshot.headlineCodes.isEmpty()) {
        m_headlineHint->setText(tr("No headline standards are chosen yet: name them in Edit › "
                                   "Workbench Properties… to see them here as tiles. The "
                                   "scorecard below shows every standard."));
        m_headlineHint->show();
        return;
    }
    if (snapshot.headlines.isEmpty()) {
        m_headlineHint->setText(tr("None of the headline standards (%1) is in the catalogue.")
                                    .arg(snapshot.headlineCodes.join(QStringLiteral(", "))));
        m_headlineHint->show();
        return;
    }
    m_headlineHint->hide();
    for (const HeadlineFigure &figure : snapshot.headlines)
        m_tileLayout->addWidget(new HeadlineTile(figure, snapshot.scorecard.kind, m_tiles), 1);
    if (!snapshot.headlineValues.isEmpty())
        m_tileLayout->addWidget(
            new ValueTile(snapshot.headlineValues, snapshot.scorecard.kind, m_tiles), 1);
    m_tiles->show();
}

void DashboardView::decorateTree()
{
    // Group rows span the row, so their "Service — 5 of 8 met" is readable.
    const bool grouped = m_model->grouping() != ScorecardModel::Grouping::None;
    m_tree->setRootIsDecorated(grouped);
    if (grouped) {
        for (int row = 0; row < m_proxy->rowCount(); ++row)
            m_tree->setFirstColumnSpanned(row, QModelIndex(), true);
        m_tree->expandAll();
    }
    fitColumns();
}

void DashboardView::fitColumns()
{
    // Every column as wide as its header and the widest cell (a grouped
    // standard's status with its indent; group rows span the row and do not
    // count), so a value with a long unit or a Chinese header is whole.
    QHeaderView *header = m_tree->header();
    // QTreeView hides its override; QAbstractItemView's is public.
    const QAbstractItemView *view = m_tree;
    {
        const QScopedValueRollback<bool> fitting(m_fitting, true);
        for (int column = 0; column < header->count(); ++column) {
            if (column == ScorecardModel::TitleColumn || header->isSectionHidden(column) ||
                m_userSized.contains(column))
                continue;
            int &width = m_fitWidths[column];
            width =
                std::max({width, header->sectionSizeHint(column), view->sizeHintForColumn(column)});
            header->resizeSection(column, width);
        }
    }
    fillTitle();
}

void DashboardView::fillTitle()
{
    // The title, elided with its whole text in the tooltip, takes the room
    // the other columns leave.
    QHeaderView *header = m_tree->header();
    int others = 0;
    for (int column = 0; column < header->count(); ++column) {
        if (column != ScorecardModel::TitleColumn && !header->isSectionHidden(column))
            others += header->sectionSize(column);
    }
    const QScopedValueRollback<bool> fitting(m_fitting, true);
    header->resizeSection(ScorecardModel::TitleColumn,
                          qMax(m_titleMinimum, m_tree->viewport()->width() - others));
}

bool DashboardView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_tree->viewport() && event->type() == QEvent::Resize)
        fillTitle();
    return QWidget::eventFilter(watched, event);
}

void DashboardView::departmentChosen()
{
    const int row = m_departments->selectionModel()->currentIndex().row();
    m_model->setDepartment(m_departmentModel->departmentAt(row));
}

void DashboardView::activate(const QModelIndex &index)
{
    const QVariant id = index.data(StandardIdRole);
    if (id.isValid())
        emit standardActivated(id.toLongLong());
}

} // namespace Yardstick
