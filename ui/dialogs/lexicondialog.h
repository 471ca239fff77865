// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/lexiconterm.h"

#include <QDialog>
#include <QList>
#include <QStringList>

class QLabel;
class QLineEdit;
class QTableWidget;

namespace Yardstick {

class LetterService;

// Complaints › Edit Lexicon: the analysts' terms in a table (language, term,
// what it points at, the key, its weight), filtered by typing. OK stores the
// whole list in one transaction; when that fails the dialog stays open with
// the edits and says why.
class LexiconDialog final : public QDialog
{
    Q_OBJECT

public:
    enum Column
    {
        LanguageColumn,
        TermColumn,
        TargetColumn,
        KeyColumn,
        WeightColumn,
        ColumnCount
    };

    // `terms`: what the table starts with (the workbench's, else the defaults).
    LexiconDialog(LetterService &letters, const QList<LexiconTerm> &terms,
                  QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    QLabel *problemLabel() const { return m_problem; }
    // Adds an empty row and starts editing its term.
    void addTerm();
    void removeSelected();
    // The table's terms, or the rows that are wrong (empty when all are right).
    QList<LexiconTerm> terms(QStringList *problems) const;

    void accept() override;

private:
    void appendRow(const LexiconTerm &term);
    void refilter();

    LetterService &m_letters;
    // The workbench's stored terms as the editor opened: saving is refused
    // when another analyst saved the lexicon since.
    QList<LexiconTerm> m_startedFrom;
    QLineEdit *m_filter = nullptr;
    QTableWidget *m_table = nullptr;
    QLabel *m_problem = nullptr;
};

} // namespace Yardstick
