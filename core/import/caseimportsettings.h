// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dateparser.h"
#include "model/caseidentity.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace Yardstick {

// What a case-record import needs to know about each row.
enum class CaseField
{
    Service,
    CaseId,
    Received,
    Completed,
    RightFirstTime,
    Department,
    KeyCustomer,
};

// "per-service", "global" (the --ids words).
QString caseIdentityKey(CaseIdentity identity);
std::optional<CaseIdentity> caseIdentityFromKey(QStringView key);

QList<CaseField> allCaseFields();
// The canonical column names: service, case_id, received, completed,
// right_first_time, department, key_customer.
QString caseFieldKey(CaseField field);
std::optional<CaseField> caseFieldFromKey(QStringView key);
QString caseFieldDisplayName(CaseField field);
// Service, case id and received date; the others may be absent.
bool isRequiredCaseField(CaseField field);
// The fields one value can be given for every row of a file (--set):
// service, department, right_first_time and key_customer.
bool canSetCaseField(CaseField field);

// Which column holds which field, and how dates are written: the "mapping"
// an analyst sets up once and reuses every week. A field without an entry is
// looked for under its canonical name. A field with a set value takes that
// value on every row, whatever the file holds, and needs no column.
struct CaseImportSettings
{
    // The column a mapping names for a field the file does not have: for
    // completed, an export of open cases only (--map completed=none).
    static inline const QString kNoColumn = QStringLiteral("none");

    QMap<CaseField, QString> columns;   // field -> column header text
    QMap<CaseField, QString> setValues; // field -> the value of every row
    DateFormat dateFormat = DateFormat::Auto;
    QString datePattern; // with DateFormat::Pattern: Qt's notation, see DatePattern
    // Words read as "no value" besides MissingValues' default ones.
    QStringList missingTokens;
    // Source values read as another value, field by field: several
    // categories onto one service ("Category 26" -> "Card replacement").
    // Keys are matched ignoring case and surrounding spaces.
    QMap<CaseField, QMap<QString, QString>> valueMaps;
    // With several rows per case: the column whose greatest value (a number
    // or a date-time) marks the row to keep, or "row" for the last row in the
    // file. Empty: a case repeated with other values is an error.
    QString latestBy;
    CaseIdentity caseIds = CaseIdentity::PerService;

    // What Auto reads one file's dates as, decided over all its rows by
    // withDetectedDates(); nullopt in detectedDates when no single format
    // reads them all. The import uses it as it is when datesDetected is set,
    // so the format the wizard shows is the one the import reads with. Not
    // saved with the mapping (it belongs to one file).
    bool datesDetected = false;
    std::optional<DateFormatGuess> detectedDates;

    // The column to read a field from: the mapped one or the canonical name.
    QString columnFor(CaseField field) const;

    // The format --date-format and the mapping write: a key of dateFormatKey()
    // or, for Pattern, the pattern itself.
    QString dateFormatText() const;
    // Sets dateFormat (and datePattern) from a key or a pattern; false when
    // the text is neither.
    bool setDateFormatText(QStringView text);

    // The value a source text maps to, or the text itself when unmapped.
    const QString &mappedValue(CaseField field, const QString &text) const;

    // {"columns": {"case_id": "Ticket", ...}, "date_format": "dd/mm/yyyy",
    // "missing": ["(none)"], "set": {"service": "IT service desk"},
    // "value_maps": {"service": {"Category 26": "Card replacement"}},
    // "latest_by": "sys_mod_count", "ids": "global"};
    // "date_format" may hold a pattern ("d/M/yyyy H:mm"); the others are left
    // out when empty or default, so older mappings load.
    QJsonObject toJson() const;
    static std::optional<CaseImportSettings> fromJson(const QJsonObject &json);

    // A starting point for a file's header: canonical names and common
    // synonyms ("case id", "ticket", "opened", "closed", "rft", "dept", ...)
    // matched ignoring case, spaces and underscores.
    static CaseImportSettings suggestFor(const QStringList &header);

    friend bool operator==(const CaseImportSettings &, const CaseImportSettings &) = default;
};

} // namespace Yardstick
