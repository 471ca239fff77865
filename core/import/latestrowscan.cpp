// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "latestrowscan.h"

#include "csvimportrun.h"
#include "dateformatdetector.h"
#include "valueparsers.h"

namespace Yardstick {

namespace {

constexpr QChar kKeySeparator = u'\x1f';

} // namespace

bool CaseKeyReader::start(const CsvImportRun &run, const CaseImportSettings &settings)
{
    m_settings = &settings;
    m_missing = MissingValues(settings.missingTokens);
    m_caseIdColumn = run.columnIndex(settings.columnFor(CaseField::CaseId));
    m_serviceColumn = -1;
    m_setService.clear();
    if (settings.caseIds == CaseIdentity::PerService) {
        if (settings.setValues.contains(CaseField::Service))
            m_setService = settings.setValues.value(CaseField::Service).trimmed().toCaseFolded();
        else if ((m_serviceColumn = run.columnIndex(settings.columnFor(CaseField::Service))) < 0)
            return false;
    }
    return m_caseIdColumn >= 0;
}

QString CaseKeyReader::keyOf(const CsvRecord &row) const
{
    const QString caseId = row.fields.value(m_caseIdColumn).trimmed();
    if (caseId.isEmpty() || m_missing.isMissing(caseId))
        return {};
    if (m_settings->caseIds == CaseIdentity::Global)
        return caseId;
    const QString service =
        m_serviceColumn < 0
            ? m_setService
            : m_settings->mappedValue(CaseField::Service, row.fields.value(m_serviceColumn))
                  .trimmed()
                  .toCaseFolded();
    return service + kKeySeparator + caseId;
}

bool LatestValueReader::start(const QString &path, const CaseImportSettings &settings,
                              const ImportOptions &options, QString &problem)
{
    m_missing = MissingValues(settings.missingTokens);
    if (settings.latestBy.compare(QLatin1String("row"), Qt::CaseInsensitive) == 0) {
        m_kind = Kind::Row;
        return true;
    }
    ImportSummary scratch;
    ImportOptions readOptions;
    readOptions.sheet = options.sheet;
    CsvImportRun run(path, readOptions, scratch);
    if (!run.start()) {
        problem = tr("cannot read the file");
        return false;
    }
    m_separator = run.separator();
    m_column = run.columnIndex(settings.latestBy.trimmed());
    if (m_column < 0) {
        problem = tr("the latest row is chosen by column \"%1\", which the header does not "
                     "have")
                      .arg(settings.latestBy);
        return false;
    }
    // The first values decide: a column read more often as numbers than as
    // dates is a counter (its odd values are rejected where they stand);
    // otherwise dates, in the one format that reads them.
    constexpr int kSample = 2000;
    int seen = 0;
    int numbers = 0;
    int moments = 0;
    DateFormatDetector dates;
    while (seen < kSample) {
        const std::optional<CsvRecord> row = run.next();
        if (!row)
            break;
        const QString &value = row->fields.at(m_column);
        if (value.trimmed().isEmpty() || m_missing.isMissing(value))
            continue;
        ++seen;
        if (parseNumber(value, m_separator))
            ++numbers;
        else if (parseDate(value, DateFormat::Iso) || parseDate(value, DateFormat::DayMonthYear) ||
                 parseDate(value, DateFormat::MonthDayYear))
            ++moments;
        dates.add(value);
    }
    if (numbers > 0 && numbers >= moments) {
        m_kind = Kind::Number;
        return true;
    }
    m_kind = Kind::Moment;
    const std::optional<DateFormatGuess> guess = dates.result();
    m_dateFormat = guess ? guess->format : DateFormat::Iso;
    return true;
}

std::optional<double> LatestValueReader::valueOf(const CsvRecord &row, QString &problem) const
{
    if (m_kind == Kind::Row)
        return double(row.line);
    const QString &text = row.fields.at(m_column);
    if (text.trimmed().isEmpty() || m_missing.isMissing(text)) {
        problem = tr("no value to tell which row of the case is the latest");
        return std::nullopt;
    }
    if (m_kind == Kind::Number) {
        if (const std::optional<double> number = parseNumber(text, m_separator))
            return number;
        problem = tr("\"%1\" is not a number").arg(text);
        return std::nullopt;
    }
    if (const std::optional<Moment> moment = parseDate(text, m_dateFormat))
        return double(moment->utcSeconds());
    problem =
        tr("cannot read \"%1\" as a date (%2)").arg(text, dateFormatKey(m_dateFormat).toUpper());
    return std::nullopt;
}

LatestRowScan::Result LatestRowScan::run(const QString &path, const CaseImportSettings &settings,
                                         const LatestValueReader &values,
                                         const ImportOptions &options)
{
    Result result;
    ImportSummary scratch;
    ImportOptions readOptions;
    readOptions.progress = options.progress;
    readOptions.sheet = options.sheet;
    CsvImportRun run(path, readOptions, scratch);
    CaseKeyReader keys;
    if (!run.start() || !keys.start(run, settings))
        return result;
    QString problem;
    while (const std::optional<CsvRecord> row = run.next()) {
        const QString key = keys.keyOf(*row);
        if (key.isEmpty())
            continue;
        const std::optional<double> value = values.valueOf(*row, problem);
        if (!value)
            continue;
        const auto best = result.latest.find(key);
        if (best == result.latest.end())
            result.latest.insert(key, {*value, row->line});
        else if (*value >= best->value)
            *best = {*value, row->line};
    }
    result.cancelled = scratch.cancelled;
    return result;
}

} // namespace Yardstick
