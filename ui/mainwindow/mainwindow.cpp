// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "classify/lexicon.h"
#include "demo/demoworkbenchgenerator.h"
#include "dialogs/holidaysdialog.h"
#include "dialogs/lexicondialog.h"
#include "dialogs/workbenchpropertiesdialog.h"
#include "importcontroller.h"
#include "letterimportcontroller.h"
#include "storage/database.h"
#include "views/auditsview.h"
#include "views/chartsview.h"
#include "views/complaintsview.h"
#include "views/dashboardview.h"
#include "views/measurementsview.h"
#include "views/reportsview.h"
#include "views/standardsview.h"
#include "views/surveysview.h"
#include "workbench/workbench.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressDialog>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QThread>
#include <QUndoStack>

#include <atomic>

namespace Yardstick {

namespace {

const QString kGeometryKey = QStringLiteral("window/geometry");
const QString kStateKey = QStringLiteral("window/state");
const QString kSectionKey = QStringLiteral("window/section");
const QString kDashboardPeriodKey = QStringLiteral("dashboard/period");
const QString kDashboardGroupingKey = QStringLiteral("dashboard/grouping");
const QString kFileFilter = QStringLiteral("*.yardstick");
const QString kSuffix = QStringLiteral(".yardstick");

// Removes a workbench file with the journal files SQLite may keep beside it.
void removeWorkbenchFile(const QString &path)
{
    QFile::remove(path);
    QFile::remove(path + QStringLiteral("-wal"));
    QFile::remove(path + QStringLiteral("-shm"));
}

// Moves a finished file over the target, replacing it.
bool replaceFile(const QString &from, const QString &to, QString *error)
{
    if (QFileInfo::exists(to)) {
        QFile target(to);
        if (!target.remove()) {
            *error = target.errorString();
            return false;
        }
        QFile::remove(to + QStringLiteral("-wal"));
        QFile::remove(to + QStringLiteral("-shm"));
    }
    QFile source(from);
    if (!source.rename(to)) {
        *error = source.errorString();
        return false;
    }
    return true;
}

} // namespace

MainWindow::MainWindow(QSettings &settings, QWidget *parent)
    : QMainWindow(parent)
    , m_settings(settings)
    , m_recent(settings)
    , m_undoStack(new QUndoStack(this))
{
    setObjectName(QStringLiteral("yardstickMainWindow"));
    buildPages();
    buildMenus();
    statusBar()->showMessage(tr("Every edit is written to the workbench file as you make it."));
    resize(1280, 800);
    restoreGeometry(m_settings.value(kGeometryKey).toByteArray());
    restoreState(m_settings.value(kStateKey).toByteArray());
    // First launch opens on the dashboard: the scorecard is what an analyst
    // comes to see.
    showSection(Section(qBound(0, m_settings.value(kSectionKey, 0).toInt(), 6)));
    updatePageShortcuts();
    m_dashboardView->setPeriodKind(
        periodKindFromKey(m_settings.value(kDashboardPeriodKey).toString())
            .value_or(PeriodKind::Month));
    m_dashboardView->setGrouping(
        ScorecardModel::Grouping(qBound(0, m_settings.value(kDashboardGroupingKey, 0).toInt(), 3)));
    setWorkbench(nullptr);
}

MainWindow::~MainWindow()
{
    if (m_demoThread) {
        m_demoThread->requestInterruption();
        m_demoThread->wait();
    }
    // Views hold pointers into the workbench: detach them before it goes.
    m_undoStack->clear();
    m_standardsView->setWorkbench(nullptr);
    m_measurementsView->setWorkbench(nullptr);
    m_complaintsView->setWorkbench(nullptr);
    m_surveysView->setWorkbench(nullptr);
    m_auditsView->setWorkbench(nullptr);
    m_dashboardView->setWorkbench(nullptr);
    m_chartsView->setWorkbench(nullptr);
    m_reportsView->setWorkbench(nullptr);
}

QString MainWindow::demoPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("demo.yardstick"));
}

