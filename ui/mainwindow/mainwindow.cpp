// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "applicationicon.h"
#include "demo/demoworkbenchgenerator.h"
#include "dialogs/connectdialog.h"
#include "dialogs/historydialog.h"
#include "dialogs/holidaysdialog.h"
#include "dialogs/lexicondialog.h"
#include "dialogs/organisationdialog.h"
#include "dialogs/workbenchpropertiesdialog.h"
#include "importcontroller.h"
#include "languagechooser.h"
#include "letterimportcontroller.h"
#include "storage/database.h"
#include "storage/serveraddress.h"
#include "storage/teamroles.h"
#include "usecases/letterservice.h"
#include "views/auditsview.h"
#include "views/chartsview.h"
#include "views/complaintsview.h"
#include "views/dashboardview.h"
#include "views/measurementsview.h"
#include "views/reportsview.h"
#include "views/standardsview.h"
#include "views/surveysview.h"
#include "workbench/backgroundjob.h"
#include "workbench/periodvaluerefresher.h"
#include "workbench/workbench.h"
#include "workbenchpages.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressDialog>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QUndoStack>
#include <QVBoxLayout>

#include <atomic>
#include <utility>

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
    , m_periodValueJob(new BackgroundJob(this))
    , m_demoJob(new BackgroundJob(this))
{
    setObjectName(QStringLiteral("yardstickMainWindow"));
    // Kept values recomputed after a change of business days: the pages go on
    // computing from the cases meanwhile; the status bar says how far it is.
    connect(m_periodValueJob, &BackgroundJob::progressChanged, this, [this](int percent) {
        if (percent < 100)
            statusBar()->showMessage(
                tr("Recomputing the kept period values for the new business days: %1%")
                    .arg(percent));
        else
            statusBar()->clearMessage();
    });
    // Its dialogs take it from here: a window's icon passes to its children.
    setWindowIcon(ApplicationIcon::icon());
    buildWindowActions();
    buildImports();
    buildLayout();
    statusBar()->showMessage(tr("Every edit is written to the workbench file as you make it."));
    resize(1280, 800);
    restoreGeometry(m_settings.value(kGeometryKey).toByteArray());
    restoreState(m_settings.value(kStateKey).toByteArray());
    // First launch opens on the dashboard: the scorecard is what an analyst
    // comes to see.
    showSection(Section(qBound(0, m_settings.value(kSectionKey, 0).toInt(), 6)));
    setWorkbench(nullptr);
}

MainWindow::~MainWindow()
{
    delete m_demoJob; // stops a demo being built and waits for it
    delete m_organisationDialog;
    // The pages and the undo commands hold references into the workbench.
    m_undoStack->clear();
    delete std::exchange(m_pages, nullptr); // nothing reaches a page while they go
}

QString MainWindow::demoPath()
{
    // One demo per language: the Chinese demo is a file of its own, so
    // switching language opens the demo in the language of the menus.
    const bool chinese =
        DemoWorkbenchGenerator::languageFor(QLocale()) == DemoWorkbenchGenerator::Language::Chinese;
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(chinese ? QStringLiteral("demo-zh_CN.yardstick")
                          : QStringLiteral("demo.yardstick"));
}

