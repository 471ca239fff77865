// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "spcdatareader.h"

#include "csvimportrun.h"
#include "valueparsers.h"

#include <QHash>

#include <cmath>

namespace Yardstick {

namespace {

// Enough to show what is wrong with a file without flooding a terminal.
constexpr int kMaxProblems = 100;

QString quoted(const QString &value)
{
    return QLatin1Char('"') + value + QLatin1Char('"');
}

bool isXbarChart(ControlChartType kind)
{
    return kind == ControlChartType::XbarR || kind == ControlChartType::XbarS;
}

// One pass over the file, filling the result as it goes.
class SpcDataReader final
{
    Q_DECLARE_TR_FUNCTIONS(Yardstick::SpcDataReader)

public:
    SpcDataReader(const QString &path, ControlChartType kind, SpcDataReadResult &result)
        : m_kind(kind)
        , m_result(result)
        , m_run(path, m_options, m_summary)
    {}

    void read();

private:
    bool findColumns();
    int requireColumn(const char *name);
    void readRow(const CsvRecord &row);
    void readSubgroupRow(const CsvRecord &row);
    void readProportionRow(const CsvRecord &row);
    void readCountRow(const CsvRecord &row);
    void checkPointCount();

    void reject(const CsvRecord &row, int column, const QString &reason);
    std::optional<double> number(const CsvRecord &row, int column);
    std::optional<double> count(const CsvRecord &row, int column);
    std::optional<double> size(const CsvRecord &row, int column, bool whole);

