// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/csvpreview.h"
#include "letters/lettercolumns.h"

#include <QGroupBox>
#include <QHash>
#include <QMap>
#include <QStringList>

#include <optional>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace Yardstick {

// The import letters dialog's columns step: a letters table's first rows and,
// for each letter field and the two label columns, the column read for it,
// chosen before anything is stored. Pre-filled with the workbench's
// remembered mapping when it fits the header, else with what the reader
// would pick by itself.
class LetterColumnsBox final : public QGroupBox
{
    Q_OBJECT

public:
    // serviceCodes, dimensionKeys: what a label column's value map may
    // translate its words to.
    LetterColumnsBox(std::optional<LetterColumns> remembered, QStringList serviceCodes,
                     QStringList dimensionKeys, QWidget *parent = nullptr);

    // Shows this table (CSV or workbook); empty shows nothing. `chosen`: the
    // mapping already chosen for it (when the analyst comes back to it),
    // else the remembered one where it fits, else the reader's guess.
    void setTable(const QString &path, std::optional<LetterColumns> chosen = std::nullopt);
    QString table() const { return m_path; }
    // The mapping as chosen, for LetterService::importLetters.
    LetterColumns columns() const;
    // The table reads and the received date and the text have a column.
    bool isComplete() const;

    QComboBox *fieldCombo(LetterField field) const { return m_fields.value(field); }
    QComboBox *serviceLabelCombo() const { return m_serviceLabel; }
    QComboBox *dimensionLabelCombo() const { return m_dimensionLabel; }
    QComboBox *sheetCombo() const { return m_sheet; }
    QPushButton *serviceValuesButton() const { return m_serviceValues; }
    QPushButton *dimensionValuesButton() const { return m_dimensionValues; }
    // A label column's own words for a service code or dimension key.
    void setValueMaps(const QHash<QString, QString> &services,
                      const QHash<QString, QString> &dimensions);
    QTableWidget *previewTable() const { return m_table; }

signals:
    void changed();

private:
    void loadPreview();
    void fillTable();
    void fillCombos();
    void editValueMap(bool services);
    void updateValueButtons();

    std::optional<LetterColumns> m_remembered;
    std::optional<LetterColumns> m_startFrom; // what the shown table's choices start from
    QStringList m_serviceCodes;
    QStringList m_dimensionKeys;
    QMap<QString, QString> m_serviceMap;
    QMap<QString, QString> m_dimensionMap;
    QPushButton *m_serviceValues = nullptr;
    QPushButton *m_dimensionValues = nullptr;
    QString m_path;
    CsvPreview m_preview;
    QLabel *m_info = nullptr;
    QLabel *m_sheetLabel = nullptr;
    QComboBox *m_sheet = nullptr;
    QTableWidget *m_table = nullptr;
    QHash<LetterField, QComboBox *> m_fields;
    QComboBox *m_serviceLabel = nullptr;
    QComboBox *m_dimensionLabel = nullptr;
};

} // namespace Yardstick
