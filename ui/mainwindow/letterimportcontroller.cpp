// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "letterimportcontroller.h"

#include "dialogs/importresultdialog.h"
#include "dialogs/letterimportdialog.h"
#include "importcontroller.h"
#include "storage/teamroles.h"
#include "usecases/letterservice.h"
#include "workbench/workbench.h"

#include <QAction>
#include <QFileInfo>

namespace Yardstick {

LetterImportController::LetterImportController(ImportController &imports, QWidget *window)
    : QObject(window)
    , m_imports(imports)
    , m_window(window)
{
    m_action = new QAction(tr("&Letters…"), this);
    m_action->setObjectName(QStringLiteral("importLettersAction"));
    m_action->setStatusTip(tr("Import complaint letters from files, folders or a CSV"));
    connect(m_action, &QAction::triggered, this, [this] { importLetters(); });
    updateAction();
}

void LetterImportController::setWorkbench(Workbench *workbench)
{
    m_workbench = workbench;
    m_writable = !workbench || workbench->access().data;
    updateAction();
}

void LetterImportController::updateAction()
{
    m_action->setEnabled(m_workbench != nullptr && m_writable && !isRunning());
}

void LetterImportController::importLetters(const QStringList &paths)
{
    if (!m_workbench || isRunning() || !m_writable)
        return;
    QStringList serviceCodes;
    for (const Service &service : m_workbench->services().all())
        serviceCodes.append(service.code);
    QStringList dimensionKeys;
    for (const Dimension &dimension : m_workbench->dimensions().all())
        dimensionKeys.append(dimension.key);
    auto *dialog = new LetterImportDialog(m_imports.lastFolder(),
                                          m_workbench->letterService().rememberedColumns(),
                                          serviceCodes, dimensionKeys, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->addPaths(paths);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const LetterColumns columns = dialog->columns();
        // Kept as the analyst leaves the dialog, whatever the import's
        // outcome: a retry after fixing the file starts from this mapping.
        if (dialog->hasTable() && m_workbench) {
            if (const StorageResult kept = m_workbench->letterService().rememberColumns(columns);
                !kept.ok())
                emit statusMessage(tr("Cannot remember the letters mapping: %1").arg(kept.error()));
        }
        run(dialog->paths(), dialog->encoding(), dialog->skipBadRows(), columns,
            dialog->tableColumns());
    });
    dialog->open();
}

void LetterImportController::run(const QStringList &paths, const QString &encoding,
                                 bool skipBadRows, const LetterColumns &columns,
                                 const QHash<QString, LetterColumns> &tableColumns)
{
    if (!m_workbench || isRunning() || paths.isEmpty())
        return;
    m_runner = new ImportRunner(*m_workbench, m_window);
    const QString target = m_workbench->path();
    connect(m_runner, &ImportRunner::finished, this, [this, target](const ImportSummary &summary) {
        m_runner->deleteLater();
        m_runner = nullptr;
        finish(target, summary);
    });
    updateAction();
    const QString name = paths.size() == 1 ? QFileInfo(paths.constFirst()).fileName()
                                           : tr("%n letter source(s)", nullptr, int(paths.size()));
    // The whole action (suggested labels, the letters, the complaint-handling
    // measurements) runs in the service of the workbench the runner hands
    // over: on a worker, one with its own connection.
    m_runner->start(name, skipBadRows,
                    [paths, encoding, columns, tableColumns](Workbench &workbench,
                                                             const ImportOptions &options) {
                        return workbench.letterService().importLetters(paths, encoding, options,
                                                                       columns, tableColumns);
                    });
}

void LetterImportController::finish(const QString &target, const ImportSummary &summary)
{
    updateAction();
    // The window may have moved on to another workbench while the import ran.
    if (summary.committed && m_workbench && m_workbench->path() == target) {
        // A worker's service told nobody; the window's tells its views. An
        // in-memory workbench imported in place and has announced already.
        if (!m_workbench->isInMemory())
            m_workbench->letterService().announceImport();
        emit imported();
    }
    emit statusMessage(summary.summaryLine());
    if (summary.notes.isEmpty() && summary.rejections.isEmpty())
        return;
    auto *dialog = new ImportResultDialog(summary, m_imports.lastFolder(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace Yardstick
