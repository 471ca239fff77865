// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/caseimportsettings.h"
#include "import/csvpreview.h"
#include "import/datepattern.h"
#include "import/exportpresets.h"
#include "import/namelookup.h"

#include <QHash>
#include <QWizardPage>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QStandardItem;
class QStandardItemModel;
class QTableView;

namespace Yardstick {

// The mapping page of the case import: which column holds each case field
// and how dates are written, with the first rows shown as they will be read
// (values Yardstick cannot read in red). Import stays disabled, with the
// reason in plain words, while a required field has no column. A service-desk
// export Yardstick recognises gets its proposed mapping, which the analyst
// checks; the service and department values can be mapped onto the
// workbench's names (a value map), and repeated rows of a case told apart.
class CaseMappingPage final : public QWizardPage
{
    Q_OBJECT

public:
    CaseMappingPage(const NameLookup &services, const NameLookup &departments,
                    QWidget *parent = nullptr);

    // The names a value map offers: the workbench's services and departments.
    void setTargetNames(const QStringList &services, const QStringList &departments);

    // Fills the combos for this file (at path): the saved mapping when there
    // is one that fits this header, else the proposal for a recognised
    // export, else a suggestion from the header names. Auto dates are decided
    // over the whole file.
    // For a workbook, sheet names the sheet shown (empty: the first).
    void setPreview(const QString &path, const CsvPreview &preview,
                    const std::optional<CaseImportSettings> &saved,
                    const QString &sheet = QString());

    // What the import will use, the date format as detected and shown here
    // included (CaseImportSettings::detectedDates): one truth for the preview
    // and the import.
    CaseImportSettings settings() const;
    bool skipBadRows() const;
    bool rememberMapping() const;
    // Empty when the mapping can be imported.
    QString problem() const;

    bool isComplete() const override;

    // The export the file's header was recognised as, if any.
    const std::optional<RecognisedExport> &recognisedExport() const { return m_recognised; }
    // Opens the value map of the service or the department.
    QPushButton *valueMapButton(CaseField field) const { return m_valueMapButtons.value(field); }

private:
    void buildForm();
    void presetFrom(const CaseImportSettings &settings);
    void showRecognised();
    void editValueMap(CaseField field);
    void updateValueMapButtons();
    void detectDates();
    void update();
    void fillPreview(DateFormat format);
    QStandardItem *previewItem(CaseField field, const QString &text, DateFormat format,
                               const std::optional<Moment> &received) const;
    std::optional<Moment> readDate(const QString &text, DateFormat format) const;
    bool isMissing(CaseField field, const QString &text) const;
    QString columnOf(CaseField field) const;

    const NameLookup &m_services;
    const NameLookup &m_departments;
    QString m_path;
    QString m_sheet;
    CsvPreview m_preview;
    // Kept from the preset mapping: the pattern the combo's Pattern entry
    // stands for, and the extra words for no value.
    std::optional<DatePattern> m_pattern;
    QStringList m_missingTokens;
    QHash<CaseField, QComboBox *> m_columns;
    QComboBox *m_dateFormat = nullptr;
    QComboBox *m_latestBy = nullptr;
    QComboBox *m_caseIds = nullptr;
    QHash<CaseField, QPushButton *> m_valueMapButtons;
    QHash<CaseField, QStringList> m_targetNames;
    QMap<CaseField, QMap<QString, QString>> m_valueMaps;
    std::optional<RecognisedExport> m_recognised;
    bool m_proposed = false; // the recognised export's proposal filled the page
    QLabel *m_recognisedNote = nullptr;
    QLabel *m_dateHint = nullptr;
    QCheckBox *m_skipBad = nullptr;
    QCheckBox *m_remember = nullptr;
    QLabel *m_problem = nullptr;
    QLabel *m_previewNote = nullptr;
    QTableView *m_table = nullptr;
    QStandardItemModel *m_model = nullptr;
    std::optional<DateFormatGuess> m_guess;
};

} // namespace Yardstick
