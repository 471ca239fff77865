// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "importresultdialog.h"

#include "io/xlsxtablewriter.h"

#include <QAbstractTableModel>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace Yardstick {

namespace {

// The rejections as they are: a file with many bad rows gives many
// rejections, and a model over the list costs nothing per row.
class RejectionModel final : public QAbstractTableModel
{
public:
    enum Column
    {
        FileColumn,
        LineColumn,
        ColumnColumn,
        ReasonColumn,
        ColumnCount,
    };

    RejectionModel(const QList<ImportRejection> &rejections, QObject *parent)
        : QAbstractTableModel(parent)
        , m_rejections(rejections)
    {}

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_rejections.size());
    }
    int columnCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : ColumnCount;
    }

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (!index.isValid() || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
            return {};
        const ImportRejection &r = m_rejections.at(index.row());
        switch (index.column()) {
        case FileColumn:
            return r.file;
        case LineColumn:
            // A number, so that sorting puts line 9 before line 10; line 0
            // is the file as a whole.
            return role == Qt::DisplayRole ? QVariant(r.line) : QVariant();
        case ColumnColumn:
            return r.column;
        case ReasonColumn:
            return r.reason;
        }
        return {};
    }

    QVariant headerData(int section, Qt::Orientation orientation, int role) const override
    {
        if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
            return {};
        switch (section) {
        case FileColumn:
            return ImportResultDialog::tr("File");
        case LineColumn:
            return ImportResultDialog::tr("Line");
        case ColumnColumn:
            return ImportResultDialog::tr("Column");
        case ReasonColumn:
            return ImportResultDialog::tr("Reason");
        }
        return {};
    }

private:
    QList<ImportRejection> m_rejections;
};

} // namespace

ImportResultDialog::ImportResultDialog(const ImportSummary &summary, const QString &startFolder,
                                       QWidget *parent)
    : QDialog(parent)
    , m_summary(summary)
    , m_startFolder(startFolder)
{
    setObjectName(QStringLiteral("importResultDialog"));
    setWindowTitle(summary.committed ? tr("Import Finished") : tr("Nothing Imported"));

    auto *summaryLabel = new QLabel(summary.summaryLine(), this);
    summaryLabel->setObjectName(QStringLiteral("importSummaryLabel"));
    summaryLabel->setWordWrap(true);
    summaryLabel->setTextFormat(Qt::PlainText);
    summaryLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = summaryLabel->font();
    bold.setBold(true);
    summaryLabel->setFont(bold);

    auto *notes = new QLabel(this);
    notes->setObjectName(QStringLiteral("importNotes"));
    notes->setWordWrap(true);
    notes->setTextInteractionFlags(Qt::TextSelectableByMouse);
    notes->setTextFormat(Qt::PlainText);
    QStringList lines;
    for (const QString &note : summary.notes)
        lines.append(QStringLiteral("• ") + note);
    notes->setText(lines.join(QLatin1Char('\n')));
    notes->setVisible(!summary.notes.isEmpty());

    auto *proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(new RejectionModel(summary.rejections, this));
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("rejectionsTable"));
    m_table->setModel(proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(RejectionModel::LineColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    // Sized from the first rows only: measuring every row of a large list is slow.
    m_table->horizontalHeader()->setResizeContentsPrecision(100);
    m_table->resizeColumnsToContents();
    m_table->setColumnWidth(RejectionModel::ColumnColumn,
                            qMin(m_table->columnWidth(RejectionModel::ColumnColumn), 180));
    m_table->setVisible(!summary.rejections.isEmpty());
    auto *rejectedLabel = new QLabel(tr("What was rejected, by the file's own line numbers (1 is "
                                        "the header, 0 the file as a whole):"),
                                     this);
    rejectedLabel->setWordWrap(true);
    rejectedLabel->setVisible(!summary.rejections.isEmpty());

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *exportButton =
        buttons->addButton(tr("&Export Rejections as CSV…"), QDialogButtonBox::ActionRole);
    exportButton->setObjectName(QStringLiteral("exportRejectionsButton"));
    exportButton->setEnabled(!summary.rejections.isEmpty());
    exportButton->setVisible(!summary.rejections.isEmpty());
    connect(exportButton, &QPushButton::clicked, this, &ImportResultDialog::chooseAndExport);
    QPushButton *excelButton =
        buttons->addButton(tr("Export Rejections to E&xcel…"), QDialogButtonBox::ActionRole);
    excelButton->setObjectName(QStringLiteral("exportRejectionsExcelButton"));
    excelButton->setEnabled(!summary.rejections.isEmpty());
    excelButton->setVisible(!summary.rejections.isEmpty());
    connect(excelButton, &QPushButton::clicked, this, &ImportResultDialog::chooseAndExportToExcel);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(summaryLabel);
    layout->addWidget(notes);
    layout->addWidget(rejectedLabel);
    layout->addWidget(m_table, 1);
    if (summary.rejections.isEmpty())
        layout->addStretch(1);
    layout->addWidget(buttons);
    // Tall enough for the rejections, up to a size that still fits a laptop.
    const int rows = int(qMin<qsizetype>(summary.rejections.size(), 14));
    resize(summary.rejections.isEmpty() ? 560 : 820,
           240 + rows * m_table->verticalHeader()->defaultSectionSize());
}

QString ImportResultDialog::exportRejections(const QString &path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return file.errorString();
    file.write(rejectionsToCsv(m_summary.rejections).toUtf8());
    if (!file.commit())
        return file.errorString();
    return {};
}

void ImportResultDialog::chooseAndExport()
{
    const QString suggested =
        QDir(m_startFolder)
            .filePath(tr("%1-rejections.csv").arg(QFileInfo(m_summary.file).completeBaseName()));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Rejections"), suggested,
                                                      tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    if (const QString error = exportRejections(path); !error.isEmpty()) {
        QMessageBox::warning(this, tr("Cannot Export Rejections"),
                             tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), error));
    }
}

QString ImportResultDialog::exportRejectionsToExcel(const QString &path) const
{
    // Qualified: the dialog has a rejectionsTable() of its own (the view).
    return XlsxTableWriter::write(
        path, {Yardstick::rejectionsTable(m_summary.rejections, tr("Rejections"))});
}

void ImportResultDialog::chooseAndExportToExcel()
{
    const QString suggested =
        QDir(m_startFolder)
            .filePath(tr("%1-rejections.xlsx").arg(QFileInfo(m_summary.file).completeBaseName()));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Rejections to Excel"),
                                                      suggested, tr("Excel workbooks (*.xlsx)"));
    if (path.isEmpty())
        return;
    if (const QString error = exportRejectionsToExcel(path); !error.isEmpty())
        QMessageBox::warning(this, tr("Cannot Export Rejections"), error);
}

} // namespace Yardstick
