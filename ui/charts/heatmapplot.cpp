// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "heatmapplot.h"

#include "chartpalette.h"
#include "chartplot.h"
#include "chartstyler.h"
#include "periodaxisticker.h"

#include <QFontMetricsF>

#include "charts/qcustomplotshim.h"

#include <algorithm>
#include <cmath>

namespace Yardstick {

namespace {

// A row's height over its label's pixel size.
constexpr double kRowPerFont = 1.45;

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

} // namespace

HeatmapPlot::Fit HeatmapPlot::fit(int rowCount, const ChartTheme &theme)
{
    const double em = theme.basePixelSize();
    // Less the column labels (turned upright when crowded), the legend and
    // the note under the plot.
    const double available = std::max(1.0, theme.plotSize().height() - 9.5 * em);
    if (rowCount <= 0)
        return {0, em};
    const double fontPixels = std::min(em, available / rowCount / kRowPerFont);
    if (fontPixels >= minimumFontPixels)
        return {rowCount, fontPixels};
    const int rows = std::max(1, static_cast<int>(available / (minimumFontPixels * kRowPerFont)));
    return {std::min(rows, rowCount), minimumFontPixels};
}

void HeatmapPlot::populate(QCustomPlot *plot, const HeatmapChart &chart, const ChartTheme &theme)
{
    ChartPlot::reset(plot);
    const double em = theme.basePixelSize();
    const int total = static_cast<int>(chart.rows.size());
    const int columns = static_cast<int>(chart.periods.size());
    const Fit fitted = fit(total, theme);
    const QFont rowFont = scaled(theme.font(ChartTheme::Text::Tick), fitted.fontPixels / em);

    auto rowTicker = QSharedPointer<QCPAxisTickerText>::create();
    auto columnTicker = QSharedPointer<QCPAxisTickerText>::create();
    const QFontMetricsF rowMetrics(rowFont);
    const double rowPixels = fitted.fontPixels * kRowPerFont;
    const double axisWidth = std::max(1.0, theme.plotSize().width() - 8 * em);
    const double columnPixels = axisWidth / std::max(1, columns);
    // Symbols only where a cell is big enough to hold one legibly.
    const bool symbols = rowPixels >= rowMetrics.height() && columnPixels >= rowMetrics.height();

    for (int r = 0; r < fitted.rows; ++r) {
        const HeatmapRow &row = chart.rows[r];
        rowTicker->addTick(r, row.code);
        for (int c = 0; c < columns; ++c) {
            const ComplianceStatus status = c < row.statuses.size() ? row.statuses[c] : ComplianceStatus::NoData;
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
                                  .arg(row.code, row.title, periodLabel(chart.kind, chart.periods[c]),
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

    // Period labels across, upright when they do not fit side by side, and
    // only every k-th when even that is too tight.
    const QFont tickFont = theme.font(ChartTheme::Text::Tick);
    const QFontMetricsF tickMetrics(tickFont);
    QStringList labels;
    double widest = 0;
    for (const Period &p : chart.periods) {
        labels << PeriodAxisTicker::label(unitOf(chart.kind), p.start, QLocale());
        widest = std::max(widest, tickMetrics.horizontalAdvance(labels.last()));
    }
    const bool upright = widest + em * 0.6 > columnPixels;
    const double needed = upright ? tickMetrics.height() * 1.2 : widest + em * 0.6;
    const int every = std::max(1, static_cast<int>(std::ceil(needed / columnPixels)));
    for (int c = 0; c < columns; c += every)
        columnTicker->addTick(c, labels[c]);

    plot->xAxis->setTicker(columnTicker);
    plot->xAxis->setRange(-0.5, columns - 0.5);
    plot->yAxis->setTicker(rowTicker);
    plot->yAxis->setRange(-0.5, std::max(1, fitted.rows) - 0.5);
    plot->yAxis->setRangeReversed(true);

    // The legend: one square per status.
    for (ComplianceStatus status : {ComplianceStatus::Met, ComplianceStatus::AtRisk, ComplianceStatus::Breached,
                                    ComplianceStatus::NoData}) {
        QCPGraph *key = plot->addGraph();
        key->setObjectName(statusKey(status));
        key->setName(statusSymbol(status).isEmpty() ? statusName(status)
                                                    : tr("%1 %2", "status symbol, status name")
                                                          .arg(statusSymbol(status), statusName(status)));
        key->setLineStyle(QCPGraph::lsNone);
        key->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssSquare, cellColour(status), cellColour(status), em));
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
    plot->xAxis->setTickLabelRotation(upright ? -90 : 0);
    ChartStyler::placeLegendBelow(plot, theme);

    if (fitted.rows < total) {
        auto *note = new QCPTextElement(plot, tr("Showing the first %1 of %2 standards").arg(fitted.rows).arg(total),
                                        theme.font(ChartTheme::Text::Small));
        note->setObjectName(QStringLiteral("truncationNote"));
        note->setTextColor(theme.mutedText());
        note->setTextFlags(Qt::AlignLeft | Qt::AlignVCenter);
        note->setMargins(QMargins(0, qRound(em * 0.4), 0, 0));
        const int row = plot->plotLayout()->rowCount();
        plot->plotLayout()->addElement(row, 0, note);
        plot->plotLayout()->setRowStretchFactor(row, 0.001);
    }
}

} // namespace Yardstick
