// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "test_chartsamples.h"

#include <cmath>

namespace Yardstick::ChartSamples {

namespace {

Period month(int year, int m)
{
    const QDate start(year, m, 1);
    return {start, start.addMonths(1).addDays(-1)};
}

Period monthAfter(QDate first, int offset)
{
    const QDate start = first.addMonths(offset);
    return {start, start.addMonths(1).addDays(-1)};
}

ComplianceStatus statusOf(double value)
{
    if (value <= 15)
        return ComplianceStatus::Met;
    if (value <= 20)
        return ComplianceStatus::AtRisk;
    return ComplianceStatus::Breached;
}

} // namespace

std::optional<double> turnaroundValue(int i)
{
    if (i == 7) // August 2023
        return std::nullopt;
    // A steady ~35 with a small wobble, then a fall towards 15.
    const double wobble = 1.6 * std::sin(i * 1.7) + 0.8 * std::cos(i * 0.9);
    if (i < 14)
        return 35.0 + wobble;
    const double t = i - 14;
    return 15.0 + 19.0 * std::exp(-t / 5.5) + wobble * 0.5;
}

TrendChart turnaroundTrend()
{
    TrendSeries s;
    s.standardId = 1;
    s.code = QStringLiteral("APP-T-01");
    s.title = QStringLiteral("Mean turnaround of complaints");
    s.unit = QStringLiteral("days");
    s.direction = Direction::LowerIsBetter;
    double before = 0;
    int beforeCount = 0;
    double after = 0;
    int afterCount = 0;
    for (int i = 0; i < 36; ++i) {
        TrendPoint p;
        p.period = monthAfter(QDate(2023, 1, 1), i);
        p.value = turnaroundValue(i);
        p.n = p.value ? std::optional<qint64>(120) : std::nullopt;
        p.target = 15;
        p.threshold = 20;
        p.status = p.value ? statusOf(*p.value) : ComplianceStatus::NoData;
        if (p.value) {
            (i < 14 ? before : after) += *p.value;
            ++(i < 14 ? beforeCount : afterCount);
        }
        s.points << p;
    }
    s.phases << TrendPhase{QStringLiteral("Before the quality programme"),
                           QString(),
                           {QDate(2023, 1, 1), QDate(2024, 2, 29)},
                           0,
                           13,
                           before / beforeCount};
    s.phases << TrendPhase{QStringLiteral("After"),
                           QStringLiteral("Triage desk and daily huddles"),
                           {QDate(2024, 3, 1), QDate(2025, 12, 31)},
                           14,
                           35,
                           after / afterCount};
    TrendChart chart;
    chart.kind = PeriodKind::Month;
    chart.series << s;
    chart.annotations << TrendAnnotation{QDate(2024, 3, 1),
                                         QStringLiteral("Quality programme starts"),
                                         QStringLiteral("Triage desk and daily huddles")};
    chart.headline = QStringLiteral("35 → 15 days");
    chart.title = QStringLiteral("Complaints are answered in 15 days, down from 35");
    chart.subtitle =
        QStringLiteral("APP-T-01 mean turnaround of complaints, monthly mean; target 15 days");
    chart.source = QStringLiteral("Source: case records, 2023-01 to 2025-12");
    return chart;
}

StandardControlChart turnaroundControlChart()
{
    StandardControlChart c;
    c.standardId = 1;
    c.code = QStringLiteral("APP-T-01");
    c.unit = QStringLiteral("days");
    c.kind = PeriodKind::Month;
    c.chart.kind = ControlChartType::IndividualsMovingRange;
    c.chart.primary.chart = QStringLiteral("imr");
    ChartSeries mr;
    mr.chart = QStringLiteral("mr");
    mr.center = 3;
    mr.lcl = 0;
    mr.ucl = 9.8;
    double previous = 0;
    for (int i = 1; i <= 24; ++i) {
        c.periods << monthAfter(QDate(2024, 1, 1), i - 1);
        const bool second = i > 12;
        double value = (second ? 16.0 : 20.0) + 2.2 * std::sin(i * 2.1);
        if (i == 8)
            value = 30.5; // beyond the upper limit
        if (i == 17)
            value = 21.2;
        ChartPoint p;
        p.index = i;
        p.value = value;
        p.center = second ? 16 : 20;
        p.lcl = second ? 10 : 12;
        p.ucl = second ? 22 : 28;
        p.standardError = second ? 2 : 2.67;
        p.inPhase1 = true;
        p.excluded = i == 4;
        if (i == 8)
            p.brokenRules << QStringLiteral("nelson-1");
        if (i == 17)
            p.brokenRules << QStringLiteral("nelson-5");
        c.chart.primary.points.push_back(p);
        if (i > 1) {
            ChartPoint m;
            m.index = i;
            m.value = std::abs(value - previous);
            m.center = 3;
            m.lcl = 0;
            m.ucl = 9.8;
            if (m.value > 9.8)
                m.brokenRules << QStringLiteral("nelson-1");
            mr.points.push_back(m);
        }
        previous = value;
    }
    c.chart.dispersion = mr;
    c.target = 18;
    c.phases << ControlChartPhase{1, QDate(2024, 1, 1),
                                  QStringLiteral("Before the quality programme"), QString(), false};
    c.phases << ControlChartPhase{13, QDate(2025, 1, 1),
                                  QStringLiteral("After the quality programme"),
                                  QStringLiteral("Triage desk and daily huddles"), false};
    c.complaints << ComplaintMarker{8, 5} << ComplaintMarker{9, 2};
    c.signalList << ChartSignal{
        8, QStringLiteral("2024-08"), QStringLiteral("nelson-1"),
        QStringLiteral("One point more than 3 standard errors from the centre line")};
    c.signalList << ChartSignal{
        17, QStringLiteral("2025-05"), QStringLiteral("nelson-5"),
        QStringLiteral("Two of three points more than 2 standard errors out")};
    c.title = QStringLiteral("Turnaround is stable at a lower level since the programme");
    c.subtitle = QStringLiteral("APP-T-01, individuals and moving range chart, Nelson rules");
    c.source = QStringLiteral("Source: case records, 2024-01 to 2025-12");
    return c;
}

ParetoChart complaintPareto()
{
    ParetoChart p;
    const QList<QPair<QString, double>> items = {{QStringLiteral("Benefit claims"), 42},
                                                 {QStringLiteral("Pensions"), 27},
                                                 {QStringLiteral("Housing repairs"), 15},
                                                 {QStringLiteral("Council tax"), 9},
                                                 {QStringLiteral("Parking permits"), 6},
                                                 {QStringLiteral("Waste collection"), 4},
                                                 {QStringLiteral("Other"), 7}};
    p.total = 110;
    double running = 0;
    for (const auto &item : items) {
        running += item.second;
        p.bars << ParetoBar{item.first, item.second, running / p.total * 100,
                            item.first == QLatin1String("Other")};
    }
    // 42, 69, 84, 93 of 110: 38%, 63%, 76%, 85%: four bars pass 80%.
    p.vitalFew = 4;
    p.weightLabel = QStringLiteral("Letters");
    p.title = QStringLiteral("Four services draw 85% of the complaint letters");
    p.subtitle = QStringLiteral("Complaint letters by service, 2025");
    p.source = QStringLiteral("Source: complaint letters received 2025-01-01 to 2025-12-31");
    return p;
}

HeatmapChart heatmap(int rows, int columns)
{
    HeatmapChart h;
    h.kind = PeriodKind::Month;
    for (int c = 0; c < columns; ++c)
        h.periods << monthAfter(QDate(2025, 1, 1), c);
    const ComplianceStatus cycle[] = {ComplianceStatus::Met,      ComplianceStatus::Met,
                                      ComplianceStatus::AtRisk,   ComplianceStatus::Met,
                                      ComplianceStatus::Breached, ComplianceStatus::NoData,
                                      ComplianceStatus::Met};
    for (int r = 0; r < rows; ++r) {
        HeatmapRow row;
        row.standardId = r + 1;
        row.code = QStringLiteral("STD-%1").arg(r + 1, 2, 10, QLatin1Char('0'));
        row.title = QStringLiteral("Standard %1").arg(r + 1);
        for (int c = 0; c < columns; ++c)
            row.statuses << cycle[(r * 3 + c + (c > columns / 2 ? r : 0)) % 7];
        h.rows << row;
    }
    h.title = QStringLiteral("Most standards are met most months");
    h.subtitle = QStringLiteral("Status of each standard by month, 2025");
    h.source = QStringLiteral("Source: scorecard, 2025-01 to 2025-12");
    return h;
}

DepartmentChart departments()
{
    DepartmentChart d;
    d.period = month(2025, 12);
    const auto bar = [](qint64 id, const char *name, int met, int assessed) {
        return DepartmentBar{id, QString::fromUtf8(name), met, assessed,
                             assessed > 0 ? 100.0 * met / assessed : 0.0};
    };
    d.bars << bar(1, "Adult social care", 9, 12) << bar(2, "Benefits and revenues", 12, 15)
           << bar(3, "Customer contact centre", 15, 15) << bar(4, "Environmental services", 4, 10)
           << bar(5, "Housing", 7, 11) << bar(6, "Planning", 0, 0);
    d.title = QStringLiteral("Customer contact meets all its standards");
    d.subtitle = QStringLiteral("Share of standards met by department, December 2025");
    d.source = QStringLiteral("Source: scorecard, December 2025");
    return d;
}

} // namespace Yardstick::ChartSamples
