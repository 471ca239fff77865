// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "jobs/importrunner.h"
#include "letters/lettercolumns.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QStringList>

class QAction;
class QWidget;

namespace Yardstick {

class ImportController;
class Workbench;

// File › Import › Letters…: the dialog (with a letters table's columns, the
// mapping remembered in the workbench), then LetterService::importLetters()
// on an ImportRunner (off the GUI thread, with progress and Cancel), which
// suggests each letter's labels and recomputes the complaint-handling
// measurements with the letters; then the window's letter service announces
// the change and the result dialog lists what was refused.
class LetterImportController final : public QObject
{
    Q_OBJECT

public:
    LetterImportController(ImportController &imports, QWidget *window);

    void setWorkbench(Workbench *workbench);
    QAction *importLettersAction() const { return m_action; }
    bool isRunning() const { return m_runner != nullptr; }

    // Opens the dialog, with these paths already listed.
    void importLetters(const QStringList &paths = QStringList());
    // Runs the import without the dialog (tests and drag and drop).
    void run(const QStringList &paths, const QString &encoding, bool skipBadRows,
             const LetterColumns &columns = LetterColumns(),
             const QHash<QString, LetterColumns> &tableColumns = {});

signals:
    // Letters were committed to the open workbench.
    void imported();
    void statusMessage(const QString &text);

private:
    void finish(const QString &target, const ImportSummary &summary);
    void updateAction();

    ImportController &m_imports;
    QWidget *m_window;
    Workbench *m_workbench = nullptr;
    bool m_writable = true; // a viewer of a team workbench imports nothing
    QPointer<ImportRunner> m_runner;
    QAction *m_action = nullptr;
};

} // namespace Yardstick
