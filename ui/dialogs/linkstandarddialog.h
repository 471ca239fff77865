// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/standard.h"

#include <QDialog>
#include <QList>

#include <optional>

class QLineEdit;
class QListWidget;

namespace Yardstick {

// Chooses the standard a complaint shows was broken: the suggested ones
// (the letter's service and dimensions) first, then every other standard,
// narrowed by typing; with the case id where the analyst knows it.
class LinkStandardDialog final : public QDialog
{
    Q_OBJECT

public:
    LinkStandardDialog(const QList<Standard> &standards, const QList<qint64> &suggested,
                       QWidget *parent = nullptr);

    std::optional<qint64> standardId() const;
    QString caseId() const;
    QLineEdit *searchField() const { return m_search; }
    QListWidget *standardList() const { return m_list; }
    QLineEdit *caseField() const { return m_caseId; }

private:
    void refilter();

    QLineEdit *m_search = nullptr;
    QListWidget *m_list = nullptr;
    QLineEdit *m_caseId = nullptr;
};

} // namespace Yardstick
