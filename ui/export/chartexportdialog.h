// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chartdata/anychart.h"
#include "chartexportoptions.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSettings;
class QSpinBox;
class QTimer;

namespace Yardstick {

// Asks how to export a chart: format, page size, resolution, the words
// around the chart and the file, with a small live preview of the page.
// Title, subtitle and footnote start from the chart; format, size,
// resolution, logo and folder from the last export (QSettings). The caller
// runs ChartExporter with options() and filePath() once it is accepted.
class ChartExportDialog final : public QDialog
{
    Q_OBJECT

public:
    ChartExportDialog(const AnyChart &chart, const QString &organisation, QSettings &settings,
                      QWidget *parent = nullptr);

    ChartExportOptions options() const;
    QString filePath() const;

    QComboBox *formatBox() const { return m_format; }
    QComboBox *sizeBox() const { return m_size; }
    QSpinBox *dpiBox() const { return m_dpi; }
    QLineEdit *titleEdit() const { return m_title; }
    QLineEdit *fileEdit() const { return m_file; }
    QLabel *preview() const { return m_preview; }

    void accept() override;

private:
    void restoreSettings();
    void saveSettings() const;
    void updateControls();
    void schedulePreview();
    void updatePreview();
    void chooseFile();
    void chooseLogo();
    void matchFileSuffix();

    AnyChart m_chart;
    QSettings &m_settings;
    QComboBox *m_format = nullptr;
    QComboBox *m_size = nullptr;
    QSpinBox *m_width = nullptr;
    QSpinBox *m_height = nullptr;
    QSpinBox *m_dpi = nullptr;
    QLabel *m_pixels = nullptr;
    QLineEdit *m_title = nullptr;
    QLineEdit *m_subtitle = nullptr;
    QLineEdit *m_footnote = nullptr;
    QLineEdit *m_organisation = nullptr;
    QLineEdit *m_logo = nullptr;
    QLineEdit *m_file = nullptr;
    QLabel *m_preview = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QTimer *m_previewTimer = nullptr;
};

} // namespace Yardstick
