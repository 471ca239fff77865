// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportpackjob.h"

#include "export/reportpackwriter.h"
#include "workbench/workbench.h"

#include <QCoreApplication>
#include <QProgressDialog>
#include <QThread>

namespace Yardstick {

namespace {

// Computing reads and sums the whole workbench; printing draws the pages.
// The bar gives each its rough share of the time.
constexpr int kComputeShare = 30;

struct Computed
{
    std::optional<ReportPack> pack;
    QString error;
};

} // namespace

ReportPackJob::ReportPackJob(Workbench &workbench, const ReportRequest &request,
                             const QString &pdfPath, QWidget *dialogParent)
    : QObject(dialogParent)
    , m_workbench(workbench)
    , m_request(request)
    , m_path(pdfPath)
    , m_cancelled(std::make_shared<std::atomic_bool>(false))
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
}

ReportPackJob::~ReportPackJob()
{
    if (m_worker) {
        *m_cancelled = true;
        m_worker->wait();
        delete m_worker;
    }
    delete m_progress;
}

void ReportPackJob::cancel()
{
    *m_cancelled = true;
}

void ReportPackJob::start()
{
    m_progress->setValue(0);
    m_progress->show();
    auto cancelled = m_cancelled;
    QProgressDialog *progress = m_progress;
    auto report = [progress, cancelled](int done, int total) {
        const int percent = total > 0 ? done * kComputeShare / total : 0;
        QMetaObject::invokeMethod(
            progress, [progress, percent] { progress->setValue(percent); }, Qt::QueuedConnection);
        return !*cancelled;
    };

    if (m_workbench.isInMemory()) {
        // Nothing else can open a private in-memory database: compute here.
        computed(buildReportPack(m_workbench, m_request, report), QString());
        return;
    }
    auto result = std::make_shared<Computed>();
    const QString path = m_workbench.path();
    const ReportRequest request = m_request;
    m_worker = QThread::create([path, request, report, result] {
        Database::Options options;
        options.busyTimeoutMs = 30000;
        Workbench::OpenResult opened = Workbench::open(path, options);
        if (!opened.workbench) {
            result->error = opened.error.message;
            return;
        }
        result->pack = buildReportPack(*opened.workbench, request, report);
    });
    connect(m_worker, &QThread::finished, this, [this, result] {
        m_worker->deleteLater();
        m_worker = nullptr;
        computed(std::move(result->pack), result->error);
    });
    m_worker->start();
}

void ReportPackJob::computed(std::optional<ReportPack> pack, const QString &error)
{
    if (!error.isEmpty()) {
        m_progress->hide();
        emit finished(error, false);
        return;
    }
    if (!pack || *m_cancelled) {
        m_progress->hide();
        emit finished(tr("The report pack was cancelled."), true);
        return;
    }
    write(*pack);
}

void ReportPackJob::write(const ReportPack &pack)
{
    const int pages = ReportPackWriter::pageCount(pack);
    m_progress->setLabelText(tr("Printing page 1 of %1…").arg(pages));
    const QString error = ReportPackWriter::write(pack, m_path, [this](int done, int total) {
        m_progress->setValue(kComputeShare + done * (100 - kComputeShare) / qMax(1, total));
        m_progress->setLabelText(
            tr("Printing page %1 of %2…").arg(qMin(done + 1, total)).arg(total));
        // The window stays drawn and Cancel clickable between pages; the
        // dialog is window-modal, so nothing else can start meanwhile.
        QCoreApplication::processEvents();
        return !*m_cancelled;
    });
    m_progress->hide();
    if (*m_cancelled)
        emit finished(tr("The report pack was cancelled."), true);
    else
        emit finished(error, false);
}

} // namespace Yardstick