// What the window offers whether or not a workbench is open; the menus are
// rebuilt around these when the pages (and their actions) come and go.
void MainWindow::buildWindowActions()
{
    m_newAction = new QAction(tr("&New Workbench…"), this);
    m_newAction->setShortcut(QKeySequence::New);
    connect(m_newAction, &QAction::triggered, this, &MainWindow::chooseAndCreate);
    m_openAction = new QAction(tr("&Open…"), this);
    m_openAction->setShortcut(QKeySequence::Open);
    connect(m_openAction, &QAction::triggered, this, &MainWindow::chooseAndOpen);
    m_connectAction = new QAction(tr("&Connect to Team Workbench…"), this);
    connect(m_connectAction, &QAction::triggered, this, &MainWindow::chooseAndConnect);
    m_demoAction = new QAction(tr("Open &Demo Workbench"), this);
    connect(m_demoAction, &QAction::triggered, this, &MainWindow::openDemo);
    m_saveAsAction = new QAction(tr("Save &As…"), this);
    m_saveAsAction->setShortcut(QKeySequence::SaveAs);
    connect(m_saveAsAction, &QAction::triggered, this, &MainWindow::chooseAndSaveAs);
    m_quitAction = new QAction(tr("&Quit"), this);
    m_quitAction->setShortcut(QKeySequence::Quit);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_undoAction = m_undoStack->createUndoAction(this, tr("&Undo"));
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_redoAction = m_undoStack->createRedoAction(this, tr("&Redo"));
    // Ctrl+Shift+Z everywhere, and Ctrl+Y for analysts used to office suites.
    m_redoAction->setShortcuts({QKeySequence(tr("Ctrl+Shift+Z")), QKeySequence(tr("Ctrl+Y"))});
    m_holidaysAction = new QAction(tr("&Holidays…"), this);
    m_holidaysAction->setObjectName(QStringLiteral("holidaysAction"));
    connect(m_holidaysAction, &QAction::triggered, this, &MainWindow::editHolidays);
    m_historyAction = new QAction(tr("Workbench Hi&story…"), this);
    m_historyAction->setObjectName(QStringLiteral("workbenchHistoryAction"));
    m_historyAction->setStatusTip(tr("Who changed what in this workbench, and when"));
    connect(m_historyAction, &QAction::triggered, this, &MainWindow::showHistory);
    m_propertiesAction = new QAction(tr("Workbench &Properties…"), this);
    m_propertiesAction->setObjectName(QStringLiteral("propertiesAction"));
    connect(m_propertiesAction, &QAction::triggered, this, &MainWindow::editProperties);
    m_organisationAction = new QAction(tr("&Services && Departments…"), this);
    m_organisationAction->setObjectName(QStringLiteral("organisationAction"));
    connect(m_organisationAction, &QAction::triggered, this, &MainWindow::editOrganisation);
    m_lexiconAction = new QAction(tr("Edit &Lexicon…"), this);
    m_lexiconAction->setObjectName(QStringLiteral("lexiconAction"));
    connect(m_lexiconAction, &QAction::triggered, this, &MainWindow::editLexicon);

    const QStringList sections = {tr("Dashboard"),  tr("Standards"), tr("Measurements"),
                                  tr("Complaints"), tr("Surveys"),   tr("Charts"),
                                  tr("Reports")};
    for (int i = 0; i < sections.size(); ++i) {
        auto *go = new QAction(sections.at(i), this);
        go->setShortcut(QKeySequence(QStringLiteral("Ctrl+%1").arg(i + 1)));
        connect(go, &QAction::triggered, this, [this, i] { showSection(Section(i)); });
        m_sectionActions.append(go);
    }
    m_aboutAction = new QAction(tr("&About Yardstick"), this);
    connect(m_aboutAction, &QAction::triggered, this, [this] {
        QMessageBox::about(
            this, tr("About Yardstick"),
            tr("<h3>Yardstick %1</h3><p>A quality-control workbench for customer-service "
               "analysts: service standards, measurements, complaint letters and surveys.</p>"
               "<p>Licensed under the GNU General Public License, version 3 or later.</p>")
                .arg(QApplication::applicationVersion()));
    });
}

void MainWindow::buildLayout()
{
    m_navigation = new QListWidget(this);
    m_navigation->setObjectName(QStringLiteral("navigation"));
    for (const QAction *go : std::as_const(m_sectionActions))
        m_navigation->addItem(go->text());
    m_navigation->setFixedWidth(m_navigation->sizeHintForColumn(0) + 48);
    m_navigation->setSpacing(2);
    m_stack = new QStackedWidget(this);
    m_welcome = new QLabel(tr("No workbench is open. Use File › Open or File › New to start, "
                              "or File › Open Demo Workbench to look around."),
                           m_stack);
    m_welcome->setObjectName(QStringLiteral("welcome"));
    static_cast<QLabel *>(m_welcome)->setAlignment(Qt::AlignCenter);
    static_cast<QLabel *>(m_welcome)->setWordWrap(true);
    m_stack->addWidget(m_welcome);
    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        if (m_pages && row >= 0)
            m_stack->setCurrentIndex(row);
    });
    connect(m_stack, &QStackedWidget::currentChanged, this, &MainWindow::updatePageShortcuts);

    m_accessLine = new QLabel(this);
    m_accessLine->setObjectName(QStringLiteral("accessLine"));
    m_accessLine->setWordWrap(true);
    m_accessLine->setFrameShape(QFrame::StyledPanel);
    m_accessLine->setMargin(6);
    m_accessLine->setAutoFillBackground(true);
    m_accessLine->setBackgroundRole(QPalette::ToolTipBase);
    m_accessLine->setForegroundRole(QPalette::ToolTipText);
    m_accessLine->hide();

    auto *central = new QWidget(this);
    auto *outer = new QVBoxLayout(central);
    outer->setContentsMargins(4, 4, 4, 4);
    outer->addWidget(m_accessLine);
    auto *layout = new QHBoxLayout;
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_navigation);
    layout->addWidget(m_stack, 1);
    outer->addLayout(layout, 1);
    setCentralWidget(central);
}

