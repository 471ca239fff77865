// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportpackwriter.h"

#include "chartdata/anychart.h"
#include "charts/chartpalette.h"
#include "charts/chartplot.h"
#include "charts/charttheme.h"
#include "charts/qcustomplotshim.h"
#include "export/chartexportoptions.h"
#include "export/chartpage.h"
#include "itemmodels/compliancetext.h"
#include "model/valueformat.h"

#include <QFontMetricsF>
#include <QPdfWriter>
#include <QSaveFile>

#include <memory>

namespace Yardstick {

namespace {

// Pages are laid out in logical pixels of an A4 landscape sheet at 96 to the
// inch (1123 x 794) and scaled to the PDF's resolution.
constexpr double kPageWidth = 1122.5;
constexpr double kPageHeight = 793.7;
constexpr double kMargin = 48;
constexpr int kPdfDpi = 300;
constexpr int kScorecardRowsPerPage = 24;

QFont pageFont(double pixels, bool bold = false)
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(qRound(pixels));
    font.setBold(bold);
    return font;
}

// One page of the pack, as a function that paints it.
struct PageJob
{
    std::function<void(QCPPainter &)> paint;
};

class PackPainter final
{
public:
    explicit PackPainter(const ReportPack &pack)
        : m_pack(pack)
    {}

    QList<PageJob> pages() const
    {
        QList<PageJob> jobs;
        const ReportPack &p = m_pack;
        if (p.includes(ReportSection::Cover))
            jobs.append({[this](QCPPainter &painter) {
                paintCover(painter);
            }});
        if (p.includes(ReportSection::Scorecard)) {
            const int rows = int(p.scorecard.rows.size());
            for (int first = 0; first < std::max(rows, 1); first += kScorecardRowsPerPage)
                jobs.append({[this, first](QCPPainter &painter) {
                    paintScorecard(painter, first);
                }});
        }
        for (const TrendChart &trend : p.headlineTrends)
            jobs.append({[this, trend](QCPPainter &painter) {
                paintChartPage(painter, trend);
            }});
        if (p.includes(ReportSection::BreachedControlCharts)) {
            for (const BreachedStandard &breached : p.breached) {
                if (breached.controlChart || !breached.chartUnavailable.isEmpty())
                    jobs.append({[this, breached](QCPPainter &painter) {
                        paintBreached(painter, breached);
                    }});
            }
        }
        if (p.complaints)
            jobs.append({[this](QCPPainter &painter) {
                paintChartPage(painter, *m_pack.complaints);
            }});
        if (p.complaintsPerMonth)
            jobs.append({[this](QCPPainter &painter) {
                paintChartPage(painter, *m_pack.complaintsPerMonth);
            }});
        if (p.heatmap)
            jobs.append({[this](QCPPainter &painter) {
                paintChartPage(painter, *m_pack.heatmap);
            }});
        if (p.departments)
            jobs.append({[this](QCPPainter &painter) {
                paintChartPage(painter, *m_pack.departments);
            }});
        return jobs;
    }

    void paintFooter(QCPPainter &painter, int page, int pages) const
    {
        painter.setFont(pageFont(11));
        painter.setPen(QColor(0x66, 0x66, 0x66));
        const QRectF footer(kMargin, kPageHeight - kMargin * 0.75, kPageWidth - 2 * kMargin, 20);
        painter.drawText(footer, Qt::AlignLeft | Qt::AlignVCenter,
                         ReportPackWriter::tr("%1 · %2").arg(m_pack.title, periodText()));
        painter.drawText(footer, Qt::AlignRight | Qt::AlignVCenter,
                         ReportPackWriter::tr("Page %1 of %2").arg(page).arg(pages));
    }

private:
    QString periodText() const
    {
        if (!m_pack.period.isValid())
            return ReportPackWriter::tr("no data yet");
        return periodLabel(m_pack.kind, m_pack.period);
    }

    ChartExportOptions optionsFor(const AnyChart &chart) const
    {
        ChartExportOptions options;
        options.format = ChartExportOptions::Format::Pdf;
        options.preset = ChartExportOptions::SizePreset::A4Landscape;
        options.dpi = kPdfDpi;
        const ChartCaption caption = captionOf(chart);
        options.title = caption.title;
        options.subtitle = caption.subtitle;
        options.footnote = caption.source;
        options.organisation = m_pack.organisation;
        return options;
    }

