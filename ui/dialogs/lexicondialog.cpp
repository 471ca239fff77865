// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "lexicondialog.h"

#include "usecases/letterservice.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <functional>
#include <set>

namespace Yardstick {

namespace {

QComboBox *targetCombo(LexiconTarget target)
{
    auto *combo = new QComboBox;
    combo->addItem(LexiconDialog::tr("Service"), lexiconTargetKey(LexiconTarget::Service));
    combo->addItem(LexiconDialog::tr("Dimension"), lexiconTargetKey(LexiconTarget::Dimension));
    combo->addItem(LexiconDialog::tr("Severity"), lexiconTargetKey(LexiconTarget::Severity));
    combo->setCurrentIndex(combo->findData(lexiconTargetKey(target)));
    return combo;
}

QComboBox *languageCombo(const QString &language)
{
    auto *combo = new QComboBox;
    combo->addItem(LexiconDialog::tr("English"), QStringLiteral("en"));
    combo->addItem(LexiconDialog::tr("Chinese"), QStringLiteral("zh"));
    combo->setCurrentIndex(qMax(0, combo->findData(language)));
    return combo;
}

} // namespace

LexiconDialog::LexiconDialog(LetterService &letters, const QList<LexiconTerm> &terms,
                             QWidget *parent)
    : QDialog(parent)
    , m_letters(letters)
    , m_startedFrom(letters.storedLexicon())
{
    setObjectName(QStringLiteral("lexiconDialog"));
    setWindowTitle(tr("Edit Lexicon"));
    auto *intro = new QLabel(
        tr("Where a term appears in a letter (and is not negated) the letter leans towards its "
           "key: a service code, a dimension key, or the severity medium or high. English "
           "terms match whole words (\"misspel*\" any ending, \"#\" any number); Chinese terms "
           "match anywhere. A negative weight marks praise; a weight of 0 claims the words "
           "without counting them (\"late fee\" is not lateness)."),
        this);
    intro->setWordWrap(true);
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("lexiconFilter"));
    m_filter->setPlaceholderText(tr("Filter by term or key"));
    m_filter->setClearButtonEnabled(true);
    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("lexiconTable"));
    m_table->setHorizontalHeaderLabels(
        {tr("Language"), tr("Term"), tr("Points to"), tr("Key"), tr("Weight")});
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setSectionResizeMode(TermColumn, QHeaderView::Stretch);
    for (const LexiconTerm &term : terms)
        appendRow(term);
    m_table->resizeColumnToContents(LanguageColumn);
    m_table->resizeColumnToContents(TargetColumn);
    m_table->setColumnWidth(KeyColumn, 140);

    auto *add = new QPushButton(tr("&Add Term"), this);
    auto *remove = new QPushButton(tr("&Remove"), this);
    connect(add, &QPushButton::clicked, this, &LexiconDialog::addTerm);
    connect(remove, &QPushButton::clicked, this, &LexiconDialog::removeSelected);
    connect(m_filter, &QLineEdit::textChanged, this, &LexiconDialog::refilter);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("lexiconProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #c62828"));
    m_problem->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &LexiconDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *row = new QHBoxLayout;
    row->addWidget(m_filter, 1);
    row->addWidget(add);
    row->addWidget(remove);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(row);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    resize(760, 560);
}

void LexiconDialog::appendRow(const LexiconTerm &term)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    m_table->setCellWidget(row, LanguageColumn, languageCombo(term.language));
    m_table->setItem(row, TermColumn, new QTableWidgetItem(term.term));
    m_table->setCellWidget(row, TargetColumn, targetCombo(term.target));
    m_table->setItem(row, KeyColumn, new QTableWidgetItem(term.key));
    m_table->setItem(row, WeightColumn,
                     new QTableWidgetItem(QLocale().toString(term.weight, 'g', 4)));
}

void LexiconDialog::addTerm()
{
    LexiconTerm term;
    term.language = QStringLiteral("en");
    m_filter->clear();
    appendRow(term);
    const int row = m_table->rowCount() - 1;
    m_table->scrollToBottom();
    m_table->setCurrentCell(row, TermColumn);
    m_table->editItem(m_table->item(row, TermColumn));
}

void LexiconDialog::removeSelected()
{
    std::set<int, std::greater<>> rows;
    for (const QModelIndex &index : m_table->selectionModel()->selectedIndexes())
        rows.insert(index.row());
    if (rows.empty() && m_table->currentRow() >= 0)
        rows.insert(m_table->currentRow());
    for (int row : rows)
        m_table->removeRow(row);
}

void LexiconDialog::refilter()
{
    const QString text = m_filter->text().trimmed();
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const bool match =
            text.isEmpty() ||
            m_table->item(row, TermColumn)->text().contains(text, Qt::CaseInsensitive) ||
            m_table->item(row, KeyColumn)->text().contains(text, Qt::CaseInsensitive);
        m_table->setRowHidden(row, !match);
    }
}

QList<LexiconTerm> LexiconDialog::terms(QStringList *problems) const
{
    QList<LexiconTerm> result;
    const QLocale locale;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        LexiconTerm term;
        term.language = static_cast<QComboBox *>(m_table->cellWidget(row, LanguageColumn))
                            ->currentData()
                            .toString();
        term.term = m_table->item(row, TermColumn)->text().trimmed();
        term.target =
            lexiconTargetFromKey(static_cast<QComboBox *>(m_table->cellWidget(row, TargetColumn))
                                     ->currentData()
                                     .toString())
                .value_or(LexiconTarget::Dimension);
        term.key = m_table->item(row, KeyColumn)->text().trimmed();
        bool ok = false;
        const QString weightText = m_table->item(row, WeightColumn)->text().trimmed();
        term.weight = locale.toDouble(weightText, &ok);
        if (!ok)
            term.weight = weightText.toDouble(&ok);
        if (term.term.isEmpty())
            problems->append(tr("Row %1: the term is empty.").arg(row + 1));
        else if (term.key.isEmpty())
            problems->append(tr("Row %1 (%2): the key is empty.").arg(row + 1).arg(term.term));
        else if (!ok)
            problems->append(
                tr("Row %1 (%2): the weight must be a number.").arg(row + 1).arg(term.term));
        result.append(term);
    }
    return result;
}

void LexiconDialog::accept()
{
    QStringList problems;
    QList<LexiconTerm> list = terms(&problems);
    if (problems.isEmpty()) {
        if (const StorageResult stored = m_letters.replaceLexicon(list, m_startedFrom);
            stored.ok()) {
            QDialog::accept();
            return;
        } else {
            problems.append(tr("The lexicon could not be stored: %1").arg(stored.error()));
            if (m_letters.storedLexicon() != m_startedFrom) {
                // Another analyst saved theirs since: shown now, as the
                // message says, for this analyst's change to be made on it.
                m_startedFrom = m_letters.storedLexicon();
                m_table->setRowCount(0);
                for (const LexiconTerm &term : m_letters.lexiconTerms())
                    appendRow(term);
                refilter();
            }
        }
    }
    // Keep the dialog and every edit: the analyst fixes the rows and tries again.
    m_problem->setText(problems.join(QLatin1Char('\n')));
    m_problem->show();
}

} // namespace Yardstick
