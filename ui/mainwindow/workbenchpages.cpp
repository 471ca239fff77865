// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "workbenchpages.h"

#include "jobs/labellertrainer.h"
#include "usecases/organisationservice.h"
#include "views/auditsview.h"
#include "views/chartsview.h"
#include "views/complaintsview.h"
#include "views/dashboardview.h"
#include "views/measurementsview.h"
#include "views/reportsview.h"
#include "views/standardsview.h"
#include "views/surveysview.h"
#include "workbench/externalchangewatcher.h"
#include "workbench/workbench.h"

#include <QUndoStack>

namespace Yardstick {

WorkbenchPages::WorkbenchPages(Workbench &workbench, QSettings &settings, QUndoStack &undoStack,
                               QWidget *pageParent)
    : QObject(pageParent)
    , m_trainer(new LabellerTrainer(workbench, this))
    , m_dashboard(new DashboardView(workbench, settings, pageParent))
    , m_standards(new StandardsView(workbench, settings, undoStack, pageParent))
    , m_measurements(new MeasurementsView(workbench, pageParent))
    , m_complaints(new ComplaintsView(workbench, settings, undoStack, pageParent))
    , m_surveys(new SurveysView(workbench, settings, undoStack, pageParent))
    , m_audits(new AuditsView(workbench, settings, undoStack, m_surveys))
    , m_charts(new ChartsView(workbench, settings, undoStack, pageParent))
    , m_reports(new ReportsView(workbench, settings, pageParent))
{
    m_complaints->setObjectName(QStringLiteral("complaintsView"));
    m_surveys->setObjectName(QStringLiteral("surveysView"));
    m_audits->setObjectName(QStringLiteral("auditsView"));
    m_charts->setObjectName(QStringLiteral("chartsView"));
    m_reports->setObjectName(QStringLiteral("reportsView"));
    // Staff audits are the other half of the voice of the customer: a tab
    // beside the SERVQUAL one rather than a page of their own.
    m_surveys->addTab(m_audits, tr("Staff audits"));

    connect(&undoStack, &QUndoStack::indexChanged, m_dashboard, &DashboardView::refresh);
    // A service or department added, renamed, merged or retired: every page
    // reads the names and pick lists again.
    connect(&workbench.organisation(), &OrganisationService::unitsChanged, this,
            &WorkbenchPages::catalogueReplaced);
    wireStandards();
    wireCharts();
    wireComplaints();
    wireSurveys();
    if (!workbench.isInMemory()) {
        m_watcher = new ExternalChangeWatcher(workbench.database(), 1000, this);
        connect(m_watcher, &ExternalChangeWatcher::changedElsewhere, this,
                &WorkbenchPages::readChangeFromElsewhere);
    }
}

WorkbenchPages::~WorkbenchPages()
{
    // The audits page lives inside the surveys page.
    delete m_surveys;
    for (QWidget *page :
         {static_cast<QWidget *>(m_dashboard), static_cast<QWidget *>(m_standards),
          static_cast<QWidget *>(m_measurements), static_cast<QWidget *>(m_complaints),
          static_cast<QWidget *>(m_charts), static_cast<QWidget *>(m_reports)})
        delete page;
}

QWidgetList WorkbenchPages::pages() const
{
    return {m_dashboard, m_standards, m_measurements, m_complaints, m_surveys, m_charts, m_reports};
}

void WorkbenchPages::refreshAll()
{
    // What is read from here on includes every commit so far, this window's
    // workers' included: the watcher need not report those again.
    if (m_watcher)
        m_watcher->acknowledge();
    m_dashboard->refresh();
    m_measurements->refresh();
    m_complaints->refresh();
    m_surveys->refresh();
    m_audits->refresh();
    m_charts->refresh();
}

void WorkbenchPages::catalogueReplaced()
{
    m_standards->reload();
    refreshAll();
}

void WorkbenchPages::readChangeFromElsewhere()
{
    // Everything, not a guess at what changed: the other program may have
    // imported cases, edited a standard or relabelled letters, and a page
    // left showing the old state invites an edit over the new one.
    catalogueReplaced();
    emit statusMessage(tr("Another Yardstick window or yardstick-cli changed this workbench; "
                          "every page now shows the change."));
    emit changedElsewhere();
}

void WorkbenchPages::wireStandards()
{
    connect(m_standards, &StandardsView::errorOccurred, this,
            [this](const QString &message) { emit errorOccurred(tr("Standards"), message); });
    connect(m_standards, &StandardsView::catalogueChanged, this, [this] {
        m_dashboard->refresh();
        m_measurements->refresh();
        m_charts->refresh();
    });
}

void WorkbenchPages::wireCharts()
{
    connect(m_charts, &ChartsView::errorOccurred, this,
            [this](const QString &message) { emit errorOccurred(tr("Charts"), message); });
    connect(m_reports, &ReportsView::errorOccurred, this,
            [this](const QString &message) { emit errorOccurred(tr("Reports"), message); });
    connect(m_charts, &ChartsView::statusMessage, this, &WorkbenchPages::statusMessage);
    connect(m_reports, &ReportsView::statusMessage, this, &WorkbenchPages::statusMessage);
}

void WorkbenchPages::wireComplaints()
{
    connect(m_complaints, &ComplaintsView::errorOccurred, this,
            [this](const QString &message) { emit errorOccurred(tr("Complaints"), message); });
    connect(m_complaints, &ComplaintsView::statusMessage, this, &WorkbenchPages::statusMessage);
    connect(m_trainer, &LabellerTrainer::trained, this, [this](int letters, qint64 ms) {
        emit statusMessage(
            tr("The classifier was retrained on %n confirmed letter(s) in %1 ms.", nullptr, letters)
                .arg(ms));
    });
    connect(m_trainer, &LabellerTrainer::failed, this, [this](const QString &error) {
        emit statusMessage(tr("The classifier could not be retrained: %1").arg(error));
    });
    // The complaint-handling standards' measurements were recomputed.
    connect(m_complaints, &ComplaintsView::handlingChanged, this, [this] {
        m_dashboard->refresh();
        m_measurements->refresh();
        m_charts->refresh();
    });
}

void WorkbenchPages::wireSurveys()
{
    connect(m_surveys, &SurveysView::errorOccurred, this,
            [this](const QString &message) { emit errorOccurred(tr("Surveys"), message); });
    connect(m_surveys, &SurveysView::statusMessage, this, &WorkbenchPages::statusMessage);
    connect(m_audits, &AuditsView::errorOccurred, this,
            [this](const QString &message) { emit errorOccurred(tr("Staff audits"), message); });
    connect(m_audits, &AuditsView::statusMessage, this, &WorkbenchPages::statusMessage);
    // Survey- and audit-fed measurements were recomputed: the scorecard and
    // charts read them again (and so do the pages themselves, harmlessly).
    connect(m_surveys, &SurveysView::measurementsChanged, this, &WorkbenchPages::refreshAll);
    connect(m_audits, &AuditsView::measurementsChanged, this, &WorkbenchPages::refreshAll);
}

} // namespace Yardstick