    // Draws a chart with its title and source in area (logical pixels).
    void paintChart(QCPPainter &painter, const QRectF &area, const AnyChart &chart,
                    ChartExportOptions options) const
    {
        const ChartPage page(options, area.size());
        std::unique_ptr<QCustomPlot> plot(createChartPlot(nullptr));
        ChartPlot::populate(plot.get(), chart, ChartTheme::print(page.plotRect().size()));
        painter.save();
        painter.translate(area.topLeft());
        page.paint(&painter, plot.get());
        painter.restore();
    }

    void paintChartPage(QCPPainter &painter, const AnyChart &chart) const
    {
        paintChart(painter, QRectF(0, 0, kPageWidth, kPageHeight - kMargin * 0.6), chart,
                   optionsFor(chart));
    }

    void paintCover(QCPPainter &painter) const
    {
        const double width = kPageWidth - 2 * kMargin;
        painter.fillRect(QRectF(0, 0, 18, kPageHeight), ChartPalette::blue());
        painter.setPen(ChartPalette::ink());
        painter.setFont(pageFont(40, true));
        painter.drawText(QRectF(kMargin + 20, 180, width, 60), Qt::AlignLeft, m_pack.title);
        painter.setFont(pageFont(20));
        painter.setPen(QColor(0x4D, 0x4D, 0x4D));
        double y = 250;
        auto line = [&](const QString &text) {
            if (text.isEmpty())
                return;
            painter.drawText(QRectF(kMargin + 20, y, width, 32), Qt::AlignLeft, text);
            y += 34;
        };
        line(m_pack.organisation);
        line(ReportPackWriter::tr("Period: %1").arg(periodText()));
        if (m_pack.from.isValid() && m_pack.to.isValid())
            line(ReportPackWriter::tr("Trends from %1 to %2")
                     .arg(m_pack.from.toString(Qt::ISODate), m_pack.to.toString(Qt::ISODate)));
        line(ReportPackWriter::tr("Workbench: %1").arg(m_pack.workbenchTitle));
        line(ReportPackWriter::tr("Prepared on %1").arg(m_pack.generatedOn.toString(Qt::ISODate)));

        // The period at a glance: how many standards stand where.
        int counts[4] = {0, 0, 0, 0};
        for (const ScorecardRow &row : m_pack.scorecard.rows)
            ++counts[int(row.current.status)];
        y += 40;
        const ComplianceStatus order[] = {ComplianceStatus::Met, ComplianceStatus::AtRisk,
                                          ComplianceStatus::Breached, ComplianceStatus::NoData};
        double x = kMargin + 20;
        for (ComplianceStatus status : order) {
            const QRectF box(x, y, 200, 110);
            painter.fillRect(box, ChartPalette::tint(ChartPalette::status(status), 0.15));
            painter.fillRect(QRectF(box.left(), box.top(), 6, box.height()),
                             ChartPalette::status(status));
            painter.setPen(ChartPalette::ink());
            painter.setFont(pageFont(40, true));
            painter.drawText(box.adjusted(22, 8, 0, 0), Qt::AlignLeft | Qt::AlignTop,
                             QString::number(counts[int(status)]));
            painter.setFont(pageFont(16));
            painter.drawText(box.adjusted(22, 0, 0, -14), Qt::AlignLeft | Qt::AlignBottom,
                             ComplianceText::statusName(status));
            x += 220;
        }
    }

