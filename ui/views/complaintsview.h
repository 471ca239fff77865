// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commands/lettercommands.h"
#include "model/complaintletter.h"
#include "model/letterlink.h"
#include "workbench/referencedata.h"

#include <QHash>
#include <QWidget>

#include <memory>
#include <optional>

class QAction;
class QLabel;
class QSettings;
class QSplitter;
class QTableView;
class QUndoStack;

namespace Yardstick {

class ComplaintFilterBar;
class ComplaintFilterProxyModel;
class ComplaintListModel;
class LetterLabeller;
class LetterReaderPane;
class ServicePicker;
class Workbench;

// The Complaints page: the letters (key customers first, then the newest),
// filters, and a reader pane with the text, its highlighted terms, labels,
// provenance, handling and links. With the list focused the analyst works
// through the letters from the keyboard:
//   Return / Space  confirm the suggested labels, go to the next unconfirmed
//   1..7            set the primary dimension (and confirm)
//   Shift+1..7      add or remove a further dimension
//   S               correct the service (type its first letters, Return)
//   N / P / R       handling: new, in progress, resolved;  D  edit the dates
//   L / Shift+L     link to a standard / remove the chosen link
// Every change is undoable and in the file at once; label changes retrain
// the classifier, handling changes recompute the complaint-handling
// measurements.
class ComplaintsView final : public QWidget
{
    Q_OBJECT

public:
    ComplaintsView(QSettings &settings, QUndoStack &undoStack, QWidget *parent = nullptr);
    ~ComplaintsView() override;

    // nullptr lets go of the previous workbench.
    void setWorkbench(Workbench *workbench);
    // Re-reads services, dimensions and letters (after an import), keeping
    // the current letter.
    void refresh();
    // Reloads the lexicon and retrains (after the lexicon was edited).
    void reloadLabeller();

    // The keys' dimensions, in the legend's order: 1 timeliness ... 7 tangibles.
    static QStringList dimensionKeysByNumber();

    QTableView *table() const { return m_table; }
    ComplaintListModel *model() const { return m_model; }
    ComplaintFilterProxyModel *proxy() const { return m_proxy; }
    ComplaintFilterBar *filterBar() const { return m_filters; }
    LetterReaderPane *reader() const { return m_reader; }
    ServicePicker *servicePicker() const { return m_picker; }
    QLabel *legend() const { return m_legend; }

    QAction *confirmAction() const { return m_confirmAction; }
    QAction *correctServiceAction() const { return m_serviceAction; }
    QAction *markNewAction() const { return m_newAction; }
    QAction *markInProgressAction() const { return m_inProgressAction; }
    QAction *markResolvedAction() const { return m_resolvedAction; }
    QAction *editDatesAction() const { return m_datesAction; }
    QAction *linkAction() const { return m_linkAction; }
    QAction *unlinkAction() const { return m_unlinkAction; }
    QList<QAction *> letterActions() const;

    // The letter as the list shows it (a live suggestion when not confirmed).
    std::optional<ComplaintLetter> currentLetter() const;
    void selectLetter(qint64 letterId);
    // How long the last retraining took, in milliseconds (-1: none yet).
    qint64 lastRetrainMilliseconds() const { return m_lastRetrainMs; }

    // The analyst's moves, bound to the keys above.
    void confirmAndNext();
    void setPrimaryDimension(int number);
    void toggleDimension(int number);
    void setService(qint64 serviceId);
    void setStatus(LetterStatus status);
    void linkToStandard(qint64 standardId, const QString &caseId);
    void removeLink(qint64 linkId);

signals:
    void errorOccurred(const QString &message);
    void statusMessage(const QString &text);
    // Labels changed (confirm, correct, undo): summaries by dimension follow.
    void labelsChanged();
    // Handling changed and the complaint-handling measurements were recomputed.
    void handlingChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildActions();
    void loadLabeller();
    void reloadLetters();
    void retrain();
    void updateLegend();
    void updateActions();
    void updateCount();
    void showCurrent();
    void sizeColumns();
    int viewRowOf(qint64 letterId) const;
    std::optional<qint64> nextUnconfirmedAfter(int viewRow) const;
    std::optional<qint64> dimensionIdByNumber(int number) const;
    std::optional<qint64> dimensionForKey(int number);
    ComplaintLetter displayed(const ComplaintLetter &stored) const;
    std::optional<ComplaintLetter> stored(qint64 letterId) const;
    bool commitEdit(LetterEditCommand::Part part, const ComplaintLetter &before,
                    const ComplaintLetter &after, const QString &text);
    bool commitLabels(const ComplaintLetter &before, const ComplaintLetter &after,
                      const QString &text);
    bool commitHandling(const ComplaintLetter &before, const ComplaintLetter &after,
                        const QString &text);
    void labelsWritten(const ComplaintLetter &letter);
    void handlingWritten(const ComplaintLetter &letter);
    void chooseService();
    void chooseStandard();
    void editDates();
    void unlinkChosen();
    void reportError(const QString &message);

    QSettings &m_settings;
    QUndoStack &m_undoStack;
    Workbench *m_workbench = nullptr;
    ReferenceData m_reference;
    std::unique_ptr<LetterLabeller> m_labeller;
    QHash<qint64, ComplaintLetter> m_stored; // as in the file, by id
    qint64 m_lastRetrainMs = -1;

    ComplaintListModel *m_model = nullptr;
    ComplaintFilterProxyModel *m_proxy = nullptr;
    ComplaintFilterBar *m_filters = nullptr;
    QTableView *m_table = nullptr;
    LetterReaderPane *m_reader = nullptr;
    QLabel *m_legend = nullptr;
    QSplitter *m_splitter = nullptr;
    ServicePicker *m_picker = nullptr;

    QAction *m_confirmAction = nullptr;
    QAction *m_serviceAction = nullptr;
    QAction *m_newAction = nullptr;
    QAction *m_inProgressAction = nullptr;
    QAction *m_resolvedAction = nullptr;
    QAction *m_datesAction = nullptr;
    QAction *m_linkAction = nullptr;
    QAction *m_unlinkAction = nullptr;
};

} // namespace Yardstick