void MainWindow::buildPages()
{
    m_navigation = new QListWidget(this);
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_pages = new QStackedWidget(this);

    m_dashboardView = new DashboardView(this);
    m_standardsView = new StandardsView(m_settings, *m_undoStack, this);
    m_measurementsView = new MeasurementsView(this);
    connect(m_standardsView, &StandardsView::errorOccurred, this,
            [this](const QString &message) { showError(tr("Standards"), message); });
    connect(m_standardsView, &StandardsView::catalogueChanged, this, [this] {
        m_dashboardView->refresh();
        m_measurementsView->refresh();
    });
    connect(m_undoStack, &QUndoStack::indexChanged, m_dashboardView, &DashboardView::refresh);
    connect(m_dashboardView, &DashboardView::standardActivated, this, [this](qint64 id) {
        showSection(Section::Standards);
        m_standardsView->selectStandard(id);
    });
    connect(this, &MainWindow::workbenchContentChanged, this, [this] {
        m_dashboardView->refresh();
        m_measurementsView->refresh();
    });
    buildChartPages();
    buildComplaintsPage();
    buildSurveysPage();

    const struct
    {
        QString name;
        QWidget *page;
    } sections[] = {
        {tr("Dashboard"), m_dashboardView},       {tr("Standards"), m_standardsView},
        {tr("Measurements"), m_measurementsView}, {tr("Complaints"), m_complaintsView},
        {tr("Surveys"), m_surveysView},           {tr("Charts"), m_chartsView},
        {tr("Reports"), m_reportsView},
    };
    for (const auto &section : sections) {
        m_navigation->addItem(section.name);
        m_pages->addWidget(section.page);
    }
    m_navigation->setFixedWidth(m_navigation->sizeHintForColumn(0) + 48);
    m_navigation->setSpacing(2);
    connect(m_navigation, &QListWidget::currentRowChanged, m_pages,
            &QStackedWidget::setCurrentIndex);
    connect(m_pages, &QStackedWidget::currentChanged, this, &MainWindow::updatePageShortcuts);

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_navigation);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);
}

void MainWindow::buildChartPages()
{
    m_chartsView = new ChartsView(m_settings, *m_undoStack, this);
    m_chartsView->setObjectName(QStringLiteral("chartsView"));
    m_reportsView = new ReportsView(m_settings, this);
    m_reportsView->setObjectName(QStringLiteral("reportsView"));
    connect(m_chartsView, &ChartsView::errorOccurred, this,
            [this](const QString &message) { showError(tr("Charts"), message); });
    connect(m_reportsView, &ReportsView::errorOccurred, this,
            [this](const QString &message) { showError(tr("Reports"), message); });
    const auto showStatus = [this](const QString &text) {
        statusBar()->showMessage(text, 10000);
    };
    connect(m_chartsView, &ChartsView::statusMessage, this, showStatus);
    connect(m_reportsView, &ReportsView::statusMessage, this, showStatus);
    connect(this, &MainWindow::workbenchContentChanged, m_chartsView, &ChartsView::refresh);
    connect(m_standardsView, &StandardsView::catalogueChanged, m_chartsView, &ChartsView::refresh);
    connect(m_dashboardView, &DashboardView::chartRequested, this,
            [this](qint64 id, ChartKind kind) {
                showSection(Section::Charts);
                m_chartsView->showStandard(id, kind);
            });
    // From the File menu on another page: the chart or pack is that page's.
    connect(m_chartsView->exportAction(), &QAction::triggered, this,
            [this] { showSection(Section::Charts); });
    connect(m_chartsView->copyAction(), &QAction::triggered, this,
            [this] { showSection(Section::Charts); });
    connect(m_reportsView->createAction(), &QAction::triggered, this,
            [this] { showSection(Section::Reports); });
}