// The pages of the open workbench take the welcome's place in the stack,
// one per section in the navigation's order.
void MainWindow::showPages()
{
    m_stack->removeWidget(m_welcome);
    m_welcome->hide();
    for (QWidget *page : m_pages->pages())
        m_stack->addWidget(page);
    m_pages->dashboard()->setPeriodKind(
        periodKindFromKey(m_settings.value(kDashboardPeriodKey).toString())
            .value_or(PeriodKind::Month));
    m_pages->dashboard()->setGrouping(
        ScorecardModel::Grouping(qBound(0, m_settings.value(kDashboardGroupingKey, 0).toInt(), 3)));
    m_stack->setCurrentIndex(qMax(0, m_navigation->currentRow()));
    wirePages();
}

void MainWindow::wirePages()
{
    connect(m_pages, &WorkbenchPages::errorOccurred, this, &MainWindow::showError);
    connect(m_pages, &WorkbenchPages::statusMessage, this,
            [this](const QString &text) { statusBar()->showMessage(text, 10000); });
    connect(this, &MainWindow::workbenchContentChanged, m_pages, &WorkbenchPages::refreshAll);
    connect(m_pages, &WorkbenchPages::changedElsewhere, this, [this] {
        if (m_workbench)
            setWindowTitle(tr("%1 — Yardstick").arg(m_workbench->title()));
        if (m_organisationDialog)
            m_organisationDialog->reload();
    });
    connect(m_pages->dashboard(), &DashboardView::standardActivated, this, [this](qint64 id) {
        showSection(Section::Standards);
        m_pages->standards()->selectStandard(id);
    });
    connect(m_pages->dashboard(), &DashboardView::chartRequested, this,
            [this](qint64 id, ChartKind kind) {
                showSection(Section::Charts);
                m_pages->charts()->showStandard(id, kind);
            });
    // From a menu on another page: the chart, pack or letter is that page's.
    const auto showFor = [this](const QList<QAction *> &actions, Section section) {
        for (QAction *action : actions)
            connect(action, &QAction::triggered, this, [this, section] { showSection(section); });
    };
    ChartsView *charts = m_pages->charts();
    showFor({charts->exportAction(), charts->copyAction()}, Section::Charts);
    showFor({m_pages->reports()->createAction(), m_pages->reports()->deckAction()},
            Section::Reports);
    showFor(m_pages->complaints()->letterActions(), Section::Complaints);
    showFor(m_pages->surveys()->surveyActions(), Section::Surveys);
}

void MainWindow::buildSurveysMenu()
{
    QMenu *surveys = menuBar()->addMenu(tr("S&urveys"));
    surveys->setObjectName(QStringLiteral("surveysMenu"));
    m_menus.append(surveys);
    // The actions work on the page's survey and wave.
    surveys->addActions(m_pages->surveys()->surveyActions());
    surveys->insertSeparator(m_pages->surveys()->exportGapsAction());
}

void MainWindow::updatePageShortcuts()
{
    if (!m_pages)
        return;
    // Pages share keys (Ctrl+E edits a standard on Standards and exports the
    // chart on Charts, Delete deletes a standard or a holiday): only the
    // page on screen listens for its own, so a key never acts on a page the
    // analyst cannot see, and two actions never claim the same key.
    const auto listen = [](const QList<QAction *> &actions, bool current) {
        for (QAction *action : actions)
            action->setShortcutContext(current ? Qt::WindowShortcut : Qt::WidgetShortcut);
    };
    const Section section = currentSection();
    StandardsView *standards = m_pages->standards();
    listen({standards->editAction(), standards->retireAction(), standards->deleteAction(),
            standards->planTargetAction(), standards->goalReviewAction(),
            standards->valueModelAction(), standards->historyAction()},
           section == Section::Standards);
    ChartsView *charts = m_pages->charts();
    listen({charts->exportAction(), charts->copyAction()}, section == Section::Charts);
    listen({m_pages->reports()->createAction()}, section == Section::Reports);
}

