// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartexportactions.h"

#include "chartcanvas.h"
#include "export/chartexportdialog.h"

#include <QAction>
#include <QDir>
#include <QLocale>
#include <QStringList>
#include <QWidget>

namespace Yardstick {

ChartExportActions::ChartExportActions(QSettings &settings, const ChartCanvas &canvas,
                                       QWidget *host)
    : QObject(host)
    , m_settings(settings)
    , m_canvas(canvas)
    , m_host(host)
{
    m_exportAction = new QAction(tr("E&xport Chart…"), host);
    m_exportAction->setObjectName(QStringLiteral("exportChartAction"));
    m_exportAction->setShortcut(QKeySequence(tr("Ctrl+E")));
    m_exportAction->setToolTip(
        tr("Save the chart as PNG, PDF or SVG for a slide or a page (%1)")
            .arg(m_exportAction->shortcut().toString(QKeySequence::NativeText)));
    m_copyAction = new QAction(tr("C&opy Chart"), host);
    m_copyAction->setObjectName(QStringLiteral("copyChartAction"));
    m_copyAction->setShortcut(QKeySequence(tr("Ctrl+Shift+C")));
    m_copyAction->setToolTip(tr("Put the chart on the clipboard as a slide-sized image (%1)")
                                 .arg(m_copyAction->shortcut().toString(QKeySequence::NativeText)));
    for (QAction *action : {m_exportAction, m_copyAction}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        action->setEnabled(false);
        host->addAction(action);
    }
    connect(m_exportAction, &QAction::triggered, this, &ChartExportActions::exportChart);
    connect(m_copyAction, &QAction::triggered, this, &ChartExportActions::copyChart);
}

void ChartExportActions::update(const QString &organisation)
{
    m_organisation = organisation;
    m_exportAction->setEnabled(m_canvas.hasChart());
    m_copyAction->setEnabled(m_canvas.hasChart());
}

ChartExportResult ChartExportActions::exportTo(const ChartExportOptions &options,
                                               const QString &filePath)
{
    if (!m_canvas.chart())
        return {tr("There is no chart to export.")};
    ChartExportResult result = ChartExporter::exportChart(*m_canvas.chart(), options, filePath);
    if (result.ok()) {
        // A long heat map is on several pages; the message names every file.
        const QStringList files = ChartExporter::filesFor(*m_canvas.chart(), options, filePath);
        const int pages = ChartExporter::pageCount(*m_canvas.chart(), options);
        QStringList shown;
        for (const QString &file : files)
            shown << QDir::toNativeSeparators(file);
        if (files.size() > 1)
            emit statusMessage(tr("Chart saved to %1, one page a file.")
                                   .arg(QLocale().createSeparatedList(shown)));
        else if (pages > 1)
            emit statusMessage(tr("Chart saved to %1 (%n pages).", nullptr, pages)
                                   .arg(QDir::toNativeSeparators(filePath)));
        else
            emit statusMessage(tr("Chart saved to %1").arg(QDir::toNativeSeparators(filePath)));
    } else
        emit errorOccurred(tr("The chart could not be saved to %1.\n\n%2")
                               .arg(QDir::toNativeSeparators(filePath), result.error));
    return result;
}

void ChartExportActions::exportChart()
{
    if (!m_canvas.chart())
        return;
    auto *dialog = new ChartExportDialog(*m_canvas.chart(), m_organisation, m_settings, m_host);
    dialog->setObjectName(QStringLiteral("chartExportDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog] { exportTo(dialog->options(), dialog->filePath()); });
    dialog->open();
}

void ChartExportActions::copyChart()
{
    if (!m_canvas.chart())
        return;
    const ChartExportOptions options = ChartExporter::optionsFor(*m_canvas.chart(), m_organisation);
    ChartExporter::copyToClipboard(*m_canvas.chart(), options);
    emit statusMessage(tr("The chart is on the clipboard, %1 × %2 pixels.")
                           .arg(options.pixelSize().width())
                           .arg(options.pixelSize().height()));
}

} // namespace Yardstick
