// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/chartexporter.h"

#include <QObject>

class QAction;
class QSettings;
class QWidget;

namespace Yardstick {

class ChartCanvas;

// Export Chart… and Copy Chart for the chart on a canvas: the two actions
// (added to the host widget, enabled while a chart is shown), the export
// dialog, the file and the clipboard image.
class ChartExportActions final : public QObject
{
    Q_OBJECT

public:
    ChartExportActions(QSettings &settings, const ChartCanvas &canvas, QWidget *host);

    QAction *exportAction() const { return m_exportAction; }
    QAction *copyAction() const { return m_copyAction; }
    // The organisation named on exported charts; enables what the canvas allows.
    void update(const QString &organisation);

    // Writes the chart on the canvas with these options; what the export
    // dialog runs once accepted.
    ChartExportResult exportTo(const ChartExportOptions &options, const QString &filePath);
    // Asks how to export (ChartExportDialog) and writes the file.
    void exportChart();
    void copyChart();

signals:
    void statusMessage(const QString &text);
    void errorOccurred(const QString &message);

private:
    QSettings &m_settings;
    const ChartCanvas &m_canvas;
    QWidget *m_host;
    QString m_organisation;
    QAction *m_exportAction = nullptr;
    QAction *m_copyAction = nullptr;
};

} // namespace Yardstick
