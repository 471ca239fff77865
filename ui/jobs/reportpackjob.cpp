// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportpackjob.h"

#include "export/reportdeckwriter.h"
#include "export/reportpackwriter.h"
#include "workbench/backgroundjob.h"
#include "workbench/workbench.h"

#include <QCoreApplication>
#include <QProgressDialog>

namespace Yardstick {

namespace {

// Computing reads and sums the whole workbench; printing draws the pages.
// The bar gives each its rough share of the time.
constexpr int kComputeShare = 30;

} // namespace

ReportPackJob::ReportPackJob(Workbench &workbench, const ReportRequest &request,
                             const QString &pdfPath, QWidget *dialogParent)
    : QObject(dialogParent)
    , m_workbench(workbench)
    , m_request(request)
    , m_path(pdfPath)
    , m_job(new BackgroundJob(this))
{
    m_progress =
        new QProgressDialog(tr("Computing the report pack…"), tr("Cancel"), 0, 100, dialogParent);
    m_progress->setObjectName(QStringLiteral("reportProgress"));
    m_progress->setWindowTitle(tr("Report Pack"));
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(0);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    connect(m_progress, &QProgressDialog::canceled, this, &ReportPackJob::cancel);
    connect(m_job, &BackgroundJob::progressChanged, m_progress,
            [this](int percent) { m_progress->setValue(percent * kComputeShare / 100); });
}

ReportPackJob::~ReportPackJob()
{
    // The job, our child, cancels and waits for its worker when it goes.
    delete m_job;
    delete m_progress;
}

void ReportPackJob::cancel()
{
    m_cancelled = true;
    m_job->cancel();
}

void ReportPackJob::start()
{
    m_progress->setValue(0);
    m_progress->show();
    m_job->runOnWorkbench<std::optional<ReportPack>>(
        m_workbench,
        [request = m_request](Workbench &own, const JobControl &control) {
            return buildReportPack(own, request, [&control](int done, int total) {
                control.setProgress(total > 0 ? done * 100 / total : 0);
                return !control.isCancelled();
            });
        },
        [this](std::optional<ReportPack> pack) { computed(std::move(pack), QString()); },
        [this](const QString &error) { computed(std::nullopt, error); });
}

void ReportPackJob::computed(std::optional<ReportPack> pack, const QString &error)
{
    if (!error.isEmpty()) {
        m_progress->hide();
        emit finished(error, false);
        return;
    }
    if (!pack || m_cancelled) {
        m_progress->hide();
        emit finished(tr("The report pack was cancelled."), true);
        return;
    }
    write(*pack);
}

void ReportPackJob::writeDeck(const ReportPack &pack)
{
    m_progress->setLabelText(tr("Drawing the slides…"));
    const QString error =
        ReportDeckWriter::write(pack, *m_master, m_path, [this](int done, int total) {
            m_progress->setValue(kComputeShare + done * (100 - kComputeShare) / qMax(1, total));
            m_progress->setLabelText(
                tr("Drawing chart %1 of %2…").arg(qMin(done + 1, total)).arg(total));
            // As between the PDF's pages: the window drawn, Cancel clickable.
            QCoreApplication::processEvents();
            return !m_cancelled;
        });
    m_progress->hide();
    if (m_cancelled)
        emit finished(tr("The report pack was cancelled."), true);
    else
        emit finished(error, false);
}

void ReportPackJob::write(const ReportPack &pack)
{
    if (m_master) {
        writeDeck(pack);
        return;
    }
    const int pages = ReportPackWriter::pageCount(pack);
    m_progress->setLabelText(tr("Printing page 1 of %1…").arg(pages));
    const QString error = ReportPackWriter::write(pack, m_path, [this](int done, int total) {
        m_progress->setValue(kComputeShare + done * (100 - kComputeShare) / qMax(1, total));
        m_progress->setLabelText(
            tr("Printing page %1 of %2…").arg(qMin(done + 1, total)).arg(total));
        // The window stays drawn and Cancel clickable between pages; the
        // dialog is window-modal, so nothing else can start meanwhile.
        QCoreApplication::processEvents();
        return !m_cancelled;
    });
    m_progress->hide();
    if (m_cancelled)
        emit finished(tr("The report pack was cancelled."), true);
    else
        emit finished(error, false);
}

} // namespace Yardstick
