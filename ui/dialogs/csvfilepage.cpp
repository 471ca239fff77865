// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvfilepage.h"

#include "import/xlsxworkbook.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace Yardstick {

namespace {

constexpr int kPreviewRows = 20;
constexpr int kMaxColumnWidth = 220;

QString separatorName(QChar separator)
{
    if (separator == QLatin1Char(';'))
        return CsvFilePage::tr("semicolons");
    if (separator == QLatin1Char('\t'))
        return CsvFilePage::tr("tabs");
    return CsvFilePage::tr("commas");
}

} // namespace

CsvFilePage::CsvFilePage(const QString &startFolder, QWidget *parent)
    : QWizardPage(parent)
    , m_startFolder(startFolder)
{
    setTitle(tr("Choose the File"));
    setSubTitle(tr("A CSV file with a header row (comma, semicolon and tab separated files "
                   "are all read), or a sheet of an Excel workbook."));

    m_path = new QLineEdit(this);
    m_path->setObjectName(QStringLiteral("importFilePath"));
    m_path->setPlaceholderText(tr("Path of the CSV file or Excel workbook"));
    auto *browse = new QPushButton(tr("&Browse…"), this);
    browse->setObjectName(QStringLiteral("importBrowseButton"));
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(browse);
    m_sheet = new QComboBox(this);
    m_sheet->setObjectName(QStringLiteral("importSheet"));
    m_sheetLabel = new QLabel(tr("&Sheet:"), this);
    m_sheetLabel->setBuddy(m_sheet);
    fileRow->addWidget(m_sheetLabel);
    fileRow->addWidget(m_sheet);
    m_sheetLabel->hide();
    m_sheet->hide();

    m_info = new QLabel(this);
    m_info->setObjectName(QStringLiteral("importFileInfo"));
    m_info->setWordWrap(true);
    m_info->setTextFormat(Qt::PlainText);

    m_model = new QStandardItemModel(this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("importPreviewTable"));
    m_table->setModel(m_model);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    // The vertical header shows file line numbers, as the rejections name them.
    m_table->verticalHeader()->setToolTip(tr("Line in the file"));

    m_layout = new QVBoxLayout(this);
    m_layout->addLayout(fileRow);
    m_layout->addWidget(m_info);
    m_layout->addWidget(m_table, 1);

    connect(browse, &QPushButton::clicked, this, &CsvFilePage::browse);
    connect(m_path, &QLineEdit::editingFinished, this, &CsvFilePage::load);
    connect(m_sheet, &QComboBox::activated, this, &CsvFilePage::loadPreview);
    load();
}

void CsvFilePage::setFilePath(const QString &path)
{
    m_path->setText(QDir::toNativeSeparators(path));
    load();
}

QString CsvFilePage::filePath() const
{
    return QDir::fromNativeSeparators(m_path->text().trimmed());
}

QString CsvFilePage::sheet() const
{
    return m_sheet->count() > 0 ? m_sheet->currentText() : QString();
}

void CsvFilePage::addOption(QWidget *widget)
{
    m_layout->addWidget(widget);
}

bool CsvFilePage::isComplete() const
{
    return !m_loadedPath.isEmpty() && m_preview.ok() && !m_preview.rows.isEmpty();
}

void CsvFilePage::browse()
{
    const QString folder =
        filePath().isEmpty() ? m_startFolder : QFileInfo(filePath()).absolutePath();
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Choose a CSV File or Excel Workbook"), folder,
        tr("CSV files and Excel workbooks (*.csv *.txt *.tsv *.xlsx);;All files (*)"));
    if (!path.isEmpty())
        setFilePath(path);
}

void CsvFilePage::load()
{
    const QString path = filePath();
    if (path == m_loadedPath)
        return; // editingFinished fires again on every focus change
    m_loadedPath = path;
    // A workbook's sheets are offered; the first is read until another is
    // chosen.
    m_sheet->clear();
    if (!path.isEmpty() && looksLikeXlsx(path))
        m_sheet->addItems(xlsxSheetNames(path));
    m_sheet->setVisible(m_sheet->count() > 1);
    m_sheetLabel->setVisible(m_sheet->count() > 1);
    loadPreview();
}

void CsvFilePage::loadPreview()
{
    const QString path = m_loadedPath;
    m_preview = path.isEmpty() ? CsvPreview() : readCsvPreview(path, kPreviewRows, sheet());
    fillTable();

    const QString name = QFileInfo(path).fileName();
    if (path.isEmpty()) {
        m_info->setText(tr("Choose a file to see its first rows."));
    } else if (!m_preview.ok()) {
        m_info->setText(tr("%1 cannot be imported: %2").arg(name, m_preview.error));
    } else if (m_preview.rows.isEmpty()) {
        m_info->setText(tr("%1 has a header but no data rows.").arg(name));
    } else if (!m_preview.sheet.isEmpty()) {
        m_info->setText(tr("%1, sheet %2: %3 columns. Its first rows as Yardstick reads them, "
                           "by row number:")
                            .arg(name, m_preview.sheet)
                            .arg(m_preview.header.size()));
    } else {
        m_info->setText(tr("%1: %2 columns, read as %3 with fields separated by %4. Its first "
                           "rows as Yardstick reads them, by line number:")
                            .arg(name)
                            .arg(m_preview.header.size())
                            .arg(m_preview.encoding, separatorName(m_preview.separator)));
    }
    m_info->setStyleSheet(m_preview.ok() ? QString() : QStringLiteral("color: #b00020;"));
    emit completeChanged();
    emit previewChanged();
}

void CsvFilePage::fillTable()
{
    m_model->clear();
    m_model->setHorizontalHeaderLabels(m_preview.header);
    for (const CsvRecord &record : std::as_const(m_preview.rows)) {
        QList<QStandardItem *> items;
        for (const QString &field : record.fields)
            items.append(new QStandardItem(field));
        m_model->appendRow(items);
        m_model->setVerticalHeaderItem(m_model->rowCount() - 1,
                                       new QStandardItem(QString::number(record.line)));
    }
    m_table->resizeColumnsToContents();
    for (int column = 0; column < m_model->columnCount(); ++column) {
        m_table->setColumnWidth(column, qMin(m_table->columnWidth(column), kMaxColumnWidth));
    }
}

} // namespace Yardstick