// The menus hold the open pages' actions, so they are rebuilt whenever the
// pages are made or destroyed; the window's own actions live on.
void MainWindow::buildMenus()
{
    qDeleteAll(m_menus);
    m_menus.clear();
    buildFileMenu();
    buildEditMenu();
    if (m_pages) {
        buildComplaintsMenu();
        buildSurveysMenu();
    }
    QMenu *view = menuBar()->addMenu(tr("&View"));
    m_menus.append(view);
    view->addActions(m_sectionActions);
    if (m_languages) {
        view->addSeparator();
        view->addMenu(m_languages->createMenu(view));
    }
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    m_menus.append(help);
    help->addAction(m_aboutAction);
}

void MainWindow::setLanguageChooser(LanguageChooser *chooser)
{
    m_languages = chooser;
    buildMenus();
}

void MainWindow::buildFileMenu()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    m_menus.append(file);
    file->addActions({m_newAction, m_openAction, m_connectAction, m_demoAction});
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::fillRecentMenu);
    file->addSeparator();
    file->addAction(m_saveAsAction);
    file->addSeparator();
    QMenu *import = file->addMenu(tr("&Import"));
    import->setObjectName(QStringLiteral("importMenu"));
    import->addAction(m_imports->importCasesAction());
    import->addAction(m_imports->importMeasurementsAction());
    import->addAction(m_imports->importStandardsAction());
    import->addAction(m_letterImports->importLettersAction());
    file->addAction(m_imports->exportStandardsAction());
    file->addAction(m_imports->exportStandardsExcelAction());
    file->addAction(m_imports->caseHistoryAction());
    if (m_pages) {
        file->addSeparator();
        file->addAction(m_pages->charts()->exportAction());
        file->addAction(m_pages->charts()->copyAction());
        file->addAction(m_pages->reports()->createAction());
        file->addAction(m_pages->reports()->deckAction());
    }
    file->addSeparator();
    file->addAction(m_quitAction);
}

void MainWindow::buildEditMenu()
{
    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    m_menus.append(edit);
    edit->addActions({m_undoAction, m_redoAction});
    if (m_pages) {
        StandardsView *standards = m_pages->standards();
        edit->addSeparator();
        edit->addActions({standards->newAction(), standards->editAction(),
                          standards->retireAction(), standards->deleteAction(),
                          standards->planTargetAction(), standards->goalReviewAction(),
                          standards->valueModelAction(), standards->historyAction()});
    }
    edit->addSeparator();
    edit->addActions({m_organisationAction, m_holidaysAction, m_propertiesAction});
    edit->addSeparator();
    edit->addAction(m_historyAction);
}

OrganisationDialog *MainWindow::organisationDialog() const
{
    return m_organisationDialog;
}

