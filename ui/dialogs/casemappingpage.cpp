// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "casemappingpage.h"

#include "import/casedatedetection.h"
#include "import/distinctvalues.h"
#include "import/missingvalues.h"
#include "import/valueparsers.h"
#include "shownmoment.h"
#include "valuemapdialog.h"

#include <QCheckBox>
#include <QColor>
#include <QComboBox>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QTime>
#include <QVBoxLayout>

namespace Yardstick {

namespace {

const QColor kProblemColour(0xb0, 0x00, 0x20);

QString formatName(DateFormat format)
{
    switch (format) {
    case DateFormat::Auto:
        return CaseMappingPage::tr("Auto");
    case DateFormat::Iso:
        return CaseMappingPage::tr("ISO 8601");
    case DateFormat::DayMonthYear:
        return CaseMappingPage::tr("DD/MM/YYYY");
    case DateFormat::MonthDayYear:
        return CaseMappingPage::tr("MM/DD/YYYY");
    case DateFormat::Pattern:
        return CaseMappingPage::tr("Pattern");
    }
    return {};
}

bool sameColumn(const QString &a, const QString &b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

bool headerHas(const QStringList &header, const QString &name)
{
    return std::any_of(header.cbegin(), header.cend(),
                       [&](const QString &column) { return sameColumn(column, name); });
}

bool isDateField(CaseField field)
{
    return field == CaseField::Received || field == CaseField::Completed;
}

// The fields whose values name something in the workbench, and so can be
// mapped onto its names.
bool hasValueMap(CaseField field)
{
    return field == CaseField::Service || field == CaseField::Department;
}

// Distinct values listed in a value map: enough for any category list, few
// enough for a dialog.
constexpr qsizetype kValueMapCap = 500;

} // namespace

CaseMappingPage::CaseMappingPage(const NameLookup &services, const NameLookup &departments,
                                 QWidget *parent)
    : QWizardPage(parent)
    , m_services(services)
    , m_departments(departments)
{
    setTitle(tr("Match the Columns"));
    setSubTitle(tr("Tell Yardstick which column holds each field of a case. The mapping can be "
                   "remembered for next week's file."));
    buildForm();
}

void CaseMappingPage::buildForm()
{
    auto *fields = new QFormLayout;
    fields->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    for (CaseField field : allCaseFields()) {
        auto *combo = new QComboBox(this);
        combo->setObjectName(QStringLiteral("column_") + caseFieldKey(field));
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(18);
        const QString label = isRequiredCaseField(field) ? tr("%1 (required):") : tr("%1:");
        if (hasValueMap(field)) {
            auto *button = new QPushButton(tr("Value map…"), this);
            button->setObjectName(QStringLiteral("valueMap_") + caseFieldKey(field));
            button->setToolTip(tr("Read several values of this column as one name of the "
                                  "workbench (Category 26 and Category 42 as Card replacement)."));
            connect(button, &QPushButton::clicked, this, [this, field] { editValueMap(field); });
            m_valueMapButtons.insert(field, button);
            auto *row = new QHBoxLayout;
            row->addWidget(combo, 1);
            row->addWidget(button);
            fields->addRow(label.arg(caseFieldDisplayName(field)), row);
        } else {
            fields->addRow(label.arg(caseFieldDisplayName(field)), combo);
        }
        m_columns.insert(field, combo);
        connect(combo, &QComboBox::currentIndexChanged, this, [this] {
            detectDates();
            update();
        });
    }

    m_dateFormat = new QComboBox(this);
    m_dateFormat->setObjectName(QStringLiteral("dateFormatCombo"));
    for (DateFormat format :
         {DateFormat::Auto, DateFormat::Iso, DateFormat::DayMonthYear, DateFormat::MonthDayYear})
        m_dateFormat->addItem(formatName(format), int(format));
    connect(m_dateFormat, &QComboBox::currentIndexChanged, this, &CaseMappingPage::update);
    m_dateHint = new QLabel(this);
    m_dateHint->setObjectName(QStringLiteral("dateFormatHint"));
    m_dateHint->setWordWrap(true);
    m_latestBy = new QComboBox(this);
    m_latestBy->setObjectName(QStringLiteral("latestByCombo"));
    m_latestBy->setToolTip(tr("When a case has several rows (an export of every update), the "
                              "row to keep: the one with the greatest value in this column, or "
                              "the file's last. With none, a case repeated with other values "
                              "is an error."));
    m_caseIds = new QComboBox(this);
    m_caseIds->setObjectName(QStringLiteral("caseIdsCombo"));
    m_caseIds->addItem(tr("Unique within a service"), int(CaseIdentity::PerService));
    m_caseIds->addItem(tr("Unique across services"), int(CaseIdentity::Global));
    m_caseIds->setToolTip(tr("Unique across services: a case whose service changed moves "
                             "instead of being counted twice (ServiceNow's INC numbers, "
                             "Zendesk's ids)."));
    m_skipBad = new QCheckBox(tr("Import the good rows and &skip the bad ones"), this);
    m_skipBad->setObjectName(QStringLiteral("skipBadRowsCheck"));
    m_skipBad->setToolTip(tr("Otherwise nothing is imported while any row has a problem."));
    m_remember = new QCheckBox(tr("&Remember this mapping for next time"), this);
    m_remember->setObjectName(QStringLiteral("rememberMappingCheck"));
    m_remember->setChecked(true);

    auto *options = new QFormLayout;
    options->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    options->addRow(tr("&Dates are written as:"), m_dateFormat);
    options->addRow(m_dateHint);
    options->addRow(tr("&Latest row by:"), m_latestBy);
    options->addRow(tr("Case i&ds are:"), m_caseIds);
    options->addRow(m_skipBad);
    options->addRow(m_remember);

    auto *top = new QHBoxLayout;
    top->addLayout(fields, 1);
    top->addSpacing(16);
    top->addLayout(options, 1);

    m_model = new QStandardItemModel(this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("mappedPreviewTable"));
    m_table->setModel(m_model);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("mappingProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020;"));

