// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "lettercolumnsbox.h"

#include "import/distinctvalues.h"
#include "import/xlsxworkbook.h"
#include "valuemapdialog.h"

#include <QComboBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QStyle>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace Yardstick {

namespace {

constexpr int kPreviewRows = 5;
constexpr int kMaxColumnWidth = 220;

constexpr LetterField kFields[] = {
    LetterField::Id,          LetterField::Received, LetterField::Channel, LetterField::CustomerRef,
    LetterField::KeyCustomer, LetterField::Subject,  LetterField::Text};

bool isRequired(LetterField field)
{
    return field == LetterField::Received || field == LetterField::Text;
}

QString fieldLabel(LetterField field)
{
    switch (field) {
    case LetterField::Id:
        return LetterColumnsBox::tr("Letter &id:");
    case LetterField::Received:
        return LetterColumnsBox::tr("&Received:");
    case LetterField::Channel:
        return LetterColumnsBox::tr("C&hannel:");
    case LetterField::CustomerRef:
        return LetterColumnsBox::tr("C&ustomer reference:");
    case LetterField::KeyCustomer:
        return LetterColumnsBox::tr("&Key customer:");
    case LetterField::Subject:
        return LetterColumnsBox::tr("Su&bject:");
    case LetterField::Text:
        return LetterColumnsBox::tr("&Text:");
    }
    return QString();
}

void selectColumn(QComboBox *combo, const QString &column)
{
    const int index = column.isEmpty() ? 0 : combo->findData(column);
    combo->setCurrentIndex(qMax(index, 0));
}

} // namespace