    void paintScorecard(QCPPainter &painter, int first) const
    {
        painter.setPen(ChartPalette::ink());
        painter.setFont(pageFont(24, true));
        painter.drawText(QRectF(kMargin, kMargin * 0.7, kPageWidth, 34), Qt::AlignLeft,
                         ReportPackWriter::tr("Scorecard, %1").arg(periodText()));
        struct Column
        {
            QString header;
            double width;
            Qt::Alignment align;
        };
        const QList<Column> columns = {
            {ReportPackWriter::tr("Code"), 110, Qt::AlignLeft},
            {ReportPackWriter::tr("Standard"), 420, Qt::AlignLeft},
            {ReportPackWriter::tr("Value"), 110, Qt::AlignRight},
            {ReportPackWriter::tr("Target"), 110, Qt::AlignRight},
            {ReportPackWriter::tr("Status"), 110, Qt::AlignLeft},
            {ReportPackWriter::tr("Trend"), 90, Qt::AlignLeft},
            {ReportPackWriter::tr("Met, last 12"), 76, Qt::AlignRight},
        };
        const double rowHeight = 24;
        double y = kMargin * 0.7 + 50;
        auto drawRow = [&](const QStringList &cells, const QFont &font,
                           const QColor &statusColour) {
            double x = kMargin;
            painter.setFont(font);
            for (int i = 0; i < columns.size(); ++i) {
                const QRectF cell(x + 4, y, columns.at(i).width - 8, rowHeight);
                if (i == 4 && statusColour.isValid()) {
                    painter.setBrush(statusColour);
                    painter.setPen(Qt::NoPen);
                    painter.drawEllipse(QPointF(cell.left() + 5, cell.center().y()), 5, 5);
                    painter.setPen(ChartPalette::ink());
                    painter.drawText(cell.adjusted(16, 0, 0, 0),
                                     Qt::AlignVCenter | columns.at(i).align, cells.at(i));
                } else {
                    const QString text =
                        QFontMetricsF(font).elidedText(cells.at(i), Qt::ElideRight, cell.width());
                    painter.drawText(cell, Qt::AlignVCenter | columns.at(i).align, text);
                }
                x += columns.at(i).width;
            }
            y += rowHeight;
        };
        QStringList headers;
        for (const Column &column : columns)
            headers.append(column.header);
        painter.setPen(ChartPalette::ink());
        drawRow(headers, pageFont(12, true), QColor());
        painter.setPen(QPen(QColor(0xB0, 0xB0, 0xB0), 1));
        painter.drawLine(QPointF(kMargin, y), QPointF(kPageWidth - kMargin, y));
        const QList<ScorecardRow> &rows = m_pack.scorecard.rows;
        const int last = std::min<int>(int(rows.size()), first + kScorecardRowsPerPage);
        for (int i = first; i < last; ++i) {
            const ScorecardRow &row = rows.at(i);
            if (i % 2 == 1)
                painter.fillRect(QRectF(kMargin, y, kPageWidth - 2 * kMargin, rowHeight),
                                 QColor(0xF4, 0xF4, 0xF4));
            painter.setPen(ChartPalette::ink());
            const QString unit = row.standard.unit;
            drawRow({row.standard.code, row.standard.title,
                     row.current.value ? ValueFormat::value(*row.current.value, unit)
                                       : ReportPackWriter::tr("no data"),
                     row.current.target
                         ? ValueFormat::bound(row.standard.direction, *row.current.target, unit)
                         : ValueFormat::none(),
                     ComplianceText::statusName(row.current.status),
                     ComplianceText::trendName(row.trend),
                     ReportPackWriter::tr("%1 of %2").arg(row.metInRecent).arg(row.recent.size())},
                    pageFont(12), ChartPalette::status(row.current.status));
        }
        if (rows.isEmpty()) {
            painter.setFont(pageFont(14));
            painter.drawText(QRectF(kMargin, y + 10, 600, 30), Qt::AlignLeft,
                             ReportPackWriter::tr("The workbench holds no standards with data."));
        }
    }