void MainWindow::buildComplaintsPage()
{
    m_complaintsView = new ComplaintsView(m_settings, *m_undoStack, this);
    m_complaintsView->setObjectName(QStringLiteral("complaintsView"));
    connect(m_complaintsView, &ComplaintsView::errorOccurred, this,
            [this](const QString &message) { showError(tr("Complaints"), message); });
    connect(m_complaintsView, &ComplaintsView::statusMessage, this,
            [this](const QString &text) { statusBar()->showMessage(text, 10000); });
    // The complaint-handling standards' measurements were recomputed.
    connect(m_complaintsView, &ComplaintsView::handlingChanged, this, [this] {
        m_dashboardView->refresh();
        m_measurementsView->refresh();
        m_chartsView->refresh();
    });
    connect(this, &MainWindow::workbenchContentChanged, m_complaintsView, &ComplaintsView::refresh);
}

void MainWindow::buildSurveysPage()
{
    m_surveysView = new SurveysView(m_settings, *m_undoStack, this);
    m_surveysView->setObjectName(QStringLiteral("surveysView"));
    connect(m_surveysView, &SurveysView::errorOccurred, this,
            [this](const QString &message) { showError(tr("Surveys"), message); });
    connect(m_surveysView, &SurveysView::statusMessage, this,
            [this](const QString &text) { statusBar()->showMessage(text, 10000); });
    // Survey-fed measurements were recomputed: the scorecard and charts
    // read them again (and so does the page itself, which is harmless).
    connect(m_surveysView, &SurveysView::measurementsChanged, this,
            &MainWindow::workbenchContentChanged);
    connect(this, &MainWindow::workbenchContentChanged, m_surveysView, &SurveysView::refresh);

    // Staff audits are the other half of the voice of the customer: a tab
    // beside the SERVQUAL one rather than a page of their own.
    m_auditsView = new AuditsView(m_settings, *m_undoStack, m_surveysView);
    m_auditsView->setObjectName(QStringLiteral("auditsView"));
    connect(m_auditsView, &AuditsView::errorOccurred, this,
            [this](const QString &message) { showError(tr("Staff audits"), message); });
    connect(m_auditsView, &AuditsView::statusMessage, this,
            [this](const QString &text) { statusBar()->showMessage(text, 10000); });
    connect(m_auditsView, &AuditsView::measurementsChanged, this,
            &MainWindow::workbenchContentChanged);
    connect(this, &MainWindow::workbenchContentChanged, m_auditsView, &AuditsView::refresh);
    m_surveysView->addTab(m_auditsView, tr("Staff audits"));
}

void MainWindow::buildSurveysMenu()
{
    QMenu *surveys = menuBar()->addMenu(tr("S&urveys"));
    surveys->setObjectName(QStringLiteral("surveysMenu"));
    // The actions work on the page's survey and wave: show them.
    for (QAction *action : m_surveysView->surveyActions()) {
        surveys->addAction(action);
        connect(action, &QAction::triggered, this, [this] { showSection(Section::Surveys); });
    }
    surveys->insertSeparator(m_surveysView->exportGapsAction());
}

