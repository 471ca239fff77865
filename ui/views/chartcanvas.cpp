// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartcanvas.h"

#include "charts/chartplot.h"
#include "charts/charttheme.h"
#include "charts/heatmapplot.h"
#include "charts/qcustomplotshim.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHelpEvent>
#include <QLabel>
#include <QStackedWidget>
#include <QTimer>
#include <QToolButton>
#include <QToolTip>
#include <QVBoxLayout>

#include <algorithm>

namespace Yardstick {

namespace {

// The line through a chart's values ("values": the trend's single series,
// or the primary chart of a control chart, a point for each chart point in
// order; "dispersion": the control chart's lower chart).
QCPGraph *graphNamed(QCustomPlot *plot, QLatin1String name)
{
    for (int i = 0; i < plot->graphCount(); ++i) {
        if (plot->graph(i)->objectName() == name)
            return plot->graph(i);
    }
    return nullptr;
}

QLabel *captionLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

ChartCanvas::ChartCanvas(QWidget *parent)
    : QWidget(parent)
    , m_resizeTimer(new QTimer(this))
{
    auto *chartPage = new QWidget(this);
    m_title = captionLabel(QStringLiteral("chartTitle"), chartPage);
    QFont titleFont = font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_subtitle = captionLabel(QStringLiteral("chartSubtitle"), chartPage);
    m_source = captionLabel(QStringLiteral("chartSource"), chartPage);
    QPalette muted = m_source->palette();
    muted.setColor(QPalette::WindowText, QColor(0x55, 0x55, 0x55));
    m_subtitle->setPalette(muted);
    m_source->setPalette(muted);

    m_plot = createChartPlot(chartPage);
    m_plot->setObjectName(QStringLiteral("chartPlot"));
    m_plot->setMinimumSize(320, 240);
    m_plot->setFocusPolicy(Qt::StrongFocus);
    m_plot->setToolTip(QString()); // tool tips come from the chart, see eventFilter
    m_plot->installEventFilter(this);
    // Double-click undoes the analyst's zoom and drag.
    connect(m_plot, &QCustomPlot::mouseDoubleClick, this, [this] { populate(); });

    m_pager = new QWidget(chartPage);
    m_pager->setObjectName(QStringLiteral("heatmapPager"));
    m_previousPage = new QToolButton(m_pager);
    m_previousPage->setObjectName(QStringLiteral("previousPage"));
    m_previousPage->setText(tr("‹ Previous standards"));
    m_nextPage = new QToolButton(m_pager);
    m_nextPage->setObjectName(QStringLiteral("nextPage"));
    m_nextPage->setText(tr("Next standards ›"));
    m_pageLabel = new QLabel(m_pager);
    m_pageLabel->setObjectName(QStringLiteral("pageLabel"));
    auto *pagerLayout = new QHBoxLayout(m_pager);
    pagerLayout->setContentsMargins(0, 0, 0, 0);
    pagerLayout->addStretch(1);
    pagerLayout->addWidget(m_previousPage);
    pagerLayout->addWidget(m_pageLabel);
    pagerLayout->addWidget(m_nextPage);
    pagerLayout->addStretch(1);
    m_pager->hide();
    connect(m_previousPage, &QToolButton::clicked, this,
            [this] { setHeatmapPage(m_heatmapPage - 1); });
    connect(m_nextPage, &QToolButton::clicked, this, [this] { setHeatmapPage(m_heatmapPage + 1); });

    auto *chartLayout = new QVBoxLayout(chartPage);
    chartLayout->setContentsMargins(0, 0, 0, 0);
    chartLayout->setSpacing(2);
    chartLayout->addWidget(m_title);
    chartLayout->addWidget(m_subtitle);
    chartLayout->addWidget(m_plot, 1);
    chartLayout->addWidget(m_pager);
    chartLayout->addWidget(m_source);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("chartMessage"));
    m_message->setWordWrap(true);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setMargin(24);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(chartPage);
    m_stack->addWidget(m_message);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    m_resizeTimer->setSingleShot(true);
    m_resizeTimer->setInterval(80);
    connect(m_resizeTimer, &QTimer::timeout, this, [this] {
        if (m_chart && m_plot->size() != m_populatedSize)
            populate();
    });
    showMessage(QString());
}

ChartCanvas::~ChartCanvas() = default;

void ChartCanvas::showChart(const AnyChart &chart)
{
    m_chart = chart;
    m_highlight = 0;
    m_highlightOnDispersion = false;
    m_heatmapPage = 0;
    const ChartCaption caption = captionOf(chart);
    m_title->setText(caption.title);
    m_title->setVisible(!caption.title.isEmpty());
    m_subtitle->setText(caption.subtitle);
    m_subtitle->setVisible(!caption.subtitle.isEmpty());
    m_source->setText(caption.source);
    m_source->setVisible(!caption.source.isEmpty());
    m_plot->setAccessibleName(caption.title);
    m_plot->setAccessibleDescription(caption.subtitle);
    m_stack->setCurrentIndex(0);
    populate();
}

void ChartCanvas::showMessage(const QString &text)
{
    m_chart.reset();
    m_highlight = 0;
    ChartPlot::reset(m_plot);
    m_plot->replot();
    m_message->setText(text);
    m_stack->setCurrentIndex(1);
}

QString ChartCanvas::message() const
{
    return m_chart ? QString() : m_message->text();
}

void ChartCanvas::populate()
{
    if (!m_chart)
        return;
    ChartTheme theme = ChartTheme::screen(font());
    // Before the first show the plot has no size of its own yet; the
    // theme's typical size stands in and the resize draws it again.
    if (m_plot->width() > 1 && m_plot->height() > 1)
        theme.setPlotSize(m_plot->size());
    AnyChart drawn = *m_chart;
    m_heatmapPageCount = 1;
    if (const auto *heatmap = std::get_if<HeatmapChart>(&*m_chart)) {
        // Pages of what fits now: a larger window shows more rows a page.
        const QList<HeatmapChart> pages =
            heatmapPages(*heatmap, HeatmapPlot::rowsPerPage(*heatmap, theme));
        m_heatmapPageCount = int(pages.size());
        m_heatmapPage = std::clamp(m_heatmapPage, 0, m_heatmapPageCount - 1);
        drawn = pages.at(m_heatmapPage);
        m_pageLabel->setText(tr("Page %1 of %2").arg(m_heatmapPage + 1).arg(m_heatmapPageCount));
        m_previousPage->setEnabled(m_heatmapPage > 0);
        m_nextPage->setEnabled(m_heatmapPage + 1 < m_heatmapPageCount);
    }
    m_pager->setVisible(m_heatmapPageCount > 1);
    ChartPlot::populate(m_plot, drawn, theme);
    m_populatedSize = m_plot->size();
    drawHighlight();
    m_plot->replot();
}

void ChartCanvas::setHeatmapPage(int page)
{
    if (page < 0 || page >= m_heatmapPageCount || page == m_heatmapPage)
        return;
    m_heatmapPage = page;
    populate();
}

void ChartCanvas::highlightPoint(int point, bool onDispersion)
{
    m_highlight = point;
    m_highlightOnDispersion = onDispersion;
    if (!m_chart)
        return;
    // Keep the analyst's zoom: only the ring is redrawn.
    for (int i = m_plot->itemCount() - 1; i >= 0; --i) {
        if (m_plot->item(i)->objectName() == QLatin1String("highlight"))
            m_plot->removeItem(i);
    }
    drawHighlight();
    m_plot->replot();
}

void ChartCanvas::drawHighlight()
{
    QCPGraph *values = graphNamed(m_plot, QLatin1String("values"));
    if (m_highlight <= 0 || !values || m_highlight > values->dataCount())
        return;
    QCPGraphData at = *values->data()->at(m_highlight - 1);
    QCPGraph *graph = values;
    if (m_highlightOnDispersion) {
        // The lower chart has no point for some chart points (the first
        // moving range): find the one at the same time.
        graph = graphNamed(m_plot, QLatin1String("dispersion"));
        if (!graph)
            return;
        const auto found = graph->data()->findBegin(at.key, false);
        if (found == graph->data()->constEnd() || !qFuzzyCompare(found->key, at.key))
            return;
        at = *found;
    }
    auto *ring = new QCPItemTracer(m_plot);
    ring->setObjectName(QStringLiteral("highlight"));
    ring->setSelectable(false);
    ring->setClipAxisRect(graph->keyAxis()->axisRect());
    ring->position->setAxes(graph->keyAxis(), graph->valueAxis());
    ring->position->setCoords(at.key, at.value);
    ring->setStyle(QCPItemTracer::tsCircle);
    ring->setSize(fontMetrics().height() * 1.6);
    ring->setPen(QPen(QColor(0x00, 0x72, 0xB2), 2.5));
    ring->setBrush(Qt::NoBrush);

    QCPAxis *keys = graph->keyAxis();
    if (!keys->range().contains(at.key)) {
        const double half = keys->range().size() / 2;
        keys->setRange(at.key - half, at.key + half);
    }
}

bool ChartCanvas::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_plot) {
        if (event->type() == QEvent::ToolTip) {
            auto *help = static_cast<QHelpEvent *>(event);
            const QString tip = m_chart ? ChartPlot::toolTipAt(m_plot, help->pos()) : QString();
            if (tip.isEmpty())
                QToolTip::hideText();
            else
                QToolTip::showText(help->globalPos(), tip, m_plot);
            return true;
        }
        if (event->type() == QEvent::Resize && m_chart)
            m_resizeTimer->start();
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace Yardstick
