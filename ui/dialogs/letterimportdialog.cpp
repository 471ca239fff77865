// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "letterimportdialog.h"

#include "import/csvpreview.h"
#include "lettercolumnsbox.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalBlocker>
#include <QVBoxLayout>

#include <algorithm>

namespace Yardstick {

namespace {

bool isTable(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == QLatin1String("csv") || suffix == QLatin1String("xlsx");
}

} // namespace

LetterImportDialog::LetterImportDialog(const QString &startFolder,
                                       std::optional<LetterColumns> remembered,
                                       const QStringList &serviceCodes,
                                       const QStringList &dimensionKeys, QWidget *parent)
    : QDialog(parent)
    , m_startFolder(startFolder)
{
    setObjectName(QStringLiteral("letterImportDialog"));
    setWindowTitle(tr("Import Letters"));
    auto *intro = new QLabel(
        tr("Letters as files (.txt, .md, .eml), folders of them, or a CSV with one letter per "
           "row (or an Excel workbook's sheet): its columns are chosen once it is listed. Card "
           "numbers are masked before anything is stored; letters already in the workbench "
           "are skipped."),
        this);
    intro->setWordWrap(true);

    m_paths = new QListWidget(this);
    m_paths->setObjectName(QStringLiteral("letterImportPaths"));
    m_paths->setSelectionMode(QAbstractItemView::ExtendedSelection);
    auto *addFiles = new QPushButton(tr("Add &Files…"), this);
    auto *addFolder = new QPushButton(tr("Add F&older…"), this);
    auto *remove = new QPushButton(tr("&Remove"), this);
    connect(addFiles, &QPushButton::clicked, this, &LetterImportDialog::chooseFiles);
    connect(addFolder, &QPushButton::clicked, this, &LetterImportDialog::chooseFolder);
    connect(remove, &QPushButton::clicked, this, [this] {
        qDeleteAll(m_paths->selectedItems());
        updateTable();
    });
    auto *pathButtons = new QVBoxLayout;
    pathButtons->addWidget(addFiles);
    pathButtons->addWidget(addFolder);
    pathButtons->addWidget(remove);
    pathButtons->addStretch(1);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_paths, 1);
    pathRow->addLayout(pathButtons);

    m_encoding = new QComboBox(this);
    m_encoding->setObjectName(QStringLiteral("letterImportEncoding"));
    m_encoding->addItem(tr("Detect (BOM, UTF-8, then GB18030 or Windows-1252)"), QString());
    for (const char *name : {"UTF-8", "UTF-16", "GB18030", "Windows-1252"})
        m_encoding->addItem(QLatin1String(name), QLatin1String(name));
    m_skip = new QCheckBox(tr("Import the good letters and &skip the bad ones"), this);
    m_skip->setObjectName(QStringLiteral("letterImportSkip"));
    m_skip->setToolTip(tr("Otherwise one bad letter stops the whole import and nothing is "
                          "stored; the bad ones are listed either way."));

    auto *form = new QFormLayout;
    form->addRow(tr("&Encoding:"), m_encoding);
    form->addRow(QString(), m_skip);

