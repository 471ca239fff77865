// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "complaintactions.h"

#include <QAction>
#include <QWidget>

namespace Yardstick {

ComplaintActions::ComplaintActions(QWidget *list)
    : QObject(list)
{
    const auto action = [list](const QString &text, const char *name,
                               const QList<QKeySequence> &keys) {
        auto *a = new QAction(text, list);
        a->setObjectName(QLatin1String(name));
        a->setShortcuts(keys);
        // Plain keys belong to the list: typing in the search field or a
        // dialog must not confirm or resolve a letter.
        a->setShortcutContext(Qt::WidgetShortcut);
        list->addAction(a);
        return a;
    };
    m_confirm = action(
        tr("&Confirm Labels and Next"), "confirmLabelsAction",
        {QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter), QKeySequence(Qt::Key_Space)});
    m_service = action(tr("Correct &Service…"), "correctServiceAction", {QKeySequence(Qt::Key_S)});
    m_new = action(tr("Mark &New"), "markNewAction", {QKeySequence(Qt::Key_N)});
    m_inProgress =
        action(tr("Mark In &Progress"), "markInProgressAction", {QKeySequence(Qt::Key_P)});
    m_resolved = action(tr("Mark &Resolved"), "markResolvedAction", {QKeySequence(Qt::Key_R)});
    m_dates =
        action(tr("Edit Handling &Dates…"), "editHandlingDatesAction", {QKeySequence(Qt::Key_D)});
    m_link = action(tr("&Link to Standard…"), "linkStandardAction", {QKeySequence(Qt::Key_L)});
    m_unlink =
        action(tr("Remove Lin&k"), "removeLinkAction", {QKeySequence(Qt::SHIFT | Qt::Key_L)});
    m_history = action(tr("Letter &History…"), "letterHistoryAction", {QKeySequence(Qt::Key_H)});
    m_history->setStatusTip(tr("Who labelled and handled this letter, and when"));
    m_inProgress->setStatusTip(tr("Stamps the first response now if the letter has none"));
    m_resolved->setStatusTip(tr("Stamps the resolution now; Edit Handling Dates corrects it"));
}

QList<QAction *> ComplaintActions::all() const
{
    return {m_confirm, m_service, m_new,    m_inProgress, m_resolved,
            m_dates,   m_link,    m_unlink, m_history};
}

void ComplaintActions::setAvailable(bool letter, bool chosenLink)
{
    for (QAction *a : all())
        a->setEnabled(letter);
    if (letter)
        m_unlink->setEnabled(chosenLink);
}

} // namespace Yardstick
