// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "heatmapplot.h"

#include "chartpalette.h"
#include "chartplot.h"
#include "charts/qcustomplotshim.h"
#include "chartstyler.h"
#include "periodaxisticker.h"

#include <QFontMetricsF>

#include <algorithm>
#include <cmath>

namespace Yardstick {

namespace {

// A row's height over its label's pixel size: DejaVu's line is 1.17 of it.
constexpr double kRowPerFont = 1.3;

struct Fit
{
    int rows = 0;          // rows shown
    double fontPixels = 0; // their label size
};

// How many of rowCount rows fit in available pixels (less a line for the
// note when they do not all fit), and at what font size.
Fit fitRows(int rowCount, double available, double noteHeight, const ChartTheme &theme)
{
    const double em = theme.basePixelSize();
    if (rowCount <= 0)
        return {0, em};
    // Fonts come in whole pixels; round the way they will be drawn.
    const double fontPixels = std::floor(std::min(em, available / rowCount / kRowPerFont));
    const double minimum = std::ceil(theme.minimumFontPixels());
    if (fontPixels >= minimum)
        return {rowCount, fontPixels};
    const int rows = static_cast<int>((available - noteHeight) / (minimum * kRowPerFont));
    return {std::clamp(rows, 1, rowCount), minimum};
}

QFont scaled(QFont font, double factor)
{
    if (font.pixelSize() > 0)
        font.setPixelSize(std::max(1, qRound(font.pixelSize() * factor)));
    else
        font.setPointSizeF(font.pointSizeF() * factor);
    return font;
}

QString statusName(ComplianceStatus status)
{
    switch (status) {
    case ComplianceStatus::Met:
        return HeatmapPlot::tr("Met");
    case ComplianceStatus::AtRisk:
        return HeatmapPlot::tr("At risk");
    case ComplianceStatus::Breached:
        return HeatmapPlot::tr("Breached");
    case ComplianceStatus::NoData:
        break;
    }
    return HeatmapPlot::tr("No data");
}

// The dashboard's symbols, so a cell reads without colour.
QString statusSymbol(ComplianceStatus status)
{
    switch (status) {
    case ComplianceStatus::Met:
        return QStringLiteral("✓");
    case ComplianceStatus::AtRisk:
        return QStringLiteral("!");
    case ComplianceStatus::Breached:
        return QStringLiteral("✕");
    case ComplianceStatus::NoData:
        break;
    }
    return QString();
}

QColor cellColour(ComplianceStatus status)
{
    // No data is a pale grey: an absence, not a fourth verdict.
    return status == ComplianceStatus::NoData ? ChartPalette::tint(ChartPalette::grey(), 0.3)
                                              : ChartPalette::status(status);
}

QColor symbolColour(ComplianceStatus status)
{
    // Black on orange: white is too faint there (as on the dashboard).
    return status == ComplianceStatus::AtRisk ? QColor(Qt::black) : QColor(Qt::white);
}

QString statusKey(ComplianceStatus status)
{
    switch (status) {
    case ComplianceStatus::Met:
        return QStringLiteral("met");
    case ComplianceStatus::AtRisk:
        return QStringLiteral("atRisk");
    case ComplianceStatus::Breached:
        return QStringLiteral("breached");
    case ComplianceStatus::NoData:
        break;
    }
    return QStringLiteral("noData");
}

PeriodAxisTicker::Unit unitOf(PeriodKind kind)
{
    switch (kind) {
    case PeriodKind::Week:
        return PeriodAxisTicker::Unit::Week;
    case PeriodKind::Month:
        return PeriodAxisTicker::Unit::Month;
    case PeriodKind::Quarter:
        break;
    }
    return PeriodAxisTicker::Unit::Quarter;
}

// The period labels across and the height left for the rows.
struct Geometry
{
    QStringList labels;
    int every = 1;           // a label on every k-th column
    double columnPixels = 0; // the width of a column
    double available = 0;    // for the rows
    double note = 0;         // the height of a note under the chart
};

Geometry geometryOf(const HeatmapChart &chart, const ChartTheme &theme)
{
    Geometry g;
    const double em = theme.basePixelSize();
    const int columns = static_cast<int>(chart.periods.size());
    const QFont tickFont = theme.font(ChartTheme::Text::Tick);
    const QFontMetricsF tickMetrics(tickFont);
    const QSizeF plotSize = theme.plotSize();

    // Period labels across: whole ("Feb 2025") where they fit side by side,
    // else stacked on two lines with the year only where it changes, and
    // only every k-th when even that is too tight.
    double widestCode = 0;
    for (const HeatmapRow &row : chart.rows)
        widestCode = std::max(widestCode, tickMetrics.horizontalAdvance(row.code));
    const double axisWidth = std::max(1.0, plotSize.width() - widestCode - 3 * em);
    g.columnPixels = axisWidth / std::max(1, columns);
    const PeriodAxisTicker::Unit unit = unitOf(chart.kind);
    double widestFull = 0;
    double widestPart = 0;
    for (const Period &p : chart.periods) {
        widestFull = std::max(widestFull, tickMetrics.horizontalAdvance(
                                              PeriodAxisTicker::label(unit, p.start, QLocale())));
        widestPart = std::max(
            {widestPart,
             tickMetrics.horizontalAdvance(PeriodAxisTicker::shortLabel(unit, p.start, QLocale())),
             tickMetrics.horizontalAdvance(PeriodAxisTicker::yearLabel(unit, p.start))});
    }
    const double gap = em * 0.6;
    const bool stacked = widestFull + gap > g.columnPixels;
    const double needed = stacked ? widestPart + gap : widestFull + gap;
    g.every = std::max(1, static_cast<int>(std::ceil(needed / g.columnPixels)));
    QString lastYear;
    for (int c = 0; c < columns; ++c) {
        const QDate start = chart.periods[c].start;
        if (!stacked) {
            g.labels << PeriodAxisTicker::label(unit, start, QLocale());
            continue;
        }
        const QString year = PeriodAxisTicker::yearLabel(unit, start);
        QString label = PeriodAxisTicker::shortLabel(unit, start, QLocale());
        if (c % g.every == 0 && year != lastYear) {
            label += QLatin1Char('\n') + year;
            lastYear = year;
        }
        g.labels << label;
    }

    // The rows get the height less the column labels, the legend under them
    // and the margins.
    const double columnLabels = tickMetrics.height() * (stacked ? 2 : 1) + em * 0.8;
    const double legend = QFontMetricsF(theme.font(ChartTheme::Text::Legend)).height() + em * 1.2;
    g.note = QFontMetricsF(theme.font(ChartTheme::Text::Small)).height() + em * 0.6;
    g.available = std::max(1.0, plotSize.height() - columnLabels - legend - em * 1.2);
    return g;
}

} // namespace

int HeatmapPlot::rowsPerPage(const HeatmapChart &chart, const ChartTheme &theme)
{
    const Geometry g = geometryOf(chart, theme);
    return fitRows(static_cast<int>(chart.rows.size()), g.available, g.note, theme).rows;
}

void HeatmapPlot::populate(QCustomPlot *plot, const HeatmapChart &chart, const ChartTheme &theme)
{
    ChartPlot::reset(plot);
    const double em = theme.basePixelSize();
    const int total = static_cast<int>(chart.rows.size());
    const int columns = static_cast<int>(chart.periods.size());
    const QFont tickFont = theme.font(ChartTheme::Text::Tick);
    const Geometry g = geometryOf(chart, theme);
    const double columnPixels = g.columnPixels;
    const int every = g.every;
    const QStringList &labels = g.labels;
    // A page of a longer heat map keeps a line for its note.
    const bool paged = !chart.pageNote.isEmpty();
    const Fit fitted = paged ? fitRows(total, std::max(1.0, g.available - g.note), 0, theme)
                             : fitRows(total, g.available, g.note, theme);
    const QFont rowFont = scaled(tickFont, fitted.fontPixels / em);

    auto rowTicker = QSharedPointer<QCPAxisTickerText>::create();
    auto columnTicker = QSharedPointer<QCPAxisTickerText>::create();
    const QFontMetricsF rowMetrics(rowFont);
    const double rowPixels = fitted.fontPixels * kRowPerFont;
    // Symbols only where a cell is big enough to hold one legibly.
    const bool symbols = rowPixels >= rowMetrics.height() && columnPixels >= rowMetrics.height();

    for (int r = 0; r < fitted.rows; ++r) {
        const HeatmapRow &row = chart.rows[r];
        rowTicker->addTick(r, row.code);
        for (int c = 0; c < columns; ++c) {
            const ComplianceStatus status =
                c < row.statuses.size() ? row.statuses[c] : ComplianceStatus::NoData;
            auto *cell = new QCPItemRect(plot);
            cell->setObjectName(QStringLiteral("cell"));
            cell->setSelectable(false);
            // A thin white gap between cells keeps the grid readable.
            cell->topLeft->setCoords(c - 0.47, r - 0.45);
            cell->bottomRight->setCoords(c + 0.47, r + 0.45);
            cell->setPen(Qt::NoPen);
            cell->setBrush(cellColour(status));
            cell->setProperty(ChartPlot::toolTipProperty(),
                              tr("%1 %2, %3: %4", "code, title, period, status")
                                  .arg(row.code, row.title,
                                       periodLabel(chart.kind, chart.periods[c]),
                                       statusName(status)));
            const QString symbol = statusSymbol(status);
            if (symbols && !symbol.isEmpty()) {
                auto *text = new QCPItemText(plot);
                text->setObjectName(QStringLiteral("cellSymbol"));
                text->setSelectable(false);
                text->setText(symbol);
                text->setFont(rowFont);
                text->setColor(symbolColour(status));
                text->position->setCoords(c, r);
                text->setPositionAlignment(Qt::AlignCenter);
            }
        }
    }

    for (int c = 0; c < columns; c += every)
        columnTicker->addTick(c, labels[c]);

    plot->xAxis->setTicker(columnTicker);
    plot->xAxis->setRange(-0.5, columns - 0.5);
    plot->yAxis->setTicker(rowTicker);
    plot->yAxis->setRange(-0.5, std::max(1, fitted.rows) - 0.5);
    plot->yAxis->setRangeReversed(true);

    // The legend: one square per status.
    for (ComplianceStatus status : {ComplianceStatus::Met, ComplianceStatus::AtRisk,
                                    ComplianceStatus::Breached, ComplianceStatus::NoData}) {
        QCPGraph *key = plot->addGraph();
        key->setObjectName(statusKey(status));
        key->setName(statusSymbol(status).isEmpty()
                         ? statusName(status)
                         : tr("%1 %2", "status symbol, status name")
                               .arg(statusSymbol(status), statusName(status)));
        key->setLineStyle(QCPGraph::lsNone);
        key->setScatterStyle(
            QCPScatterStyle(QCPScatterStyle::ssSquare, cellColour(status), cellColour(status), em));
        key->setSelectable(QCP::stNone);
    }

    ChartStyler::apply(plot, theme);
    for (QCPAxis *axis : {plot->xAxis, plot->yAxis}) {
        axis->grid()->setVisible(false);
        axis->setBasePen(Qt::NoPen);
        axis->setTickPen(Qt::NoPen);
        axis->setTickLabelColor(theme.text());
    }
    plot->yAxis->setTickLabelFont(rowFont);
    ChartStyler::placeLegendBelow(plot, theme);

    if (paged) {
        QCPTextElement *pageNote = ChartStyler::addNoteBelow(plot, chart.pageNote, theme);
        pageNote->setObjectName(QStringLiteral("pageNote"));
    } else if (fitted.rows < total) {
        QCPTextElement *truncation = ChartStyler::addNoteBelow(
            plot, tr("Showing the first %1 of %2 standards").arg(fitted.rows).arg(total), theme);
        truncation->setObjectName(QStringLiteral("truncationNote"));
    }
}

} // namespace Yardstick
