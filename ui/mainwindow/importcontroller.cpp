// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "importcontroller.h"

#include "dialogs/casehistorydialog.h"
#include "dialogs/caseimportwizard.h"
#include "dialogs/fileimportwizard.h"
#include "dialogs/importresultdialog.h"
#include "io/standardcatalogueexporter.h"
#include "io/xlsxtablewriter.h"
#include "usecases/caseimportservice.h"
#include "workbench/workbench.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QSaveFile>
#include <QSettings>
#include <QStandardPaths>

namespace Yardstick {

namespace {

const QString kLastFolderKey = QStringLiteral("import/lastFolder");

} // namespace

ImportController::ImportController(QSettings &settings, QWidget *window)
    : QObject(window)
    , m_settings(settings)
    , m_window(window)
{
    auto action = [this](const QString &text, const char *name, const QString &tip) {
        auto *a = new QAction(text, this);
        a->setObjectName(QLatin1String(name));
        a->setStatusTip(tip);
        return a;
    };
    m_importCases = action(tr("&Case Records…"), "importCasesAction",
                           tr("Import case records from a CSV file, mapping its columns"));
    m_importCases->setShortcut(QKeySequence(tr("Ctrl+I")));
    m_importMeasurements = action(tr("&Measurements…"), "importMeasurementsAction",
                                  tr("Import measured values of standards from a CSV file"));
    m_importStandards = action(tr("&Standards Catalogue…"), "importStandardsAction",
                               tr("Add or update standards from a catalogue CSV file"));
    m_exportStandards = action(tr("E&xport Standards Catalogue…"), "exportStandardsAction",
                               tr("Save the catalogue as CSV, in the columns the import reads"));
    m_exportStandardsExcel =
        action(tr("Export Standards Catalogue to Exce&l…"), "exportStandardsExcelAction",
               tr("Save the catalogue as an Excel workbook, in the same columns as the CSV"));
    m_caseHistory = action(tr("Case &History…"), "caseHistoryAction",
                           tr("Find a case and see what each re-import changed"));
    connect(m_caseHistory, &QAction::triggered, this, &ImportController::showCaseHistory);
    connect(m_importCases, &QAction::triggered, this, [this] { importCases(); });
    connect(m_importMeasurements, &QAction::triggered, this, [this] { importMeasurements(); });
    connect(m_importStandards, &QAction::triggered, this, [this] { importStandards(); });
    connect(m_exportStandards, &QAction::triggered, this,
            &ImportController::chooseAndExportStandards);
    connect(m_exportStandardsExcel, &QAction::triggered, this,
            &ImportController::chooseAndExportStandardsToExcel);
    updateActions();
}

void ImportController::setWorkbench(Workbench *workbench)
{
    m_workbench = workbench;
    m_access = workbench ? workbench->access() : TeamRoles::Access();
    updateActions();
}

void ImportController::updateActions()
{
    const bool ready = m_workbench != nullptr && !isRunning();
    m_importCases->setEnabled(ready && m_access.data);
    m_importMeasurements->setEnabled(ready && m_access.data);
    m_importStandards->setEnabled(ready && m_access.catalogue);
    m_exportStandards->setEnabled(m_workbench != nullptr);
    m_exportStandardsExcel->setEnabled(m_workbench != nullptr);
    m_caseHistory->setEnabled(m_workbench != nullptr);
}

void ImportController::showCaseHistory()
{
    if (!m_workbench)
        return;
    auto *dialog = new CaseHistoryDialog(*m_workbench, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

QString ImportController::lastFolder() const
{
    const QString folder = m_settings.value(kLastFolderKey).toString();
    if (!folder.isEmpty() && QFileInfo(folder).isDir())
        return folder;
    if (m_workbench && !m_workbench->isInMemory())
        return QFileInfo(m_workbench->path()).absolutePath();
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

void ImportController::rememberFolder(const QString &filePath)
{
    m_settings.setValue(kLastFolderKey, QFileInfo(filePath).absolutePath());
}

void ImportController::importCases(const QString &path)
{
    if (!m_workbench || isRunning() || !m_access.data)
        return;
    auto *wizard = new CaseImportWizard(*m_workbench, lastFolder(), m_window);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    if (!path.isEmpty())
        wizard->setFilePath(path);
    connect(wizard, &QDialog::accepted, this, [this, wizard] {
        const QString file = wizard->filePath();
        const CaseImportSettings settings = wizard->settings();
        const bool createMissing = wizard->createMissing();
        // Kept as the analyst leaves the wizard, whatever the import's
        // outcome: a retry after fixing the file starts from this mapping.
        if (wizard->rememberMapping()) {
            if (const StorageResult kept = m_workbench->caseImports().rememberMapping(settings);
                !kept.ok())
                emit errorOccurred(tr("Cannot Remember the Mapping"), kept.error());
        }
        run(Kind::Cases, file, wizard->sheet(), wizard->skipBadRows(),
            [file, settings, createMissing](Workbench &workbench, const ImportOptions &options) {
                ImportOptions caseOptions = options;
                caseOptions.createMissing = createMissing;
                return workbench.caseImports().importCases(file, settings, caseOptions);
            });
    });
    wizard->open();
}

void ImportController::importMeasurements(const QString &path)
{
    importFixedColumns(Kind::Measurements, path);
}

void ImportController::importStandards(const QString &path)
{
    importFixedColumns(Kind::Standards, path);
}

void ImportController::importFixedColumns(Kind kind, const QString &path)
{
    const bool standards = kind == Kind::Standards;
    if (!m_workbench || isRunning() || !(standards ? m_access.catalogue : m_access.data))
        return;
    auto *wizard = new FileImportWizard(
        standards ? tr("Import Standards Catalogue") : tr("Import Measurements"),
        standards ? tr("The catalogue columns, as File › Export Standards Catalogue writes "
                       "them: code, title, service, dimension, metric, statistic, direction, "
                       "target, threshold, unit, department, basis, rationale, effective_from. "
                       "Standards already in the catalogue are updated.")
                  : tr("The columns standard (its code), period_start, period_end and value, "
                       "and optionally sample_size."),
        lastFolder(), m_window);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    if (!path.isEmpty())
        wizard->setFilePath(path);
    connect(wizard, &QDialog::accepted, this, [this, wizard, kind] {
        const QString file = wizard->filePath();
        ImportRunner::Job job;
        if (kind == Kind::Standards) {
            job = [file](Workbench &workbench, const ImportOptions &options) {
                return workbench.caseImports().importStandards(file, options);
            };
        } else {
            job = [file](Workbench &workbench, const ImportOptions &options) {
                return workbench.caseImports().importMeasurements(file, options);
            };
        }
        run(kind, file, wizard->sheet(), wizard->skipBadRows(), job);
    });
    wizard->open();
}

void ImportController::run(Kind kind, const QString &file, const QString &sheet, bool skipBadRows,
                           const ImportRunner::Job &job)
{
    rememberFolder(file);
    m_runner = new ImportRunner(*m_workbench, m_window);
    const QString target = m_workbench->path();
    connect(m_runner, &ImportRunner::finished, this,
            [this, kind, target](const ImportSummary &summary) {
                m_runner->deleteLater();
                m_runner = nullptr;
                finish(kind, target, summary);
            });
    updateActions();
    m_runner->start(QFileInfo(file).fileName(), skipBadRows,
                    [sheet, job](Workbench &workbench, const ImportOptions &options) {
                        ImportOptions onSheet = options;
                        onSheet.sheet = sheet;
                        return job(workbench, onSheet);
                    });
}

void ImportController::finish(Kind kind, const QString &target, const ImportSummary &summary)
{
    updateActions();
    // The window may have moved on to another workbench while the import ran.
    if (summary.committed && m_workbench && m_workbench->path() == target) {
        // The import wrote through its own connection (and its own service):
        // this workbench's service tells whoever follows it.
        m_workbench->caseImports().announceImported(kind);
        emit imported(kind);
    }
    emit statusMessage(summary.summaryLine());
    if (summary.notes.isEmpty() && summary.rejections.isEmpty())
        return;
    auto *dialog = new ImportResultDialog(summary, lastFolder(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

QString ImportController::exportStandards(const QString &path)
{
    if (!m_workbench)
        return tr("No workbench is open.");
    const StandardCatalogueExporter exporter(*m_workbench);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return file.errorString();
    file.write(exporter.toCsv(m_workbench->catalogue().standards()));
    if (!file.commit())
        return file.errorString();
    return {};
}

void ImportController::chooseAndExportStandards()
{
    if (!m_workbench)
        return;
    QString path = QFileDialog::getSaveFileName(m_window, tr("Export Standards Catalogue"),
                                                QDir(lastFolder()).filePath(tr("standards.csv")),
                                                tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".csv");
    rememberFolder(path);
    if (const QString error = exportStandards(path); !error.isEmpty()) {
        emit errorOccurred(tr("Cannot Export"),
                           tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), error));
        return;
    }
    emit statusMessage(tr("%n standard(s) written to %1", nullptr,
                          int(m_workbench->catalogue().standards().size()))
                           .arg(QDir::toNativeSeparators(path)));
}

QString ImportController::exportStandardsToExcel(const QString &path)
{
    if (!m_workbench)
        return tr("No workbench is open.");
    const StandardCatalogueExporter exporter(*m_workbench);
    return XlsxTableWriter::write(
        path, {exporter.table(m_workbench->catalogue().standards(), tr("Standards"))});
}

void ImportController::chooseAndExportStandardsToExcel()
{
    if (!m_workbench)
        return;
    QString path = QFileDialog::getSaveFileName(m_window, tr("Export Standards Catalogue to Excel"),
                                                QDir(lastFolder()).filePath(tr("standards.xlsx")),
                                                tr("Excel workbooks (*.xlsx)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".xlsx");
    rememberFolder(path);
    // The writer's message names the file and the reason.
    if (const QString error = exportStandardsToExcel(path); !error.isEmpty()) {
        emit errorOccurred(tr("Cannot Export"), error);
        return;
    }
    emit statusMessage(tr("%n standard(s) written to %1", nullptr,
                          int(m_workbench->catalogue().standards().size()))
                           .arg(QDir::toNativeSeparators(path)));
}

} // namespace Yardstick