    m_columns = new LetterColumnsBox(std::move(remembered), serviceCodes, dimensionKeys, this);
    connect(m_columns, &LetterColumnsBox::changed, this, &LetterImportDialog::updateOk);
    // Tables of two exports listed together are read each with its own
    // columns: the step shows one at a time.
    m_table = new QComboBox(this);
    m_table->setObjectName(QStringLiteral("letterImportTable"));
    m_tableLabel = new QLabel(tr("&Columns of:"), this);
    m_tableLabel->setBuddy(m_table);
    connect(m_table, &QComboBox::activated, this,
            [this] { showTable(m_table->currentData().toString()); });
    auto *tableRow = new QHBoxLayout;
    tableRow->addWidget(m_tableLabel);
    tableRow->addWidget(m_table, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("&Import"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(pathRow);
    layout->addLayout(form);
    layout->addLayout(tableRow);
    layout->addWidget(m_columns);
    layout->addWidget(buttons);
    resize(620, 420);
    updateTable();
}

void LetterImportDialog::addPaths(const QStringList &paths)
{
    const QStringList known = this->paths();
    for (const QString &path : paths) {
        if (!known.contains(path))
            (new QListWidgetItem(QDir::toNativeSeparators(path), m_paths))
                ->setData(Qt::UserRole, path);
    }
    updateTable();
}

QStringList LetterImportDialog::paths() const
{
    QStringList result;
    for (int row = 0; row < m_paths->count(); ++row)
        result.append(m_paths->item(row)->data(Qt::UserRole).toString());
    return result;
}

QString LetterImportDialog::encoding() const
{
    return m_encoding->currentData().toString();
}

bool LetterImportDialog::skipBadRows() const
{
    return m_skip->isChecked();
}

bool LetterImportDialog::hasTable() const
{
    return !m_columns->table().isEmpty();
}

QStringList LetterImportDialog::tables() const
{
    QStringList result = paths();
    result.removeIf([](const QString &path) { return !isTable(path); });
    return result;
}

LetterColumns LetterImportDialog::columns() const
{
    const QStringList listed = tables();
    if (listed.isEmpty())
        return LetterColumns();
    if (m_columns->table() == listed.constFirst())
        return m_columns->columns();
    return m_chosen.value(listed.constFirst());
}

QHash<QString, LetterColumns> LetterImportDialog::tableColumns() const
{
    const QStringList listed = tables();
    QHash<QString, LetterColumns> result;
    if (listed.size() < 2)
        return result;
    const LetterColumns first = columns();
    for (const QString &path : listed.mid(1)) {
        if (path == m_columns->table()) {
            result.insert(path, m_columns->columns());
        } else if (const auto chosen = m_chosen.constFind(path); chosen != m_chosen.cend()) {
            result.insert(path, *chosen);
        } else {
            LetterColumns own = first;
            own.sheet.clear(); // another workbook's sheets are its own
            if (!first.fitsHeader(readCsvPreview(path, 0).header))
                own = LetterColumns(); // the reader's guess from its header
            result.insert(path, own);
        }
    }
    return result;
}

void LetterImportDialog::showTable(const QString &path)
{
    if (path == m_columns->table())
        return;
    if (!m_columns->table().isEmpty())
        m_chosen.insert(m_columns->table(), m_columns->columns());
    const auto chosen = m_chosen.constFind(path);
    m_columns->setTable(path, chosen != m_chosen.cend() ? std::optional(*chosen) : std::nullopt);
}

void LetterImportDialog::chooseFiles()
{
    const QStringList files =
        QFileDialog::getOpenFileNames(this, tr("Letter Files"), m_startFolder,
                                      tr("Letters (*.txt *.md *.eml *.csv *.xlsx);;All files (*)"));
    if (!files.isEmpty()) {
        m_startFolder = QFileInfo(files.constFirst()).absolutePath();
        addPaths(files);
    }
}

void LetterImportDialog::chooseFolder()
{
    const QString folder =
        QFileDialog::getExistingDirectory(this, tr("Folder of Letters"), m_startFolder);
    if (!folder.isEmpty()) {
        m_startFolder = folder;
        addPaths({folder});
    }
}

void LetterImportDialog::updateOk()
{
    m_ok->setEnabled(m_paths->count() > 0 && m_columns->isComplete());
}

// The columns step appears with a table; with several, the table chosen
// in "Columns of" (the first at the start) is shown.
void LetterImportDialog::updateTable()
{
    const QStringList listed = tables();
    {
        const QSignalBlocker blocker(m_table);
        m_table->clear();
        for (const QString &path : listed)
            m_table->addItem(QFileInfo(path).fileName(), path);
    }
    const bool several = listed.size() > 1;
    m_table->setVisible(several);
    m_tableLabel->setVisible(several);
    const QString current = listed.contains(m_columns->table())
                                ? m_columns->table()
                                : (listed.isEmpty() ? QString() : listed.constFirst());
    m_table->setCurrentIndex(qMax(0, m_table->findData(current)));
    if (current.isEmpty())
        m_columns->setTable(QString());
    else
        showTable(current);
    const bool shown = !listed.isEmpty();
    if (shown == m_columns->isHidden()) {
        m_columns->setVisible(shown);
        // The table's columns need the room more than the list of a few paths.
        m_paths->setMaximumHeight(shown ? m_paths->fontMetrics().height() * 5 : QWIDGETSIZE_MAX);
        resize(shown ? QSize(qMax(width(), 880), qMax(height(), 640)) : QSize(620, 420));
    }
    updateOk();
}

} // namespace Yardstick