void MainWindow::updatePageShortcuts()
{
    // Pages share keys (Ctrl+E edits a standard on Standards and exports the
    // chart on Charts, Delete deletes a standard or a holiday): only the
    // page on screen listens for its own, so a key never acts on a page the
    // analyst cannot see, and two actions never claim the same key.
    const auto listen = [](const QList<QAction *> &actions, bool current) {
        for (QAction *action : actions)
            action->setShortcutContext(current ? Qt::WindowShortcut : Qt::WidgetShortcut);
    };
    const Section section = currentSection();
    listen({m_standardsView->editAction(), m_standardsView->retireAction(),
            m_standardsView->deleteAction(), m_standardsView->planTargetAction(),
            m_standardsView->goalReviewAction(), m_standardsView->valueModelAction()},
           section == Section::Standards);
    listen({m_chartsView->exportAction(), m_chartsView->copyAction()}, section == Section::Charts);
    listen({m_reportsView->createAction()}, section == Section::Reports);
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newAction = file->addAction(tr("&New Workbench…"), this, &MainWindow::chooseAndCreate);
    newAction->setShortcut(QKeySequence::New);
    QAction *openAction = file->addAction(tr("&Open…"), this, &MainWindow::chooseAndOpen);
    openAction->setShortcut(QKeySequence::Open);
    file->addAction(tr("Open &Demo Workbench"), this, &MainWindow::openDemo);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::fillRecentMenu);
    file->addSeparator();
    m_saveAsAction = file->addAction(tr("Save &As…"), this, &MainWindow::chooseAndSaveAs);
    m_saveAsAction->setShortcut(QKeySequence::SaveAs);
    file->addSeparator();
    buildImportMenu(file);
    file->addSeparator();
    file->addAction(m_chartsView->exportAction());
    file->addAction(m_chartsView->copyAction());
    file->addAction(m_reportsView->createAction());
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_undoStack->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_undoStack->createRedoAction(this, tr("&Redo"));
    // Ctrl+Shift+Z everywhere, and Ctrl+Y for analysts used to office suites.
    redo->setShortcuts({QKeySequence(tr("Ctrl+Shift+Z")), QKeySequence(tr("Ctrl+Y"))});
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    edit->addAction(m_standardsView->newAction());
    edit->addAction(m_standardsView->editAction());
    edit->addAction(m_standardsView->retireAction());
    edit->addAction(m_standardsView->deleteAction());
    edit->addAction(m_standardsView->planTargetAction());
    edit->addAction(m_standardsView->goalReviewAction());
    edit->addAction(m_standardsView->valueModelAction());
    edit->addSeparator();
    m_holidaysAction = edit->addAction(tr("&Holidays…"), this, &MainWindow::editHolidays);
    m_holidaysAction->setObjectName(QStringLiteral("holidaysAction"));
    m_propertiesAction =
        edit->addAction(tr("Workbench &Properties…"), this, &MainWindow::editProperties);
    m_propertiesAction->setObjectName(QStringLiteral("propertiesAction"));

    buildComplaintsMenu();
    buildSurveysMenu();

    QMenu *view = menuBar()->addMenu(tr("&View"));
    for (int i = 0; i < m_navigation->count(); ++i) {
        QAction *go = view->addAction(m_navigation->item(i)->text(), this,
                                      [this, i] { showSection(Section(i)); });
        go->setShortcut(QKeySequence(QStringLiteral("Ctrl+%1").arg(i + 1)));
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Yardstick"), this, [this] {
        QMessageBox::about(
            this, tr("About Yardstick"),
            tr("<h3>Yardstick %1</h3><p>A quality-control workbench for customer-service "
               "analysts: service standards, measurements, complaint letters and surveys.</p>"
               "<p>Licensed under the GNU General Public License, version 3 or later.</p>")
                .arg(QApplication::applicationVersion()));
    });
}

void MainWindow::buildComplaintsMenu()
{
    QMenu *complaints = menuBar()->addMenu(tr("&Complaints"));
    complaints->setObjectName(QStringLiteral("complaintsMenu"));
    // The letter actions' keys act on the complaint list when it has the
    // focus; from the menu they act on its current letter, so show it.
    for (QAction *action : m_complaintsView->letterActions()) {
        complaints->addAction(action);
        connect(action, &QAction::triggered, this, [this] { showSection(Section::Complaints); });
    }
    complaints->insertSeparator(m_complaintsView->markNewAction());
    complaints->insertSeparator(m_complaintsView->linkAction());
    complaints->addSeparator();
    m_lexiconAction = complaints->addAction(tr("Edit &Lexicon…"), this, &MainWindow::editLexicon);
    m_lexiconAction->setObjectName(QStringLiteral("lexiconAction"));
}

