// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QObject>

class QAction;
class QWidget;

namespace Yardstick {

// The analyst's moves on the complaint list, each a QAction with its plain
// key (Return, S, N, P, R, D, L, Shift+L) bound to the list alone, so the
// Complaints menu and the keys are one set.
class ComplaintActions final : public QObject
{
    Q_OBJECT

public:
    // The actions' keys work while `list` has the focus.
    explicit ComplaintActions(QWidget *list);

    QAction *confirm() const { return m_confirm; }
    QAction *correctService() const { return m_service; }
    QAction *markNew() const { return m_new; }
    QAction *markInProgress() const { return m_inProgress; }
    QAction *markResolved() const { return m_resolved; }
    QAction *editDates() const { return m_dates; }
    QAction *link() const { return m_link; }
    QAction *unlink() const { return m_unlink; }
    QAction *history() const { return m_history; }
    QList<QAction *> all() const;

    // Enables the moves when there is a letter to act on; removing a link
    // also needs a chosen link.
    void setAvailable(bool letter, bool chosenLink);

private:
    QAction *m_confirm = nullptr;
    QAction *m_service = nullptr;
    QAction *m_new = nullptr;
    QAction *m_inProgress = nullptr;
    QAction *m_resolved = nullptr;
    QAction *m_dates = nullptr;
    QAction *m_link = nullptr;
    QAction *m_unlink = nullptr;
    QAction *m_history = nullptr;
};

} // namespace Yardstick