    ControlChartType m_kind;
    SpcDataReadResult &m_result;
    ImportOptions m_options;
    ImportSummary m_summary;
    CsvImportRun m_run;
    int m_subgroup = -1;
    int m_value = -1; // value, defectives or count
    int m_size = -1;
    QHash<QString, std::size_t> m_subgroupIndex;
};

void SpcDataReader::read()
{
    m_result.pointColumn = QStringLiteral("row");
    if (m_run.start() && findColumns()) {
        while (const std::optional<CsvRecord> row = m_run.next()) {
            readRow(*row);
            if (m_summary.rejections.size() >= kMaxProblems) {
                m_run.reject(row->line, QStringLiteral("row"),
                             tr("stopped after %1 problems; the rest of the file was not checked")
                                 .arg(kMaxProblems));
                break;
            }
        }
        m_run.finish();
        if (!m_run.hasRejections())
            checkPointCount();
    }
    m_result.file = m_summary.file;
    m_result.rejections = m_summary.rejections;
}

bool SpcDataReader::findColumns()
{
    switch (m_kind) {
    case ControlChartType::IndividualsMovingRange:
        m_value = requireColumn("value");
        break;
    case ControlChartType::XbarR:
    case ControlChartType::XbarS:
        m_subgroup = requireColumn("subgroup");
        m_value = requireColumn("value");
        if (m_subgroup >= 0)
            m_result.pointColumn = m_run.header().at(m_subgroup);
        break;
    case ControlChartType::P:
    case ControlChartType::Np:
        m_value = requireColumn("defectives");
        m_size = requireColumn("size");
        break;
    case ControlChartType::C:
        m_value = requireColumn("count");
        m_size = m_run.columnIndex(u"size");
        break;
    case ControlChartType::U:
        m_value = requireColumn("count");
        m_size = requireColumn("size");
        break;
    }
    return !m_run.hasRejections();
}

int SpcDataReader::requireColumn(const char *name)
{
    const int index = m_run.columnIndex(QString::fromLatin1(name));
    m_run.requireColumns({{index, name}});
    return index;
}

void SpcDataReader::readRow(const CsvRecord &row)
{
    switch (m_kind) {
    case ControlChartType::IndividualsMovingRange:
        m_result.data.values.push_back(number(row, m_value).value_or(0));
        m_result.pointLines.push_back(row.line);
        return;
    case ControlChartType::XbarR:
    case ControlChartType::XbarS:
        readSubgroupRow(row);
        return;
    case ControlChartType::P:
    case ControlChartType::Np:
        readProportionRow(row);
        return;
    case ControlChartType::C:
    case ControlChartType::U:
        readCountRow(row);
        return;
    }
}

void SpcDataReader::readSubgroupRow(const CsvRecord &row)
{
    const QString label = row.fields.at(m_subgroup).trimmed();
    if (label.isEmpty())
        reject(row, m_subgroup, tr("empty value"));
    const std::optional<double> value = number(row, m_value);
    if (label.isEmpty())
        return;
    auto found = m_subgroupIndex.constFind(label);
    if (found == m_subgroupIndex.cend()) {
        found = m_subgroupIndex.insert(label, m_result.data.subgroups.size());
        m_result.data.subgroups.emplace_back();
        m_result.pointLines.push_back(row.line);
    }
    if (value)
        m_result.data.subgroups[*found].push_back(*value);
}

void SpcDataReader::readProportionRow(const CsvRecord &row)
{
    const std::optional<double> defectives = count(row, m_value);
    const std::optional<double> sampleSize = size(row, m_size, true);
    if (defectives && sampleSize && *defectives > *sampleSize)
        reject(row, m_value,
               tr("%1 defectives is more than the sample size %2")
                   .arg(row.fields.at(m_value).trimmed(), row.fields.at(m_size).trimmed()));
    m_result.data.values.push_back(defectives.value_or(0));
    m_result.data.sizes.push_back(sampleSize.value_or(1));
    m_result.pointLines.push_back(row.line);
}

void SpcDataReader::readCountRow(const CsvRecord &row)
{
    m_result.data.values.push_back(count(row, m_value).value_or(0));
    // Units inspected may be fractional: 2.5 thousand metres of cable.
    if (m_size >= 0)
        m_result.data.sizes.push_back(size(row, m_size, false).value_or(1));
    m_result.pointLines.push_back(row.line);
}

void SpcDataReader::checkPointCount()
{
    const int points = int(m_result.pointLines.size());
    const int needed = minimumPoints(m_kind);
    if (points >= needed)
        return;
    const QString chart = controlChartTypeKey(m_kind);
    m_run.rejectFile(1, QStringLiteral("row"),
                     isXbarChart(m_kind)
                         ? tr("the %1 chart needs at least %2 subgroups and the file has %3")
                               .arg(chart)
                               .arg(needed)
                               .arg(points)
                         : tr("the %1 chart needs at least %2 points and the file has %3")
                               .arg(chart)
                               .arg(needed)
                               .arg(points));
}

void SpcDataReader::reject(const CsvRecord &row, int column, const QString &reason)
{
    m_run.reject(row.line, m_run.header().at(column), reason);
}

std::optional<double> SpcDataReader::number(const CsvRecord &row, int column)
{
    const QString &text = row.fields.at(column);
    if (text.trimmed().isEmpty()) {
        reject(row, column, tr("empty value"));
        return std::nullopt;
    }
    const std::optional<double> value = parseNumber(text, m_run.separator());
    if (!value)
        reject(row, column, tr("%1 is not a number").arg(quoted(text)));
    return value;
}

std::optional<double> SpcDataReader::count(const CsvRecord &row, int column)
{
    const std::optional<double> value = number(row, column);
    if (value && (*value < 0 || *value != std::floor(*value))) {
        reject(row, column,
               tr("%1 is not a count (a whole number, 0 or more)")
                   .arg(row.fields.at(column).trimmed()));
        return std::nullopt;
    }
    return value;
}

std::optional<double> SpcDataReader::size(const CsvRecord &row, int column, bool whole)
{
    const std::optional<double> value = number(row, column);
    if (!value)
        return std::nullopt;
    if (*value <= 0) {
        reject(row, column,
               tr("the size must be more than 0, not %1").arg(row.fields.at(column).trimmed()));
        return std::nullopt;
    }
    if (whole && *value != std::floor(*value)) {
        reject(row, column,
               tr("%1 is not a whole number of items").arg(row.fields.at(column).trimmed()));
        return std::nullopt;
    }
    return value;
}

} // namespace

ImportRejection SpcDataReadResult::locate(const SpcError &error) const
{
    if (error.point >= 1 && std::size_t(error.point) <= pointLines.size())
        return {file, pointLines[std::size_t(error.point) - 1], pointColumn, error.message};
    return {file, 1, QStringLiteral("row"), error.message};
}

SpcDataReadResult readSpcData(const QString &path, ControlChartType kind)
{
    SpcDataReadResult result;
    SpcDataReader(path, kind, result).read();
    return result;
}

} // namespace Yardstick
