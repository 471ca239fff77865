// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>
#include <QWidgetList>

class QSettings;
class QUndoStack;
class QWidget;

namespace Yardstick {

class AuditsView;
class ChartsView;
class ComplaintsView;
class DashboardView;
class ExternalChangeWatcher;
class LabellerTrainer;
class MeasurementsView;
class ReportsView;
class StandardsView;
class SurveysView;
class Workbench;

// The pages of one open workbench. They are made when the workbench opens
// and destroyed before it closes, so no page ever sees a missing workbench.
// The pages are wired to each other here: what one changes, the others that
// show it read again.
class WorkbenchPages final : public QObject
{
    Q_OBJECT

public:
    // The pages are made as children of `pageParent` (the window's page stack).
    WorkbenchPages(Workbench &workbench, QSettings &settings, QUndoStack &undoStack,
                   QWidget *pageParent);
    // Deletes the pages (the workbench must still be open).
    ~WorkbenchPages() override;

    // In the order of MainWindow::Section.
    QWidgetList pages() const;

    DashboardView *dashboard() const { return m_dashboard; }
    StandardsView *standards() const { return m_standards; }
    MeasurementsView *measurements() const { return m_measurements; }
    ComplaintsView *complaints() const { return m_complaints; }
    SurveysView *surveys() const { return m_surveys; }
    AuditsView *audits() const { return m_audits; }
    ChartsView *charts() const { return m_charts; }
    LabellerTrainer *trainer() const { return m_trainer; }
    ReportsView *reports() const { return m_reports; }

    // Many rows changed at once (an import, the holidays, the properties):
    // every page that summarises the workbench reads it again.
    void refreshAll();
    // An import created services or changed standards behind the catalogue.
    void catalogueReplaced();
    // Another connection committed to the file (another window,
    // yardstick-cli): every page reads it again and the status bar says why.
    // Null for an in-memory workbench, which nothing else can open.
    ExternalChangeWatcher *changeWatcher() const { return m_watcher; }

signals:
    void errorOccurred(const QString &title, const QString &message);
    void statusMessage(const QString &text);
    // After the pages read a change another program made (the title may be new).
    void changedElsewhere();

private:
    void wireStandards();
    void wireCharts();
    void wireComplaints();
    void wireSurveys();
    void readChangeFromElsewhere();

    // First, so the letter service trains in the background before any page
    // asks it for a suggestion.
    LabellerTrainer *m_trainer;
    DashboardView *m_dashboard;
    StandardsView *m_standards;
    MeasurementsView *m_measurements;
    ComplaintsView *m_complaints;
    SurveysView *m_surveys;
    AuditsView *m_audits;
    ChartsView *m_charts;
    ReportsView *m_reports;
    ExternalChangeWatcher *m_watcher = nullptr;
};

} // namespace Yardstick