    void paintBreached(QCPPainter &painter, const BreachedStandard &breached) const
    {
        if (!breached.controlChart) {
            painter.setPen(ChartPalette::ink());
            painter.setFont(pageFont(24, true));
            painter.drawText(QRectF(kMargin, kMargin, kPageWidth - 2 * kMargin, 40), Qt::AlignLeft,
                             breached.row.standard.title);
            painter.setFont(pageFont(14));
            painter.drawText(
                QRectF(kMargin, kMargin + 60, kPageWidth - 2 * kMargin, 200),
                Qt::AlignLeft | Qt::TextWordWrap,
                ReportPackWriter::tr("No control chart: %1").arg(breached.chartUnavailable));
            return;
        }
        const StandardControlChart &chart = *breached.controlChart;
        ChartExportOptions options = optionsFor(chart);
        const ScorecardRow &row = breached.row;
        if (row.current.value && row.current.target)
            options.subtitle =
                ReportPackWriter::tr("Breached in %1: %2 against a target of %3. %4")
                    .arg(periodText(), ValueFormat::value(*row.current.value, row.standard.unit),
                         ValueFormat::bound(row.standard.direction, *row.current.target,
                                            row.standard.unit),
                         chart.subtitle);
        const double signalsHeight = chart.signalList.isEmpty() ? 30 : 120;
        paintChart(painter, QRectF(0, 0, kPageWidth, kPageHeight - kMargin * 0.6 - signalsHeight),
                   chart, options);
        // The rules broken, in words, under the chart.
        painter.setPen(ChartPalette::ink());
        double y = kPageHeight - kMargin * 0.6 - signalsHeight;
        painter.setFont(pageFont(12, true));
        painter.drawText(QRectF(kMargin, y, kPageWidth - 2 * kMargin, 20), Qt::AlignLeft,
                         chart.signalList.isEmpty()
                             ? ReportPackWriter::tr("No run rule flags a point: the process is "
                                                    "stable around a level that misses the target.")
                             : ReportPackWriter::tr("Points flagged by the run rules"));
        painter.setFont(pageFont(11));
        y += 20;
        const int shown = std::min<int>(int(chart.signalList.size()), 4);
        for (int i = 0; i < shown; ++i) {
            const ChartSignal &signal = chart.signalList.at(i);
            painter.drawText(QRectF(kMargin, y, kPageWidth - 2 * kMargin, 18), Qt::AlignLeft,
                             ReportPackWriter::tr("%1 (%2): %3")
                                 .arg(signal.periodLabel, signal.rule, signal.meaning));
            y += 18;
        }
        if (chart.signalList.size() > shown)
            painter.drawText(
                QRectF(kMargin, y, kPageWidth - 2 * kMargin, 18), Qt::AlignLeft,
                ReportPackWriter::tr("… and %1 more").arg(chart.signalList.size() - shown));
    }

    const ReportPack &m_pack;
};

} // namespace

int ReportPackWriter::pageCount(const ReportPack &pack)
{
    return int(PackPainter(pack).pages().size());
}

QString ReportPackWriter::write(const ReportPack &pack, const QString &pdfPath,
                                const std::function<bool(int done, int total)> &progress)
{
    const PackPainter painterOfPages(pack);
    const QList<PageJob> pages = painterOfPages.pages();
    QSaveFile file(pdfPath);
    if (!file.open(QIODevice::WriteOnly))
        return tr("Cannot write the report pack to %1: %2").arg(pdfPath, file.errorString());
    {
        QPdfWriter pdf(&file);
        pdf.setCreator(QStringLiteral("Yardstick"));
        pdf.setTitle(pack.title);
        pdf.setResolution(kPdfDpi);
        pdf.setPageLayout(
            QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF(0, 0, 0, 0)));
        QCPPainter painter;
        if (!painter.begin(&pdf)) {
            file.cancelWriting();
            return tr("Cannot write the report pack to %1: the PDF could not be started.")
                .arg(pdfPath);
        }
        // No hairlines: a cosmetic pen is as thin as the viewer's zoom makes it.
        painter.setMode(QCPPainter::pmVectorized);
        painter.setMode(QCPPainter::pmNonCosmetic);
        const double scale = pdf.width() / kPageWidth;
        for (int i = 0; i < pages.size(); ++i) {
            if (i > 0)
                pdf.newPage();
            painter.save();
            painter.scale(scale, scale);
            pages.at(i).paint(painter);
            painterOfPages.paintFooter(painter, i + 1, int(pages.size()));
            painter.restore();
            if (progress && !progress(i + 1, int(pages.size()))) {
                painter.end();
                file.cancelWriting();
                return tr("Creating the report pack was cancelled.");
            }
        }
        painter.end();
    }
    if (!file.commit())
        return tr("Cannot write the report pack to %1: %2").arg(pdfPath, file.errorString());
    return {};
}

} // namespace Yardstick