    m_recognisedNote = new QLabel(this);
    m_recognisedNote->setObjectName(QStringLiteral("recognisedExportNote"));
    m_recognisedNote->setWordWrap(true);
    m_recognisedNote->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_recognisedNote);
    layout->addLayout(top);
    m_previewNote = new QLabel(this);
    m_previewNote->setObjectName(QStringLiteral("mappedPreviewNote"));
    m_previewNote->setWordWrap(true);
    layout->addWidget(m_previewNote);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_problem);
}

void CaseMappingPage::setPreview(const QString &path, const CsvPreview &preview,
                                 const std::optional<CaseImportSettings> &saved,
                                 const QString &sheet)
{
    const QStringList previousHeader = m_preview.header;
    m_path = path;
    m_sheet = sheet;
    m_preview = preview;
    const QStringList &header = preview.header;
    for (CaseField field : allCaseFields()) {
        QComboBox *combo = m_columns.value(field);
        const QSignalBlocker blocker(combo);
        combo->clear();
        if (isRequiredCaseField(field)) {
            combo->addItem(tr("(choose a column)"), QString());
        } else if (!headerHas(header, caseFieldKey(field))) {
            // A column under the field's own name is always read (the import
            // looks for it when nothing is mapped), so "not in this file"
            // would be untrue for it.
            combo->addItem(tr("(not in this file)"), QString());
        }
        for (const QString &column : header)
            combo->addItem(column, column);
    }
    {
        const QSignalBlocker blocker(m_latestBy);
        m_latestBy->clear();
        m_latestBy->addItem(tr("(none)"), QString());
        m_latestBy->addItem(tr("Last row in the file"), QStringLiteral("row"));
        for (const QString &column : header)
            m_latestBy->addItem(column, column);
    }
    // A remembered mapping comes first; coming back to the page (the same
    // header, the page's own settings) keeps what was said about the proposal.
    const bool sameHeader = header == previousHeader;
    m_recognised = recogniseExport(header);
    if (!saved)
        m_proposed = m_recognised.has_value();
    else if (!sameHeader)
        m_proposed = false;
    if (saved)
        presetFrom(*saved);
    else if (m_recognised)
        presetFrom(m_recognised->settings);
    else
        presetFrom(CaseImportSettings::suggestFor(header));
    showRecognised();
    detectDates();
    update();
}

void CaseMappingPage::setTargetNames(const QStringList &services, const QStringList &departments)
{
    m_targetNames.insert(CaseField::Service, services);
    m_targetNames.insert(CaseField::Department, departments);
}

void CaseMappingPage::showRecognised()
{
    QString text;
    if (m_recognised && m_proposed) {
        text = tr("Recognised: %1 — mapping proposed; check it and continue.")
                   .arg(m_recognised->name) +
               u' ' + m_recognised->dates;
    } else if (m_recognised) {
        text = tr("Recognised: %1 — read with the mapping remembered in this workbench.")
                   .arg(m_recognised->name);
    }
    m_recognisedNote->setText(text);
    m_recognisedNote->setVisible(!text.isEmpty());
}