void MainWindow::editLexicon()
{
    if (!m_workbench)
        return;
    QList<LexiconTerm> terms = m_workbench->lexicon().all();
    if (terms.isEmpty())
        terms = Lexicon::defaultTerms();
    auto *dialog = new LexiconDialog(m_workbench->lexicon(), terms, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, m_complaintsView, &ComplaintsView::reloadLabeller);
    dialog->open();
}

void MainWindow::fillRecentMenu()
{
    m_recentMenu->clear();
    const QStringList paths = m_recent.paths();
    if (paths.isEmpty()) {
        m_recentMenu->addAction(tr("No recent workbenches"))->setEnabled(false);
        return;
    }
    int number = 1;
    for (const QString &path : paths) {
        const QString label =
            number < 10 ? QStringLiteral("&%1 %2").arg(number).arg(QDir::toNativeSeparators(path))
                        : QDir::toNativeSeparators(path);
        m_recentMenu->addAction(label, this, [this, path] { openWorkbench(path); });
        ++number;
    }
    m_recentMenu->addSeparator();
    m_recentMenu->addAction(tr("&Clear List"), this, [this] { m_recent.clear(); });
}

void MainWindow::showSection(Section section)
{
    m_navigation->setCurrentRow(int(section));
}

MainWindow::Section MainWindow::currentSection() const
{
    return Section(m_pages->currentIndex());
}

void MainWindow::setWorkbench(std::unique_ptr<Workbench> workbench)
{
    // The commands on the stack edit the old workbench's catalogue.
    m_undoStack->clear();
    m_standardsView->setWorkbench(workbench.get());
    m_measurementsView->setWorkbench(workbench.get());
    m_imports->setWorkbench(workbench.get());
    m_letterImports->setWorkbench(workbench.get());
    m_complaintsView->setWorkbench(workbench.get());
    m_surveysView->setWorkbench(workbench.get());
    m_auditsView->setWorkbench(workbench.get());
    m_dashboardView->setWorkbench(workbench.get());
    m_chartsView->setWorkbench(workbench.get());
    m_reportsView->setWorkbench(workbench.get());
    m_workbench = std::move(workbench);
    m_saveAsAction->setEnabled(m_workbench != nullptr);
    m_holidaysAction->setEnabled(m_workbench != nullptr);
    m_propertiesAction->setEnabled(m_workbench != nullptr);
    m_lexiconAction->setEnabled(m_workbench != nullptr);
    m_standardsView->newAction()->setEnabled(m_workbench != nullptr);
    updateTitle();
}

void MainWindow::updateTitle()
{
    if (!m_workbench) {
        setWindowTitle(tr("Yardstick"));
        return;
    }
    setWindowTitle(tr("%1 — Yardstick").arg(m_workbench->title()));
    statusBar()->showMessage(tr("%1 — every edit is saved as you make it.")
                                 .arg(QDir::toNativeSeparators(m_workbench->path())));
}

