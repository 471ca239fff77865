// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "complaintactions.h"
#include "complaintkeylegend.h"
#include "complainttable.h"
#include "model/complaintletter.h"
#include "workbench/referencedata.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

#include <optional>

class QAction;
class QSettings;
class QSplitter;
class QUndoStack;

namespace Yardstick {

class ComplaintEditor;
class ComplaintFilterBar;
class ComplaintFilterProxyModel;
class ComplaintListModel;
class LetterReaderPane;
class LetterService;
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
// Every change is undoable and in the file at once, made through the
// workbench's LetterService, which retrains the classifier after label
// changes and recomputes the complaint-handling measurements after handling
// changes; the page follows the service's signals, whoever made the change.
class ComplaintsView final : public QWidget
{
    Q_OBJECT

public:
    ComplaintsView(Workbench &workbench, QSettings &settings, QUndoStack &undoStack,
                   QWidget *parent = nullptr);
    ~ComplaintsView() override;

    // Re-reads services, dimensions and letters (after an import), keeping
    // the current letter.
    void refresh();

    QTableView *table() const { return m_table; }
    ComplaintListModel *model() const { return m_model; }
    ComplaintFilterProxyModel *proxy() const { return m_proxy; }
    ComplaintFilterBar *filterBar() const { return m_filters; }
    LetterReaderPane *reader() const { return m_reader; }
    ServicePicker *servicePicker() const { return m_picker; }
    QLabel *legend() const { return m_legend; }

    QAction *confirmAction() const { return m_actions->confirm(); }
    QAction *correctServiceAction() const { return m_actions->correctService(); }
    QAction *markNewAction() const { return m_actions->markNew(); }
    QAction *markInProgressAction() const { return m_actions->markInProgress(); }
    QAction *markResolvedAction() const { return m_actions->markResolved(); }
    QAction *editDatesAction() const { return m_actions->editDates(); }
    QAction *linkAction() const { return m_actions->link(); }
    QAction *unlinkAction() const { return m_actions->unlink(); }
    QList<QAction *> letterActions() const { return m_actions->all(); }

    // The letter as the list shows it (a live suggestion when not confirmed).
    std::optional<ComplaintLetter> currentLetter() const;
    void showHistory();
    void selectLetter(qint64 letterId);

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

private:
    void connectActions();
    void followService();
    void loadReference();
    void reloadLetters();
    void letterChanged(qint64 letterId);
    void suggestionsChanged();
    void updateActions();
    void updateCount();
    void showCurrent();
    int viewRowOf(qint64 letterId) const;
    std::optional<qint64> dimensionForKey(int number);
    std::optional<ComplaintLetter> stored(qint64 letterId) const;
    void chooseService();
    void chooseStandard();
    void editDates();
    void unlinkChosen();

    QSettings &m_settings;
    Workbench &m_workbench;
    LetterService &m_letters;
    // False for a viewer of a team workbench: the moves that write stay off
    // (the server would refuse them anyway).
    bool m_writable = true;
    ReferenceData m_reference;
    QHash<qint64, ComplaintLetter> m_stored; // as in the file, by id

    ComplaintListModel *m_model = nullptr;
    ComplaintFilterProxyModel *m_proxy = nullptr;
    ComplaintFilterBar *m_filters = nullptr;
    ComplaintTable *m_table = nullptr;
    LetterReaderPane *m_reader = nullptr;
    ComplaintKeyLegend *m_legend = nullptr;
    QSplitter *m_splitter = nullptr;
    ServicePicker *m_picker = nullptr;
    ComplaintActions *m_actions = nullptr;
    ComplaintEditor *m_editor = nullptr;
};

} // namespace Yardstick