void CaseMappingPage::editValueMap(CaseField field)
{
    const QString column = columnOf(field);
    if (column.isEmpty())
        return;
    // The whole file's values, so that next week's rare category is not
    // missed by a map made from the first rows.
    DistinctValues values;
    if (m_path.isEmpty()) {
        QStringList seen;
        const int index = int(m_preview.header.indexOf(column));
        for (const CsvRecord &row : std::as_const(m_preview.rows)) {
            const QString text = row.fields.value(index).trimmed();
            if (!text.isEmpty() && !seen.contains(text, Qt::CaseInsensitive)) {
                seen.append(text);
                values.values.append({text, 1});
            }
        }
    } else {
        QGuiApplication::setOverrideCursor(Qt::WaitCursor);
        values = readDistinctValues(m_path, column, m_missingTokens, kValueMapCap, m_sheet);
        QGuiApplication::restoreOverrideCursor();
    }
    ValueMapDialog dialog(caseFieldDisplayName(field), column, values, m_targetNames.value(field),
                          m_valueMaps.value(field), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (const QMap<QString, QString> map = dialog.map(); map.isEmpty())
        m_valueMaps.remove(field);
    else
        m_valueMaps.insert(field, map);
    update();
}

void CaseMappingPage::updateValueMapButtons()
{
    for (auto it = m_valueMapButtons.cbegin(); it != m_valueMapButtons.cend(); ++it) {
        const int mapped = int(m_valueMaps.value(it.key()).size());
        it.value()->setText(mapped == 0 ? tr("Value map…")
                                        : tr("Value map (%n)…", nullptr, mapped));
        it.value()->setEnabled(!columnOf(it.key()).isEmpty());
    }
}

void CaseMappingPage::presetFrom(const CaseImportSettings &settings)
{
    for (CaseField field : allCaseFields()) {
        QComboBox *combo = m_columns.value(field);
        const QString wanted = settings.columnFor(field);
        int index = 0;
        for (int i = 0; i < combo->count(); ++i) {
            const QString column = combo->itemData(i).toString();
            if (!column.isEmpty() && sameColumn(column, wanted)) {
                index = i;
                break;
            }
        }
        const QSignalBlocker blocker(combo);
        combo->setCurrentIndex(index);
    }
    m_missingTokens = settings.missingTokens;
    m_valueMaps = settings.valueMaps;
    {
        const QSignalBlocker blocker(m_latestBy);
        int index = 0;
        for (int i = 1; i < m_latestBy->count() && !settings.latestBy.isEmpty(); ++i) {
            if (sameColumn(m_latestBy->itemData(i).toString(), settings.latestBy)) {
                index = i;
                break;
            }
        }
        m_latestBy->setCurrentIndex(index);
    }
    m_caseIds->setCurrentIndex(qMax(0, m_caseIds->findData(int(settings.caseIds))));
    const QSignalBlocker blocker(m_dateFormat);
    // A pattern (from the command line's mapping) gets an entry of its own.
    const int patternIndex = m_dateFormat->findData(int(DateFormat::Pattern));
    if (patternIndex >= 0)
        m_dateFormat->removeItem(patternIndex);
    m_pattern = settings.dateFormat == DateFormat::Pattern
                    ? DatePattern::compile(settings.datePattern)
                    : std::nullopt;
    if (m_pattern)
        m_dateFormat->addItem(tr("Pattern “%1”").arg(m_pattern->text()), int(DateFormat::Pattern));
    m_dateFormat->setCurrentIndex(qMax(0, m_dateFormat->findData(int(settings.dateFormat))));
}

QString CaseMappingPage::columnOf(CaseField field) const
{
    return m_columns.value(field)->currentData().toString();
}

CaseImportSettings CaseMappingPage::settings() const
{
    CaseImportSettings settings;
    for (CaseField field : allCaseFields()) {
        if (const QString column = columnOf(field); !column.isEmpty())
            settings.columns.insert(field, column);
        else if (field == CaseField::Completed)
            // "Not in this file", said on purpose: open cases only.
            settings.columns.insert(field, CaseImportSettings::kNoColumn);
    }
    settings.dateFormat = DateFormat(m_dateFormat->currentData().toInt());
    if (settings.dateFormat == DateFormat::Pattern && m_pattern)
        settings.datePattern = m_pattern->text();
    settings.missingTokens = m_missingTokens;
    settings.valueMaps = m_valueMaps;
    settings.latestBy = m_latestBy->currentData().toString();
    settings.caseIds = CaseIdentity(m_caseIds->currentData().toInt());
    // What "Auto" shows is what the import reads with.
    settings.datesDetected = true;
    settings.detectedDates = m_guess;
    return settings;
}

bool CaseMappingPage::skipBadRows() const
{
    return m_skipBad->isChecked();
}

bool CaseMappingPage::rememberMapping() const
{
    return m_remember->isChecked();
}

QString CaseMappingPage::problem() const
{
    for (CaseField field : allCaseFields()) {
        if (isRequiredCaseField(field) && columnOf(field).isEmpty()) {
            return tr("Choose the column that holds “%1”: every case needs one.")
                .arg(caseFieldDisplayName(field));
        }
    }
    const QList<CaseField> fields = allCaseFields();
    for (qsizetype i = 0; i < fields.size(); ++i) {
        for (qsizetype j = i + 1; j < fields.size(); ++j) {
            const QString column = columnOf(fields.at(i));
            if (!column.isEmpty() && column == columnOf(fields.at(j))) {
                return tr("“%1” and “%2” both read the column “%3”; choose another column for "
                          "one of them.")
                    .arg(caseFieldDisplayName(fields.at(i)), caseFieldDisplayName(fields.at(j)),
                         column);
            }
        }
    }
    return {};
}

bool CaseMappingPage::isComplete() const
{
    return problem().isEmpty();
}

void CaseMappingPage::detectDates()
{
    const MissingValues missing(m_missingTokens);
    QStringList samples;
    for (CaseField field : {CaseField::Received, CaseField::Completed}) {
        const int index = int(m_preview.header.indexOf(columnOf(field)));
        if (index < 0)
            continue;
        for (const CsvRecord &row : std::as_const(m_preview.rows)) {
            if (index < row.fields.size() && !missing.isMissing(row.fields.at(index)))
                samples.append(row.fields.at(index));
        }
    }
    const bool any = !samples.isEmpty();
    // The whole file decides, as the import would: a day above 12 on the
    // last row counts. Without a file, the rows shown.
    if (m_path.isEmpty())
        m_guess = any ? detectDateFormat(samples) : std::nullopt;
    else
        m_guess = withDetectedDates(m_path, settings(), m_sheet).detectedDates;
    QString text = formatName(DateFormat::Auto);
    if (m_guess && !m_guess->ambiguous)
        text = tr("Auto (detected %1)").arg(formatName(m_guess->format));
    else if (m_guess)
        text = tr("Auto (ambiguous: read as %1)").arg(formatName(m_guess->format));
    else if (any)
        text = tr("Auto (no single format fits)");
    m_dateFormat->setItemText(0, text);
}

void CaseMappingPage::update()
{
    const auto chosen = DateFormat(m_dateFormat->currentData().toInt());
    QString hint;
    if (chosen == DateFormat::Auto && m_guess && m_guess->ambiguous) {
        hint = tr("⚠ Every date in the file could be day-first or month-first. They will "
                  "be read as %1; choose the format if that is wrong.")
                   .arg(formatName(m_guess->format));
    } else if (chosen == DateFormat::Auto && !m_guess &&
               m_dateFormat->itemText(0) != formatName(DateFormat::Auto)) {
        hint = tr("⚠ The dates in the file are not all in one format Yardstick knows; "
                  "choose the format to see which ones cannot be read.");
    }
    m_dateHint->setText(hint);
    m_dateHint->setVisible(!hint.isEmpty());

    updateValueMapButtons();
    const QString text = problem();
    m_problem->setText(text);
    m_problem->setVisible(!text.isEmpty());
    fillPreview(chosen == DateFormat::Auto ? (m_guess ? m_guess->format : DateFormat::Iso)
                                           : chosen);
    emit completeChanged();
}

void CaseMappingPage::fillPreview(DateFormat format)
{
    m_model->clear();
    QList<CaseField> shown;
    QStringList labels;
    for (CaseField field : allCaseFields()) {
        if (m_preview.header.contains(columnOf(field))) {
            shown.append(field);
            labels.append(caseFieldDisplayName(field));
        }
    }
    m_model->setHorizontalHeaderLabels(labels);
    const int receivedIndex = int(m_preview.header.indexOf(columnOf(CaseField::Received)));
    CaseImportSettings maps;
    maps.valueMaps = m_valueMaps;
    int rejected = 0;
    // Rows whose only trouble is a service or department the workbench lacks:
    // the import offers to create those, so they need not stay rejected.
    int onlyUnknownNames = 0;
    for (const CsvRecord &row : std::as_const(m_preview.rows)) {
        auto cell = [&row](int index) {
            return index >= 0 && index < row.fields.size() ? row.fields.at(index) : QString();
        };
        const std::optional<Moment> received = readDate(cell(receivedIndex), format);
        QList<QStandardItem *> items;
        bool bad = false;
        bool otherTrouble = false;
        for (CaseField field : std::as_const(shown)) {
            const QString text = cell(int(m_preview.header.indexOf(columnOf(field))));
            // Checked as the value it is mapped onto, shown with its source.
            const QString &value = maps.mappedValue(field, text);
            items.append(previewItem(field, value, format, received));
            if (&value != &text)
                items.constLast()->setText(tr("%1 → %2").arg(text, value));
            const bool cellBad = !items.constLast()->toolTip().isEmpty();
            bad = bad || cellBad;
            if (cellBad && field != CaseField::Service && field != CaseField::Department)
                otherTrouble = true;
        }
        rejected += bad ? 1 : 0;
        onlyUnknownNames += bad && !otherTrouble ? 1 : 0;
        m_model->appendRow(items);
        m_model->setVerticalHeaderItem(m_model->rowCount() - 1,
                                       new QStandardItem(QString::number(row.line)));
    }
    m_table->resizeColumnsToContents();
    QString note;
    if (rejected == 0) {
        note = tr("The first rows as they will be read:");
    } else if (onlyUnknownNames == rejected) {
        note = tr("The first rows as they will be read. %1 of these %2 name a service or "
                  "department the workbench does not have yet (in red); the import offers to "
                  "create them:")
                   .arg(rejected)
                   .arg(m_preview.rows.size());
    } else {
        note = tr("The first rows as they will be read. %1 of these %2 would be rejected; point "
                  "at a red value to see why:")
                   .arg(rejected)
                   .arg(m_preview.rows.size());
    }
    m_previewNote->setText(note);
}

// One cell as the import will read it, in red with the reason as its tooltip
// when the import would reject it (the checks CaseImporter makes per cell).
QStandardItem *CaseMappingPage::previewItem(CaseField field, const QString &text, DateFormat format,
                                            const std::optional<Moment> &received) const
{
    auto *item = new QStandardItem(text);
    QString trouble;
    if (isMissing(field, text)) {
        if (isRequiredCaseField(field))
            trouble = tr("empty, but every case needs a value");
    } else if (isDateField(field)) {
        const std::optional<Moment> moment = readDate(text, format);
        if (!moment)
            trouble =
                tr("cannot read “%1” as a date (%2)")
                    .arg(text, format == DateFormat::Pattern && m_pattern ? m_pattern->text()
                                                                          : formatName(format));
        else
            item->setText(shownMoment(*moment));
        if (moment && field == CaseField::Completed && received &&
            moment->utcSeconds() < received->utcSeconds())
            trouble = tr("completed before received (a date without a time counts as midnight)");
    } else if (field == CaseField::Service && !m_services.find(text)) {
        trouble = tr("no service “%1” in this workbench").arg(text);
    } else if (field == CaseField::Department && !m_departments.find(text)) {
        trouble = tr("no department “%1” in this workbench").arg(text);
    } else if (field == CaseField::RightFirstTime || field == CaseField::KeyCustomer) {
        if (const std::optional<bool> value = parseBoolean(text))
            item->setText(*value ? tr("yes") : tr("no"));
        else
            trouble = tr("“%1” is not yes/no, true/false, 1/0 or Y/N").arg(text);
    }
    if (!trouble.isEmpty()) {
        item->setForeground(kProblemColour);
        item->setToolTip(trouble);
    }
    return item;
}

std::optional<Moment> CaseMappingPage::readDate(const QString &text, DateFormat format) const
{
    if (format == DateFormat::Pattern)
        return m_pattern ? m_pattern->parse(text) : std::nullopt;
    return parseDate(text, format);
}

// As the import reads a cell: empty or a word for no value, unless the word
// is a known service's or department's code (a department "NA").
bool CaseMappingPage::isMissing(CaseField field, const QString &text) const
{
    if (!MissingValues(m_missingTokens).isMissing(text))
        return false;
    if (text.trimmed().isEmpty())
        return true;
    if (field == CaseField::Service)
        return !m_services.find(text);
    if (field == CaseField::Department)
        return !m_departments.find(text);
    return true;
}

} // namespace Yardstick
