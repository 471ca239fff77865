// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "jobs/importrunner.h"
#include "storage/teamroles.h"
#include "usecases/caseimportservice.h"

#include <QObject>
#include <QPointer>

#include <functional>

class QAction;
class QSettings;
class QWidget;

namespace Yardstick {

class Workbench;

// The File menu's imports and the catalogue export: opens the wizard, runs
// the import with an ImportRunner, then tells the window (imported()) and
// the analyst (status line, and the result dialog when there are notes or
// rejections). Keeps the last import folder in the settings.
class ImportController final : public QObject
{
    Q_OBJECT

public:
    using Kind = CaseImportService::Kind;

    ImportController(QSettings &settings, QWidget *window);

    // Actions are enabled only while a workbench is open and no import runs,
    // and, on a team workbench, only those the user's role allows.
    void setWorkbench(Workbench *workbench);

    QAction *importCasesAction() const { return m_importCases; }
    QAction *importMeasurementsAction() const { return m_importMeasurements; }
    QAction *importStandardsAction() const { return m_importStandards; }
    QAction *exportStandardsAction() const { return m_exportStandards; }
    QAction *exportStandardsExcelAction() const { return m_exportStandardsExcel; }
    QAction *caseHistoryAction() const { return m_caseHistory; }

    // Opens the wizard, on the given file if there is one.
    void importCases(const QString &path = QString());
    void importMeasurements(const QString &path = QString());
    void importStandards(const QString &path = QString());
    // Writes the whole catalogue as CSV; the error, empty on success.
    QString exportStandards(const QString &path);
    // The same columns as an Excel workbook (one sheet, typed cells).
    QString exportStandardsToExcel(const QString &path);

    bool isRunning() const { return m_runner != nullptr; }
    QString lastFolder() const;

signals:
    // An import was committed to the open workbench.
    void imported(Yardstick::CaseImportService::Kind kind);
    void statusMessage(const QString &text);
    void errorOccurred(const QString &title, const QString &message);

private:
    void importFixedColumns(Kind kind, const QString &path);
    // The import reads the given sheet when the file is an Excel workbook.
    void run(Kind kind, const QString &file, const QString &sheet, bool skipBadRows,
             const ImportRunner::Job &job);
    void finish(Kind kind, const QString &target, const ImportSummary &summary);
    void chooseAndExportStandards();
    void chooseAndExportStandardsToExcel();
    void showCaseHistory();
    void rememberFolder(const QString &filePath);
    void updateActions();

    QSettings &m_settings;
    QWidget *m_window;
    Workbench *m_workbench = nullptr;
    TeamRoles::Access m_access;
    QPointer<ImportRunner> m_runner;
    QAction *m_importCases = nullptr;
    QAction *m_importMeasurements = nullptr;
    QAction *m_importStandards = nullptr;
    QAction *m_exportStandards = nullptr;
    QAction *m_exportStandardsExcel = nullptr;
    QAction *m_caseHistory = nullptr;
};

} // namespace Yardstick