void MainWindow::editOrganisation()
{
    if (!m_workbench)
        return;
    if (!m_organisationDialog) {
        m_organisationDialog = new OrganisationDialog(
            m_workbench->organisation(), *m_undoStack,
            [this](const QString &message) { showError(tr("Services & Departments"), message); },
            this);
        m_organisationDialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_organisationDialog->show();
    m_organisationDialog->raise();
    m_organisationDialog->activateWindow();
}

void MainWindow::buildComplaintsMenu()
{
    QMenu *complaints = menuBar()->addMenu(tr("&Complaints"));
    complaints->setObjectName(QStringLiteral("complaintsMenu"));
    m_menus.append(complaints);
    // The letter actions' keys act on the complaint list when it has the
    // focus; from the menu they act on its current letter.
    ComplaintsView *page = m_pages->complaints();
    complaints->addActions(page->letterActions());
    complaints->insertSeparator(page->markNewAction());
    complaints->insertSeparator(page->linkAction());
    complaints->addSeparator();
    complaints->addAction(m_lexiconAction);
}

void MainWindow::editLexicon()
{
    if (!m_workbench)
        return;
    // The Complaints view follows the letter service's lexiconChanged.
    LetterService &letters = m_workbench->letterService();
    auto *dialog = new LexiconDialog(letters, letters.lexiconTerms(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
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
    return Section(qMax(0, m_navigation->currentRow()));
}

DashboardView *MainWindow::dashboardView() const
{
    return m_pages ? m_pages->dashboard() : nullptr;
}

StandardsView *MainWindow::standardsView() const
{
    return m_pages ? m_pages->standards() : nullptr;
}

MeasurementsView *MainWindow::measurementsView() const
{
    return m_pages ? m_pages->measurements() : nullptr;
}

LabellerTrainer *MainWindow::labellerTrainer() const
{
    return m_pages ? m_pages->trainer() : nullptr;
}

ComplaintsView *MainWindow::complaintsView() const
{
    return m_pages ? m_pages->complaints() : nullptr;
}

ChartsView *MainWindow::chartsView() const
{
    return m_pages ? m_pages->charts() : nullptr;
}

ReportsView *MainWindow::reportsView() const
{
    return m_pages ? m_pages->reports() : nullptr;
}

SurveysView *MainWindow::surveysView() const
{
    return m_pages ? m_pages->surveys() : nullptr;
}

AuditsView *MainWindow::auditsView() const
{
    return m_pages ? m_pages->audits() : nullptr;
}

void MainWindow::setWorkbench(std::unique_ptr<Workbench> workbench)
{
    // The commands on the stack, the pages and the services editor hold
    // references into the old workbench: all go before it does.
    delete m_organisationDialog;
    m_undoStack->clear();
    if (m_pages) {
        rememberDashboardChoices();
        for (QWidget *page : m_pages->pages())
            m_stack->removeWidget(page);
        delete std::exchange(m_pages, nullptr); // nothing reaches a page while they go
    }
    m_imports->setWorkbench(workbench.get());
    m_letterImports->setWorkbench(workbench.get());
    m_workbench = std::move(workbench);
    if (m_workbench) {
        m_pages = new WorkbenchPages(*m_workbench, m_settings, *m_undoStack, m_stack);
        showPages();
    } else {
        m_stack->addWidget(m_welcome);
        m_stack->setCurrentWidget(m_welcome);
    }
    const bool open = m_workbench != nullptr;
    m_navigation->setEnabled(open);
    for (QAction *action : std::as_const(m_sectionActions))
        action->setEnabled(open);
    m_saveAsAction->setEnabled(open);
    m_historyAction->setEnabled(open);
    updateAccess(); // and the editors' actions, by the role on a team workbench
    buildMenus();
    updatePageShortcuts();
    updateTitle();
}

// A team workbench's role, read from the server's grants: what it does not
// allow is switched off and the line says why. The server refuses such a
// change anyway; this only spares the analyst the attempt.
void MainWindow::updateAccess()
{
    const TeamRoles::Access access = m_workbench ? m_workbench->access() : TeamRoles::Access();
    if (!access.data) {
        m_accessLine->setText(tr("Read-only: you are a viewer of this team workbench; ask its "
                                 "owner for the analyst role to edit."));
    } else if (!access.catalogue) {
        m_accessLine->setText(tr("You are an analyst of this team workbench: you import and edit "
                                 "its data; its owners keep the catalogue (standards, targets, "
                                 "holidays)."));
    }
    m_accessLine->setVisible(!access.data || !access.catalogue);
    const bool open = m_workbench != nullptr;
    m_holidaysAction->setEnabled(open && access.catalogue);
    m_propertiesAction->setEnabled(open && access.data);
    m_lexiconAction->setEnabled(open && access.data);
    m_organisationAction->setEnabled(open && access.data);
}

void MainWindow::rememberDashboardChoices()
{
    m_settings.setValue(kDashboardPeriodKey, periodKindKey(m_pages->dashboard()->periodKind()));
    m_settings.setValue(kDashboardGroupingKey, int(m_pages->dashboard()->grouping()));
}

void MainWindow::updateTitle()
{
    if (!m_workbench) {
        setWindowTitle(tr("Yardstick"));
        return;
    }
    setWindowTitle(tr("%1 — Yardstick").arg(m_workbench->title()));
    // A server's address is shown without the password it may hold.
    const QString path = m_workbench->path();
    statusBar()->showMessage(tr("%1 — every edit is saved as you make it.")
                                 .arg(ServerAddress::isServerAddress(path)
                                          ? ServerAddress::shown(path)
                                          : QDir::toNativeSeparators(path)));
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
    bool valuesLeft = false; // the analyst chose to compute them later
    if (upgrading) {
        valuesLeft = prepareInBackground(
            path, tr("Upgrading %1 to this version of Yardstick…").arg(QFileInfo(path).fileName()));
    }
    Workbench::OpenResult opened = Workbench::open(path);
    // A viewer of a team workbench may not write the values: the views
    // compute from the cases instead.
    if (opened.workbench && opened.workbench->periodValues().anyStale() &&
        opened.workbench->access().data) {
        // Cases written by a program that does not keep the period values
        // (an older Yardstick, a script): bring them up to date once, in the
        // background, rather than computing from every case at each view.
        opened.workbench.reset();
        valuesLeft = prepareInBackground(
            path,
            tr("Bringing the period values of %1 up to date…").arg(QFileInfo(path).fileName()));
        opened = Workbench::open(path);
    }
    // The server wants a password neither the address nor ~/.pgpass gave:
    // asked here, used for this connection only, never stored.
    if (!opened.workbench && opened.error.kind == OpenError::Kind::PasswordNeeded &&
        !ServerAddress::hasPassword(path)) {
        bool given = false;
        const QString password = QInputDialog::getText(
            this, tr("Password"),
            tr("The server asks for the password of %1:").arg(ServerAddress::shown(path)),
            QLineEdit::Password, QString(), &given);
        if (given)
            return openWorkbench(ServerAddress::withPassword(path, password));
    }
    if (!opened.workbench) {
        if (opened.error.kind == OpenError::Kind::NotFound)
            m_recent.remove(path);
        showError(tr("Cannot Open Workbench"), opened.error.message);
        return false;
    }
    setWorkbench(std::move(opened.workbench));
    // A server's address without its password: the recent list is written.
    m_recent.add(ServerAddress::isServerAddress(path) ? ServerAddress::shown(path) : path);
    if (upgrading) {
        statusBar()->showMessage(
            tr("%1 was upgraded to this version of Yardstick; every edit is saved as you make "
               "it.")
                .arg(QDir::toNativeSeparators(path)));
    }
    if (valuesLeft) {
        statusBar()->showMessage(
            tr("Some period values were left to compute: those services are computed from "
               "their cases until the workbench is next opened."));
    }
    emit workbenchOpened(path);
    return true;
}

// Opening a workbench from an older Yardstick converts it in place, and its
// period values are computed from every case once: seconds for a million
// cases. A worker opens (and so upgrades) the file and refreshes the values
// while the window keeps painting behind a progress dialog. Whatever goes
// wrong is reported by the real open that follows; an upgrade that failed
// has left the file as it was (each step is one transaction), and values not
// refreshed are computed from the cases instead.
bool MainWindow::prepareInBackground(const QString &path, const QString &message)
{
    QProgressDialog progress(message, tr("Compute Later"), 0, 0, this);
    progress.setObjectName(QStringLiteral("upgradeProgress"));
    progress.setWindowTitle(tr("Open Workbench"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setAutoReset(false);
    progress.setAutoClose(false);
    progress.setMinimumDuration(500); // a small file is done before it would show
    progress.setValue(0);             // starts the clock for minimumDuration
    QEventLoop loop;
    BackgroundJob upgrade;
    // The upgrade itself is one transaction and runs to its end; the values
    // are refreshed service by service, each kept as it is done, so stopping
    // loses nothing: the rest are computed from their cases until the next
    // open offers to finish them.
    connect(&upgrade, &BackgroundJob::progressChanged, &progress, [&progress](int percent) {
        if (progress.maximum() == 0)
            progress.setRange(0, 100);
        progress.setValue(percent);
    });
    connect(&progress, &QProgressDialog::canceled, &upgrade, [&progress, &upgrade] {
        progress.setLabelText(tr("Stopping after the service being computed…"));
        upgrade.cancel();
    });
    bool finished = false;
    upgrade.run<bool>(
        [path](const JobControl &control) {
            Database::Options options;
            options.busyTimeoutMs = 30000;
            Workbench::OpenResult opened = Workbench::open(path, options);
            if (!opened.workbench)
                return false;
            return PeriodValueRefresher(*opened.workbench)
                .refreshStale([&control](int done, int total) {
                    control.setProgress(total > 0 ? done * 100 / total : 100);
                    return !control.isCancelled();
                })
                .ok();
        },
        [&loop, &finished](bool) {
            finished = true;
            loop.quit();
        });
    if (!finished)
        loop.exec();
    return progress.wasCanceled();
}

bool MainWindow::createWorkbench(const QString &path)
{
    // Build the new file under a temporary name and move it into place, so a
    // file the user chose to replace survives if anything goes wrong.
    const QString partial = path + QStringLiteral(".partial");
    removeWorkbenchFile(partial);
    {
        // Ready for real work: the reference dimensions, as init makes it.
        Workbench::OpenResult made = Workbench::create(partial, Workbench::Contents::ReferenceData);
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
    if (m_demoJob->isRunning())
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
    connect(progress, &QProgressDialog::canceled, m_demoJob, &BackgroundJob::cancel);
    connect(m_demoJob, &BackgroundJob::progressChanged, progress, &QProgressDialog::setValue);

    m_demoJob->run<StorageResult>(
        [path,
         language = DemoWorkbenchGenerator::languageFor(QLocale())](const JobControl &control) {
            const DemoWorkbenchGenerator generator(language);
            return generator.writeFile(path, [&control](int percent) {
                control.setProgress(percent);
                return !control.isCancelled();
            });
        },
        [this, path, progress](StorageResult result) {
            const bool cancelled = progress->wasCanceled();
            progress->deleteLater();
            if (result.ok())
                openWorkbench(path);
            else if (!cancelled)
                showError(tr("Cannot Build Demo"), result.error());
        });
}

QString MainWindow::startFolder() const
{
    if (m_workbench)
        return QFileInfo(m_workbench->path()).absolutePath();
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

void MainWindow::chooseAndConnect()
{
    ConnectDialog dialog(this);
    if (dialog.exec() == QDialog::Accepted)
        openWorkbench(dialog.address());
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

void MainWindow::buildImports()
{
    m_imports = new ImportController(m_settings, this);
    m_letterImports = new LetterImportController(*m_imports, this);
    connect(m_letterImports, &LetterImportController::imported, this,
            &MainWindow::workbenchContentChanged);
    connect(m_letterImports, &LetterImportController::statusMessage, this,
            [this](const QString &text) { statusBar()->showMessage(text); });
    connect(m_imports, &ImportController::imported, this, [this](ImportController::Kind kind) {
        if (kind == ImportController::Kind::Standards && m_pages) {
            // Undo commands hold standards as they were before the import,
            // and the page needs the names of services the import created.
            m_undoStack->clear();
            m_pages->standards()->reload();
        }
        emit workbenchContentChanged();
    });
    connect(m_imports, &ImportController::statusMessage, this,
            [this](const QString &text) { statusBar()->showMessage(text); });
    connect(m_imports, &ImportController::errorOccurred, this, &MainWindow::showError);
}

void MainWindow::showHistory()
{
    if (!m_workbench)
        return;
    auto *dialog = new HistoryDialog(
        tr("Workbench History"),
        tr("Every change to the catalogue, letters, organisation, surveys, phases, value models "
           "and holidays, and every import, newest first, with who made it."),
        m_workbench->changeLog().entries(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
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
            refreshPeriodValues();
    });
    dialog->open();
}

// Business days changed under every kept period value: a worker recomputes
// them (seconds for millions of cases) while the views go on computing from
// the cases, then every view recomputes once.
void MainWindow::refreshPeriodValues()
{
    if (!m_workbench || !m_workbench->periodValues().anyStale() || !m_workbench->access().data) {
        emit workbenchContentChanged();
        return;
    }
    m_periodValueJob->runOnWorkbench<bool>(
        *m_workbench,
        [](Workbench &workbench, const JobControl &control) {
            return PeriodValueRefresher(workbench)
                .refreshStale([&control](int done, int total) {
                    control.setProgress(total > 0 ? done * 100 / total : 100);
                    return !control.isCancelled();
                })
                .ok();
        },
        [this](bool) { emit workbenchContentChanged(); },
        [this](const QString &) { emit workbenchContentChanged(); });
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
    if (m_pages)
        rememberDashboardChoices();
    m_settings.sync();
    event->accept();
}

} // namespace Yardstick
