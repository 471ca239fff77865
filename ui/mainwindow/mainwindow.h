// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "recentfiles.h"

#include <QMainWindow>
#include <QPointer>

#include <memory>

class QLabel;
class QListWidget;
class QMenu;
class QSettings;
class QStackedWidget;
class QUndoStack;

namespace Yardstick {

class AuditsView;
class BackgroundJob;
class ChartsView;
class ComplaintsView;
class DashboardView;
class ImportController;
class LabellerTrainer;
class LanguageChooser;
class LetterImportController;
class MeasurementsView;
class OrganisationDialog;
class ReportsView;
class StandardsView;
class SurveysView;
class Workbench;
class WorkbenchPages;

// The workbench window: navigation on the left, one page per section, the
// File and Edit menus. It owns the open Workbench and the undo stack; every
// edit is in the file the moment it is made, so there is no Save, only
// Save As (a copy that becomes the open workbench).
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    enum class Section
    {
        Dashboard,
        Standards,
        Measurements,
        Complaints,
        Surveys,
        Charts,
        Reports,
    };

    explicit MainWindow(QSettings &settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Each reports failure to the user in a message box and returns false,
    // leaving the workbench that was open before as it was.
    bool openWorkbench(const QString &path);
    bool createWorkbench(const QString &path);
    bool saveWorkbenchAs(const QString &path);
    // Opens the demo workbench, building it first (in the background, with
    // progress and cancel) if it does not exist yet.
    void openDemo();
    // Where the demo workbench lives: the per-user application data folder,
    // one file per demo language (the default locale's).
    static QString demoPath();

    Workbench *workbench() const { return m_workbench.get(); }
    QUndoStack *undoStack() const { return m_undoStack; }
    // The pages of the open workbench; nullptr while none is open.
    DashboardView *dashboardView() const;
    StandardsView *standardsView() const;
    MeasurementsView *measurementsView() const;
    ComplaintsView *complaintsView() const;
    // Retrains the letter classifier in the background; null with no workbench.
    LabellerTrainer *labellerTrainer() const;
    ChartsView *chartsView() const;
    ReportsView *reportsView() const;
    SurveysView *surveysView() const;
    AuditsView *auditsView() const;
    // File › Import and the catalogue export.
    ImportController *imports() const { return m_imports; }
    // File › Import › Letters.
    LetterImportController *letterImports() const { return m_letterImports; }
    // Complaints › Edit Lexicon…
    QAction *lexiconAction() const { return m_lexiconAction; }
    // Edit › Holidays…: the holiday list business-day standards leave out.
    QAction *holidaysAction() const { return m_holidaysAction; }
    QAction *propertiesAction() const { return m_propertiesAction; }
    // Edit › Services & Departments…, and the editor while it is open.
    QAction *organisationAction() const { return m_organisationAction; }
    OrganisationDialog *organisationDialog() const;
    // The line above the pages that says what the connected user may not
    // change on a team workbench (a viewer, an analyst); hidden otherwise.
    QLabel *accessLine() const { return m_accessLine; }
    void showSection(Section section);
    Section currentSection() const;
    // Adds View › Language; without one the window offers no choice.
    void setLanguageChooser(LanguageChooser *chooser);

signals:
    void workbenchOpened(const QString &path);
    // Many rows changed at once (an import): views that summarise the
    // workbench recompute.
    void workbenchContentChanged();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    // True when the analyst stopped the refresh of the kept values.
    bool prepareInBackground(const QString &path, const QString &message);
    void buildWindowActions();
    void buildImports();
    void buildLayout();
    void showPages();
    void wirePages();
    void buildMenus();
    void buildFileMenu();
    void buildEditMenu();
    void buildComplaintsMenu();
    void buildSurveysMenu();
    void rememberDashboardChoices();
    void editLexicon();
    void updatePageShortcuts();
    void editHolidays();
    void showHistory();
    void refreshPeriodValues();
    void editProperties();
    void editOrganisation();
    void fillRecentMenu();
    void setWorkbench(std::unique_ptr<Workbench> workbench);
    void showError(const QString &title, const QString &message);
    void updateTitle();
    void updateAccess();
    void chooseAndOpen();
    void chooseAndConnect();
    void chooseAndCreate();
    void chooseAndSaveAs();
    QString chooseSavePath(const QString &caption);
    QString startFolder() const;

    QSettings &m_settings;
    RecentFiles m_recent;
    std::unique_ptr<Workbench> m_workbench;
    QUndoStack *m_undoStack = nullptr;
    BackgroundJob *m_periodValueJob; // refreshes kept period values off the GUI thread
    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_stack = nullptr; // the pages, or the welcome when none is open
    QWidget *m_welcome = nullptr;      // what shows while no workbench is open
    QLabel *m_accessLine = nullptr;    // what a team workbench's role leaves read-only
    WorkbenchPages *m_pages = nullptr; // made with the workbench, destroyed before it
    QList<QMenu *> m_menus;            // rebuilt when the pages (and their actions) change
    QMenu *m_recentMenu = nullptr;
    QAction *m_newAction = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_demoAction = nullptr;
    QAction *m_connectAction = nullptr;
    QAction *m_saveAsAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_holidaysAction = nullptr;
    QAction *m_propertiesAction = nullptr;
    QAction *m_historyAction = nullptr;
    QAction *m_organisationAction = nullptr;
    // Modeless, so Edit › Undo stays in reach; closed with its workbench.
    QPointer<OrganisationDialog> m_organisationDialog;
    QAction *m_aboutAction = nullptr;
    QList<QAction *> m_sectionActions; // View › Dashboard (Ctrl+1) …
    ImportController *m_imports = nullptr;
    LetterImportController *m_letterImports = nullptr;
    QAction *m_lexiconAction = nullptr;
    LanguageChooser *m_languages = nullptr;
    BackgroundJob *m_demoJob; // builds the demo workbench off the GUI thread
};

} // namespace Yardstick