LetterColumnsBox::LetterColumnsBox(std::optional<LetterColumns> remembered,
                                   QStringList serviceCodes, QStringList dimensionKeys,
                                   QWidget *parent)
    : QGroupBox(tr("Columns"), parent)
    , m_remembered(std::move(remembered))
    , m_serviceCodes(std::move(serviceCodes))
    , m_dimensionKeys(std::move(dimensionKeys))
{
    setObjectName(QStringLiteral("letterColumnsBox"));
    m_info = new QLabel(this);
    m_info->setWordWrap(true);
    m_sheet = new QComboBox(this);
    m_sheet->setObjectName(QStringLiteral("letterImportSheet"));
    m_sheetLabel = new QLabel(tr("S&heet:"), this);
    m_sheetLabel->setBuddy(m_sheet);
    connect(m_sheet, &QComboBox::activated, this, &LetterColumnsBox::loadPreview);
    auto *infoRow = new QHBoxLayout;
    infoRow->addWidget(m_info, 1);
    infoRow->addWidget(m_sheetLabel);
    infoRow->addWidget(m_sheet);

    m_table = new QTableWidget(this);
    m_table->setObjectName(QStringLiteral("letterColumnsPreview"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    // Room for the header, the preview's rows and a scroll bar, no more.
    const int line = m_table->fontMetrics().height();
    m_table->setFixedHeight(line + 10 + kPreviewRows * (line + 6) +
                            style()->pixelMetric(QStyle::PM_ScrollBarExtent) + 8);

    // Fields on the left, what is kept beside them on the right.
    auto *fields = new QFormLayout;
    auto *labels = new QFormLayout;
    for (const LetterField field : kFields) {
        auto *combo = new QComboBox(this);
        combo->setObjectName(QStringLiteral("letterColumn_") + letterFieldKey(field));
        connect(combo, &QComboBox::currentIndexChanged, this, &LetterColumnsBox::changed);
        m_fields.insert(field, combo);
        (field == LetterField::Subject || field == LetterField::Text ? labels : fields)
            ->addRow(fieldLabel(field), combo);
    }
    m_serviceLabel = new QComboBox(this);
    m_serviceLabel->setObjectName(QStringLiteral("letterLabelServiceColumn"));
    m_serviceLabel->setToolTip(tr("A column with the service another team already gave each "
                                  "letter (its code or name): read as a confirmed label."));
    m_dimensionLabel = new QComboBox(this);
    m_dimensionLabel->setObjectName(QStringLiteral("letterLabelDimensionColumn"));
    m_dimensionLabel->setToolTip(tr("A column with the dimension another team already gave "
                                    "each letter (its key or name): read as a confirmed label."));
    m_serviceValues = new QPushButton(this);
    m_serviceValues->setObjectName(QStringLiteral("letterServiceValueMap"));
    m_dimensionValues = new QPushButton(this);
    m_dimensionValues->setObjectName(QStringLiteral("letterDimensionValueMap"));
    connect(m_serviceValues, &QPushButton::clicked, this, [this] { editValueMap(true); });
    connect(m_dimensionValues, &QPushButton::clicked, this, [this] { editValueMap(false); });
    connect(m_serviceLabel, &QComboBox::currentIndexChanged, this,
            &LetterColumnsBox::updateValueButtons);
    connect(m_dimensionLabel, &QComboBox::currentIndexChanged, this,
            &LetterColumnsBox::updateValueButtons);
    for (const auto &[label, combo, button] :
         {std::tuple{tr("Given s&ervice:"), m_serviceLabel, m_serviceValues},
          std::tuple{tr("Given &dimension:"), m_dimensionLabel, m_dimensionValues}}) {
        auto *row = new QHBoxLayout;
        row->addWidget(combo, 1);
        row->addWidget(button);
        button->setMinimumWidth(button->fontMetrics().horizontalAdvance(tr("Value map (99)…")) +
                                24);
        // A label made here, so its mnemonic has the combo as its buddy.
        auto *name = new QLabel(label, this);
        name->setBuddy(combo);
        labels->addRow(name, row);
    }
    auto *columns = new QHBoxLayout;
    columns->addLayout(fields, 1);
    columns->addLayout(labels, 1);

    auto *note = new QLabel(tr("Every other column is kept with each letter as a named "
                               "attribute. Each table listed is read with its own columns; a "
                               "table not shown is read like the first where its header is "
                               "the same."),
                            this);
    note->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(infoRow);
    layout->addWidget(m_table);
    layout->addLayout(columns);
    layout->addWidget(note);
    setTable(QString());
}

void LetterColumnsBox::setTable(const QString &path, std::optional<LetterColumns> chosen)
{
    if (path == m_path && !path.isEmpty() && !chosen)
        return;
    m_path = path;
    m_startFrom = chosen ? std::move(chosen) : m_remembered;
    // A workbook's sheets are offered, the remembered one first if it has it.
    m_sheet->clear();
    if (!path.isEmpty() && looksLikeXlsx(path))
        m_sheet->addItems(xlsxSheetNames(path));
    if (m_startFrom && !m_startFrom->sheet.isEmpty())
        m_sheet->setCurrentIndex(qMax(0, m_sheet->findText(m_startFrom->sheet)));
    m_sheet->setVisible(m_sheet->count() > 1);
    m_sheetLabel->setVisible(m_sheet->count() > 1);
    loadPreview();
}

void LetterColumnsBox::loadPreview()
{
    const QString sheet = m_sheet->count() > 0 ? m_sheet->currentText() : QString();
    m_preview = m_path.isEmpty() ? CsvPreview() : readCsvPreview(m_path, kPreviewRows, sheet);
    fillTable();
    fillCombos();
    const QString name = QFileInfo(m_path).fileName();
    if (m_path.isEmpty())
        m_info->clear();
    else if (!m_preview.ok())
        m_info->setText(tr("%1 cannot be read: %2").arg(name, m_preview.error));
    else if (!m_preview.sheet.isEmpty())
        m_info->setText(tr("%1, sheet %2: its first rows and the column read for each field:")
                            .arg(name, m_preview.sheet));
    else
        m_info->setText(tr("%1: its first rows and the column read for each field:").arg(name));
    m_info->setStyleSheet(m_preview.ok() ? QString() : QStringLiteral("color: #b00020;"));
    emit changed();
}

void LetterColumnsBox::fillTable()
{
    m_table->clear();
    m_table->setColumnCount(int(m_preview.header.size()));
    m_table->setRowCount(int(m_preview.rows.size()));
    m_table->setHorizontalHeaderLabels(m_preview.header);
    for (int row = 0; row < m_preview.rows.size(); ++row) {
        const CsvRecord &record = m_preview.rows.at(row);
        m_table->setVerticalHeaderItem(row, new QTableWidgetItem(QString::number(record.line)));
        for (int column = 0; column < record.fields.size(); ++column) {
            // A narrative is long: its first line is enough to recognise it.
            const QString text = record.fields.at(column).section(QLatin1Char('\n'), 0, 0);
            m_table->setItem(row, column, new QTableWidgetItem(text));
        }
    }
    m_table->resizeColumnsToContents();
    for (int column = 0; column < m_table->columnCount(); ++column)
        m_table->setColumnWidth(column, qMin(m_table->columnWidth(column), kMaxColumnWidth));
}

void LetterColumnsBox::fillCombos()
{
    const bool useRemembered = m_startFrom && m_startFrom->fitsHeader(m_preview.header);
    const auto fill = [this](QComboBox *combo) {
        const QSignalBlocker blocker(combo);
        combo->clear();
        combo->addItem(tr("(none)"), QString());
        for (const QString &column : std::as_const(m_preview.header))
            combo->addItem(column, column);
    };
    // The header's own spelling of a remembered column ("date_received").
    const auto inHeader = [this](const QString &column) {
        for (const QString &name : std::as_const(m_preview.header)) {
            if (normalisedHeader(name) == normalisedHeader(column))
                return name;
        }
        return QString();
    };
    for (const LetterField field : kFields) {
        QComboBox *combo = m_fields.value(field);
        fill(combo);
        QString column = guessedLetterColumn(field, m_preview.header);
        if (useRemembered && m_startFrom->columns.contains(field))
            column = inHeader(m_startFrom->columns.value(field));
        else if (useRemembered && m_startFrom->setValues.contains(field))
            column.clear();
        selectColumn(combo, column);
    }
    fill(m_serviceLabel);
    fill(m_dimensionLabel);
    if (useRemembered) {
        selectColumn(m_serviceLabel, inHeader(m_startFrom->labelServiceColumn));
        selectColumn(m_dimensionLabel, inHeader(m_startFrom->labelDimensionColumn));
        setValueMaps(m_startFrom->serviceValueMap, m_startFrom->dimensionValueMap);
    } else {
        setValueMaps({}, {}); // another table's words are not this one's
    }
    updateValueButtons();
}

void LetterColumnsBox::setValueMaps(const QHash<QString, QString> &services,
                                    const QHash<QString, QString> &dimensions)
{
    m_serviceMap.clear();
    for (auto it = services.cbegin(); it != services.cend(); ++it)
        m_serviceMap.insert(it.key(), it.value());
    m_dimensionMap.clear();
    for (auto it = dimensions.cbegin(); it != dimensions.cend(); ++it)
        m_dimensionMap.insert(it.key(), it.value());
    updateValueButtons();
}

void LetterColumnsBox::editValueMap(bool services)
{
    const QString column = (services ? m_serviceLabel : m_dimensionLabel)->currentData().toString();
    if (column.isEmpty())
        return;
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const QString sheet = m_sheet->count() > 0 ? m_sheet->currentText() : QString();
    const DistinctValues values = readDistinctValues(m_path, column, {}, 500, sheet);
    QGuiApplication::restoreOverrideCursor();
    QMap<QString, QString> &map = services ? m_serviceMap : m_dimensionMap;
    ValueMapDialog dialog(services ? tr("Service") : tr("Dimension"), column, values,
                          services ? m_serviceCodes : m_dimensionKeys, map, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    map = dialog.map();
    updateValueButtons();
}

void LetterColumnsBox::updateValueButtons()
{
    for (const auto &[combo, button, map] :
         {std::tuple{m_serviceLabel, m_serviceValues, &m_serviceMap},
          std::tuple{m_dimensionLabel, m_dimensionValues, &m_dimensionMap}}) {
        const int mapped = int(map->size());
        button->setText(mapped == 0 ? tr("Value map…") : tr("Value map (%n)…", nullptr, mapped));
        button->setEnabled(!combo->currentData().toString().isEmpty());
    }
}

LetterColumns LetterColumnsBox::columns() const
{
    LetterColumns result;
    if (m_path.isEmpty())
        return result;
    for (const LetterField field : kFields) {
        const QString column = m_fields.value(field)->currentData().toString();
        if (!column.isEmpty())
            result.columns.insert(field, column);
        else if (!isRequired(field) && !guessedLetterColumn(field, m_preview.header).isEmpty())
            // The analyst chose none where the reader would guess one: an
            // empty value for every row keeps the reader from guessing.
            result.setValues.insert(field, QString());
    }
    result.labelServiceColumn = m_serviceLabel->currentData().toString();
    result.labelDimensionColumn = m_dimensionLabel->currentData().toString();
    // A map counts only with its column: without one there is nothing to translate.
    if (!result.labelServiceColumn.isEmpty()) {
        for (auto it = m_serviceMap.cbegin(); it != m_serviceMap.cend(); ++it)
            result.serviceValueMap.insert(it.key(), it.value());
    }
    if (!result.labelDimensionColumn.isEmpty()) {
        for (auto it = m_dimensionMap.cbegin(); it != m_dimensionMap.cend(); ++it)
            result.dimensionValueMap.insert(it.key(), it.value());
    }
    // Named only where there was a choice, so a CSV file listed beside the
    // workbook is not refused for having no such sheet.
    if (m_sheet->count() > 1)
        result.sheet = m_sheet->currentText();
    return result;
}

bool LetterColumnsBox::isComplete() const
{
    if (m_path.isEmpty())
        return true;
    return m_preview.ok() &&
           std::all_of(std::begin(kFields), std::end(kFields), [this](LetterField field) {
               return !isRequired(field) ||
                      !m_fields.value(field)->currentData().toString().isEmpty();
           });
}

} // namespace Yardstick
