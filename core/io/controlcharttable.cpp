// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "controlcharttable.h"

#include "texttable.h"

#include <QCoreApplication>

#include <algorithm>

namespace Yardstick {

namespace {

class ControlChartTable final
{
    Q_DECLARE_TR_FUNCTIONS(Yardstick::ControlChartTable)

public:
    explicit ControlChartTable(const ControlChart &chart)
        : m_chart(chart)
    {}

    QString text() const;

private:
    QString phaseLine() const;
    QString excludedLine() const;
    static QString limitsLine(const ChartSeries &series);
    static QString pointTable(const ChartSeries &series);
    static QString phaseCell(const ChartPoint &point);
    QString signalSection() const;

    const ControlChart &m_chart;
};

QString number(double value)
{
    return QString::number(value, 'g', 6);
}

QString ControlChartTable::text() const
{
    QString text = tr("Chart: %1").arg(controlChartTypeKey(m_chart.kind)) + QLatin1Char('\n') +
                   phaseLine() + QLatin1Char('\n') + excludedLine() +
                   tr("Rules: %1").arg(ruleSetKey(m_chart.rules)) + QLatin1Char('\n') +
                   limitsLine(m_chart.primary) + QLatin1Char('\n') +
                   tr("Sigma: %1").arg(number(m_chart.sigma)) + QLatin1Char('\n') +
                   QLatin1Char('\n') + pointTable(m_chart.primary);
    if (const std::optional<ChartSeries> &dispersion = m_chart.dispersion) {
        text += QLatin1Char('\n') + tr("Dispersion chart: %1").arg(dispersion->chart) +
                QLatin1Char('\n') + limitsLine(*dispersion) + QLatin1Char('\n') +
                QLatin1Char('\n') + pointTable(*dispersion);
    }
    return text + signalSection();
}

QString ControlChartTable::phaseLine() const
{
    const int first = m_chart.phase1.first;
    const int last = m_chart.phase1.last;
    const int total = int(m_chart.primary.points.size());
    const bool subgroups =
        m_chart.kind == ControlChartType::XbarR || m_chart.kind == ControlChartType::XbarS;
    if (last >= total) {
        return subgroups ? tr("Phase I (limits from): subgroups %1 to %2").arg(first).arg(last)
                         : tr("Phase I (limits from): points %1 to %2").arg(first).arg(last);
    }
    return subgroups ? tr("Phase I (limits from): subgroups %1 to %2; phase II: %3 to %4")
                           .arg(first)
                           .arg(last)
                           .arg(last + 1)
                           .arg(total)
                     : tr("Phase I (limits from): points %1 to %2; phase II: %3 to %4")
                           .arg(first)
                           .arg(last)
                           .arg(last + 1)
                           .arg(total);
}

QString ControlChartTable::excludedLine() const
{
    QStringList excluded;
    for (const ChartPoint &point : m_chart.primary.points) {
        if (point.excluded)
            excluded.append(QString::number(point.index));
    }
    if (excluded.isEmpty())
        return {};
    return tr("Left out of the limits: %1").arg(excluded.join(QStringLiteral(", "))) +
           QLatin1Char('\n');
}

QString ControlChartTable::limitsLine(const ChartSeries &series)
{
    if (!series.center)
        return tr("Center, LCL and UCL: vary by point");
    if (!series.lcl || !series.ucl)
        return tr("Center: %1  LCL and UCL: vary by point").arg(number(*series.center));
    return tr("Center: %1  LCL: %2  UCL: %3")
        .arg(number(*series.center), number(*series.lcl), number(*series.ucl));
}

QString ControlChartTable::phaseCell(const ChartPoint &point)
{
    if (point.inPhase1)
        return point.excluded ? tr("I (excluded)") : tr("I");
    return point.excluded ? tr("II (excluded)") : tr("II");
}

QString ControlChartTable::pointTable(const ChartSeries &series)
{
    TextTable table({{tr("Index"), true},
                     {tr("Value"), true},
                     {tr("Center"), true},
                     {tr("LCL"), true},
                     {tr("UCL"), true},
                     {tr("Phase"), false},
                     {tr("Signals"), false}});
    for (const ChartPoint &point : series.points) {
        table.addRow({QString::number(point.index), number(point.value), number(point.center),
                      number(point.lcl), number(point.ucl), phaseCell(point),
                      point.brokenRules.join(QStringLiteral(", "))});
    }
    return table.text();
}

QString ControlChartTable::signalSection() const
{
    if (m_chart.rules == RuleSet::None)
        return {};
    QStringList fired;
    const auto collect = [&fired](const ChartSeries &series) {
        for (const ChartPoint &point : series.points) {
            for (const QString &rule : point.brokenRules) {
                if (!fired.contains(rule))
                    fired.append(rule);
            }
        }
    };
    collect(m_chart.primary);
    if (m_chart.dispersion)
        collect(*m_chart.dispersion);
    if (fired.isEmpty())
        return QLatin1Char('\n') + tr("No rule signalled.") + QLatin1Char('\n');
    // In the set's order, not the order the points happened to fire them.
    const QStringList order = ruleNames(m_chart.rules);
    std::sort(fired.begin(), fired.end(), [&order](const QString &a, const QString &b) {
        return order.indexOf(a) < order.indexOf(b);
    });
    TextTable table({{tr("Rule"), false}, {tr("Meaning"), false}});
    for (const QString &rule : fired)
        table.addRow({rule, ruleMeaning(rule)});
    return QLatin1Char('\n') + tr("Rules that signalled:") + QLatin1Char('\n') + table.text();
}

} // namespace

QString controlChartToTable(const ControlChart &chart)
{
    return ControlChartTable(chart).text();
}

} // namespace Yardstick
