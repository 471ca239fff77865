// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chartdata/anychart.h"

#include <QWidget>

#include <optional>

class QCustomPlot;
class QLabel;
class QStackedWidget;
class QTimer;
class QToolButton;

namespace Yardstick {

// Where the Charts page draws: the chart's title and subtitle, the plot and
// its source line, or in their place a plain message (loading, nothing to
// draw, why a control chart cannot be drawn). The only file of the views
// that includes QCustomPlot. The plot is drawn again when it is resized,
// since what fits (labels, heat-map rows) depends on its size.
class ChartCanvas final : public QWidget
{
    Q_OBJECT

public:
    explicit ChartCanvas(QWidget *parent = nullptr);
    ~ChartCanvas() override;

    void showChart(const AnyChart &chart);
    void showMessage(const QString &text);

    bool hasChart() const { return m_chart.has_value(); }
    const std::optional<AnyChart> &chart() const { return m_chart; }
    QString message() const;
    QCustomPlot *plot() const { return m_plot; }

    // Rings a control chart's point (1-based), on the chart under it (moving
    // range, range, standard deviation) when that is where a rule flagged
    // it, and pans it into view when the analyst has zoomed away from it; 0
    // takes the ring away.
    void highlightPoint(int point, bool onDispersion = false);
    int highlightedPoint() const { return m_highlight; }

    // A heat map with more standards than the plot holds is shown a page at
    // a time (as many rows as fit), with buttons to turn the pages: no
    // standard is out of reach. Zero-based; one page when all fit.
    int heatmapPage() const { return m_heatmapPage; }
    int heatmapPageCount() const { return m_heatmapPageCount; }
    void setHeatmapPage(int page);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void populate();
    void drawHighlight();

    std::optional<AnyChart> m_chart;
    int m_highlight = 0;
    bool m_highlightOnDispersion = false;
    QSize m_populatedSize;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_subtitle = nullptr;
    QLabel *m_source = nullptr;
    QCustomPlot *m_plot = nullptr;
    QLabel *m_message = nullptr;
    QTimer *m_resizeTimer = nullptr;
    int m_heatmapPage = 0;
    int m_heatmapPageCount = 1;
    QWidget *m_pager = nullptr;
    QToolButton *m_previousPage = nullptr;
    QToolButton *m_nextPage = nullptr;
    QLabel *m_pageLabel = nullptr;
};

} // namespace Yardstick
