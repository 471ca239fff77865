// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/pptx/pptxmaster.h"
#include "report/reportpack.h"

#include <QObject>

class QProgressDialog;
class QWidget;

namespace Yardstick {

class BackgroundJob;
class Workbench;

// Makes one report pack with a progress dialog and Cancel. The pack is
// computed by a BackgroundJob, on a worker thread that opens the workbench
// file again (its own connection; WAL lets the window keep reading). It is printed on the GUI
// thread, page by page, with the events handled between pages: printing
// draws each chart on a QCustomPlot, a widget, and widgets live on the GUI
// thread only. With a slide master set, the pack is written as a PowerPoint
// deck on it instead of the PDF.
class ReportPackJob final : public QObject
{
    Q_OBJECT

public:
    ReportPackJob(Workbench &workbench, const ReportRequest &request, const QString &pdfPath,
                  QWidget *dialogParent);
    ~ReportPackJob() override;

    // Write a .pptx deck on master rather than the PDF; before start().
    void setDeckMaster(const PptxMaster &master) { m_master = master; }

    void start();
    QProgressDialog *progressDialog() const { return m_progress; }
    void cancel();

signals:
    // error is empty when the file was written; a cancelled job says so.
    void finished(const QString &error, bool cancelled);

private:
    void computed(std::optional<ReportPack> pack, const QString &error);
    void write(const ReportPack &pack);
    void writeDeck(const ReportPack &pack);

    Workbench &m_workbench;
    ReportRequest m_request;
    QString m_path;
    QProgressDialog *m_progress = nullptr;
    BackgroundJob *m_job = nullptr;
    bool m_cancelled = false;
    std::optional<PptxMaster> m_master;
};

} // namespace Yardstick