void MainWindow::showError(const QString &title, const QString &message)
{
    // Not exec(): the window keeps running behind the message, and tests can
    // read it without a nested event loop.
    auto *box = new QMessageBox(QMessageBox::Warning, title, message, QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("yardstickMessage"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

bool MainWindow::openWorkbench(const QString &path)
{
    const bool upgrading = Database::needsUpgrade(path);
    if (upgrading)
        upgradeInBackground(path);
    Workbench::OpenResult opened = Workbench::open(path);
    if (!opened.workbench) {
        if (opened.error.kind == OpenError::Kind::NotFound)
            m_recent.remove(path);
        showError(tr("Cannot Open Workbench"), opened.error.message);
        return false;
    }
    setWorkbench(std::move(opened.workbench));
    m_recent.add(path);
    if (upgrading) {
        statusBar()->showMessage(
            tr("%1 was upgraded to this version of Yardstick; every edit is saved as you make "
               "it.")
                .arg(QDir::toNativeSeparators(path)));
    }
    emit workbenchOpened(path);
    return true;
}

// Opening a workbench from an older Yardstick converts it in place, which
// takes seconds for a million cases: a worker opens (and so upgrades) the
// file while the window keeps painting behind a progress dialog. Whatever
// goes wrong is reported by the real open that follows, and an upgrade that
// failed has left the file as it was (each step is one transaction).
void MainWindow::upgradeInBackground(const QString &path)
{
    QProgressDialog progress(
        tr("Upgrading %1 to this version of Yardstick…").arg(QFileInfo(path).fileName()), QString(),
        0, 0, this);
    progress.setObjectName(QStringLiteral("upgradeProgress"));
    progress.setWindowTitle(tr("Open Workbench"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(500); // a small file is done before it would show
    progress.setValue(0);             // starts the clock for minimumDuration
    QEventLoop loop;
    QThread *worker = QThread::create([path] {
        Database::Options options;
        options.busyTimeoutMs = 30000;
        Workbench::open(path, options);
    });
    connect(worker, &QThread::finished, &loop, &QEventLoop::quit);
    worker->start();
    loop.exec(QEventLoop::ExcludeUserInputEvents);
    worker->wait();
    delete worker;
}

bool MainWindow::createWorkbench(const QString &path)
{
    // Build the new file under a temporary name and move it into place, so a
    // file the user chose to replace survives if anything goes wrong.
    const QString partial = path + QStringLiteral(".partial");
    removeWorkbenchFile(partial);
    {
        Workbench::OpenResult made = Workbench::create(partial);
        if (!made.workbench) {
            showError(tr("Cannot Create Workbench"), made.error.message);
            return false;
        }
        made.workbench->properties().setValue(QLatin1String(PropertyRepository::kTitle),
                                              QFileInfo(path).completeBaseName());
    }
    QString error;
    if (!replaceFile(partial, path, &error)) {
        removeWorkbenchFile(partial);
        showError(tr("Cannot Create Workbench"),
                  tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), error));
        return false;
    }
    return openWorkbench(path);
}

bool MainWindow::saveWorkbenchAs(const QString &path)
{
    if (!m_workbench)
        return false;
    if (QFileInfo(path).absoluteFilePath() == QFileInfo(m_workbench->path()).absoluteFilePath())
        return true; // it is already there, with every edit in it
    const QString partial = path + QStringLiteral(".partial");
    removeWorkbenchFile(partial);
    QString error = m_workbench->database().copyTo(partial);
    if (error.isEmpty() && replaceFile(partial, path, &error))
        return openWorkbench(path);
    removeWorkbenchFile(partial);
    showError(tr("Cannot Save Workbench"),
              tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), error));
    return false;
}

void MainWindow::openDemo()
{
    const QString path = demoPath();
    if (QFileInfo::exists(path)) {
        openWorkbench(path);
        return;
    }
    if (m_demoThread)
        return; // already being built
    QDir().mkpath(QFileInfo(path).absolutePath());

    auto *progress = new QProgressDialog(tr("Building the demo workbench of the card "
                                            "division's quality programme…"),
                                         tr("Cancel"), 0, 100, this);
    progress->setObjectName(QStringLiteral("demoProgress"));
    progress->setWindowTitle(tr("Demo Workbench"));
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(0);
    progress->setAutoClose(false);
    progress->setAutoReset(false);
    auto cancelled = std::make_shared<std::atomic_bool>(false);
    connect(progress, &QProgressDialog::canceled, progress, [cancelled] { *cancelled = true; });

    auto result = std::make_shared<StorageResult>(StorageResult::success());
    m_demoThread = QThread::create([path, progress, cancelled, result] {
        const DemoWorkbenchGenerator generator;
        *result = generator.writeFile(path, [progress, cancelled](int percent) {
            QMetaObject::invokeMethod(
                progress, [progress, percent] { progress->setValue(percent); },
                Qt::QueuedConnection);
            return !*cancelled && !QThread::currentThread()->isInterruptionRequested();
        });
    });
    connect(m_demoThread, &QThread::finished, this, [this, path, progress, cancelled, result] {
        m_demoThread->deleteLater();
        m_demoThread = nullptr;
        progress->deleteLater();
        if (result->ok())
            openWorkbench(path);
        else if (!*cancelled)
            showError(tr("Cannot Build Demo"), result->error());
    });
    m_demoThread->start();
}

QString MainWindow::startFolder() const
{
    if (m_workbench)
        return QFileInfo(m_workbench->path()).absolutePath();
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

void MainWindow::chooseAndOpen()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Workbench"), startFolder(),
        tr("Yardstick workbenches (%1);;All files (*)").arg(kFileFilter));
    if (!path.isEmpty())
        openWorkbench(path);
}

QString MainWindow::chooseSavePath(const QString &caption)
{
    QString path = QFileDialog::getSaveFileName(this, caption, startFolder(),
                                                tr("Yardstick workbenches (%1)").arg(kFileFilter));
    if (!path.isEmpty() && !path.endsWith(kSuffix))
        path += kSuffix;
    return path;
}

void MainWindow::chooseAndCreate()
{
    const QString path = chooseSavePath(tr("New Workbench"));
    if (!path.isEmpty())
        createWorkbench(path);
}

void MainWindow::chooseAndSaveAs()
{
    const QString path = chooseSavePath(tr("Save Workbench As"));
    if (!path.isEmpty())
        saveWorkbenchAs(path);
}

void MainWindow::buildImportMenu(QMenu *file)
{
    m_imports = new ImportController(m_settings, this);
    QMenu *import = file->addMenu(tr("&Import"));
    import->setObjectName(QStringLiteral("importMenu"));
    import->addAction(m_imports->importCasesAction());
    import->addAction(m_imports->importMeasurementsAction());
    import->addAction(m_imports->importStandardsAction());
    m_letterImports = new LetterImportController(*m_imports, this);
    import->addAction(m_letterImports->importLettersAction());
    connect(m_letterImports, &LetterImportController::imported, this,
            &MainWindow::workbenchContentChanged);
    connect(m_letterImports, &LetterImportController::statusMessage, this,
            [this](const QString &text) { statusBar()->showMessage(text); });
    connect(m_letterImports, &LetterImportController::errorOccurred, this, &MainWindow::showError);
    file->addAction(m_imports->exportStandardsAction());
    connect(m_imports, &ImportController::imported, this, [this](ImportController::Kind kind) {
        if (kind == ImportController::Kind::Standards) {
            // Undo commands hold standards as they were before the import,
            // and the view needs the names of services the import created.
            m_undoStack->clear();
            m_standardsView->setWorkbench(m_workbench.get());
        }
        emit workbenchContentChanged();
    });
    connect(m_imports, &ImportController::statusMessage, this,
            [this](const QString &text) { statusBar()->showMessage(text); });
    connect(m_imports, &ImportController::errorOccurred, this, &MainWindow::showError);
}

void MainWindow::editHolidays()
{
    if (!m_workbench)
        return;
    auto *dialog = new HolidaysDialog(m_workbench->holidays(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // Each change is already in the file; recompute business days once, after.
    connect(dialog, &QDialog::finished, this, [this, dialog] {
        if (dialog->changed())
            emit workbenchContentChanged();
    });
    dialog->open();
}

void MainWindow::editProperties()
{
    if (!m_workbench)
        return;
    auto *dialog = new WorkbenchPropertiesDialog(m_workbench->properties(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (!dialog->changed())
            return;
        updateTitle();
        emit workbenchContentChanged();
    });
    dialog->open();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_settings.setValue(kGeometryKey, saveGeometry());
    m_settings.setValue(kStateKey, saveState());
    m_settings.setValue(kSectionKey, int(currentSection()));
    m_settings.setValue(kDashboardPeriodKey, periodKindKey(m_dashboardView->periodKind()));
    m_settings.setValue(kDashboardGroupingKey, int(m_dashboardView->grouping()));
    m_settings.sync();
    event->accept();
}

} // namespace Yardstick
