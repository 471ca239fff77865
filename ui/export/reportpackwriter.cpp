// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportpackwriter.h"

#include "chartdata/anychart.h"
#include "charts/chartpalette.h"
#include "charts/chartplot.h"
#include "charts/charttheme.h"
#include "charts/heatmapplot.h"
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
// The scorecard: a column holds its widest cell up to this width and wraps
// beyond it; the standard's title takes what the others leave.
constexpr double kMaxColumnWidth = 190;
constexpr double kMinTitleWidth = 220;
constexpr double kMaxShortHeader = 120;
constexpr double kCellPadding = 8;
constexpr double kTableTop = kMargin * 0.7 + 50;
constexpr double kTableBottom = kPageHeight - kMargin * 0.75 - 6; // above the footer

QFont pageFont(double pixels, bool bold = false)
{
    QFont font = ChartTheme::printFont();
    font.setPixelSize(qRound(pixels));
    font.setBold(bold);
    return font;
}

// The scorecard as a table: each column as wide as its content (headers
// wrap at spaces, never inside a word), every cell wrapped rather than cut,
// and the rows that do not fit a page continuing on the next.
struct ScorecardTable
{
    struct Column
    {
        QString header;
        double width = 0;
        Qt::Alignment align;
    };
    static constexpr int kStatusColumn = 4;

    QList<Column> columns;
    QList<QStringList> cells; // per scorecard row
    QList<double> rowHeights;
    double headerHeight = 0;
    QList<std::pair<int, int>> pages; // [first, last) rows

    static double wrappedHeight(const QString &text, const QFont &font, double width)
    {
        return QFontMetricsF(font)
            .boundingRect(QRectF(0, 0, width, 10000), Qt::TextWordWrap | Qt::AlignLeft, text)
            .height();
    }

    explicit ScorecardTable(const Scorecard &scorecard)
    {
        columns = {
            {ReportPackWriter::tr("Code"), 0, Qt::AlignLeft},
            {ReportPackWriter::tr("Standard"), 0, Qt::AlignLeft},
            {ReportPackWriter::tr("Value"), 0, Qt::AlignRight},
            {ReportPackWriter::tr("Target"), 0, Qt::AlignRight},
            {ReportPackWriter::tr("Status"), 0, Qt::AlignLeft},
            {ReportPackWriter::tr("Trend"), 0, Qt::AlignLeft},
            {ReportPackWriter::tr("Met, last 12"), 0, Qt::AlignRight},
        };
        for (const ScorecardRow &row : scorecard.rows) {
            const QString unit = row.standard.unit;
            QString status = ComplianceText::statusName(row.current.status);
            if (row.thin)
                status = ReportPackWriter::tr("%1 (%2)").arg(
                    status, ComplianceText::thinPeriod(scorecard.kind, *row.thin));
            cells.append(
                {row.standard.code, row.standard.title,
                 row.current.value ? ValueFormat::value(*row.current.value, unit)
                                   : ReportPackWriter::tr("no data"),
                 row.current.target
                     ? ValueFormat::bound(row.standard.direction, *row.current.target, unit)
                     : ValueFormat::none(),
                 status, ComplianceText::trendName(row.trend),
                 ReportPackWriter::tr("%1 of %2").arg(row.metInRecent).arg(row.recent.size())});
        }
        sizeColumns();
        measureRows();
        paginate();
    }

private:
    void sizeColumns()
    {
        const QFontMetricsF body(pageFont(12));
        const QFontMetricsF head(pageFont(12, true));
        const double statusDot = 16; // the status colour's dot before the word
        double others = 0;
        for (int c = 0; c < columns.size(); ++c) {
            if (c == 1)
                continue;
            // A short header stays on one line; a long one wraps at spaces
            // when its content is narrower, but its longest word must fit.
            const QString &header = columns[c].header;
            double headerWidth = head.horizontalAdvance(header);
            if (headerWidth > kMaxShortHeader) {
                headerWidth = 0;
                for (const QString &word : header.split(QLatin1Char(' ')))
                    headerWidth = std::max(headerWidth, head.horizontalAdvance(word));
            }
            double content = 0;
            for (const QStringList &row : std::as_const(cells))
                content = std::max(content, body.horizontalAdvance(row.at(c)));
            content = std::min(content, kMaxColumnWidth);
            columns[c].width = std::max(headerWidth, content) + kCellPadding +
                               (c == kStatusColumn ? statusDot : 0) + 2;
            others += columns[c].width;
        }
        columns[1].width = std::max(kMinTitleWidth, kPageWidth - 2 * kMargin - others);
    }

    double textWidth(int c) const
    {
        return columns.at(c).width - kCellPadding - (c == kStatusColumn ? 16 : 0);
    }

    void measureRows()
    {
        const QFont head = pageFont(12, true);
        const QFont body = pageFont(12);
        for (int c = 0; c < columns.size(); ++c)
            headerHeight =
                std::max(headerHeight, wrappedHeight(columns.at(c).header, head, textWidth(c)));
        headerHeight += kCellPadding;
        for (const QStringList &row : std::as_const(cells)) {
            double height = 0;
            for (int c = 0; c < columns.size(); ++c)
                height = std::max(height, wrappedHeight(row.at(c), body, textWidth(c)));
            rowHeights.append(std::max(24.0, height + kCellPadding));
        }
    }

    void paginate()
    {
        const double room = kTableBottom - kTableTop - headerHeight;
        int first = 0;
        double used = 0;
        for (int i = 0; i < rowHeights.size(); ++i) {
            if (i > first && used + rowHeights.at(i) > room) {
                pages.append({first, i});
                first = i;
                used = 0;
            }
            used += rowHeights.at(i);
        }
        pages.append({first, int(rowHeights.size())}); // an empty scorecard gets its page too
    }
};

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
        , m_table(pack.scorecard)
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
            for (const auto &[first, last] : m_table.pages)
                jobs.append({[this, first, last](QCPPainter &painter) {
                    paintScorecard(painter, first, last);
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
        if (p.heatmap) {
            // As many standards a page as its plot holds, the rest on the
            // pages after it: every standard is in the pack.
            const ChartPage page(optionsFor(*p.heatmap), chartPageSize());
            const ChartTheme theme = ChartTheme::print(page.plotRect().size());
            for (const HeatmapChart &part :
                 heatmapPages(*p.heatmap, HeatmapPlot::rowsPerPage(*p.heatmap, theme)))
                jobs.append({[this, part](QCPPainter &painter) {
                    paintChartPage(painter, part);
                }});
        }
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

    static QSizeF chartPageSize() { return {kPageWidth, kPageHeight - kMargin * 0.6}; }

    void paintChartPage(QCPPainter &painter, const AnyChart &chart) const
    {
        paintChart(painter, QRectF(QPointF(0, 0), chartPageSize()), chart, optionsFor(chart));
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
                             ValueFormat::count(counts[int(status)]));
            painter.setFont(pageFont(16));
            painter.drawText(box.adjusted(22, 0, 0, -14), Qt::AlignLeft | Qt::AlignBottom,
                             ComplianceText::statusName(status));
            x += 220;
        }
    }

    void paintScorecard(QCPPainter &painter, int first, int last) const
    {
        const ScorecardTable &table = m_table;
        painter.setPen(ChartPalette::ink());
        painter.setFont(pageFont(24, true));
        painter.drawText(QRectF(kMargin, kMargin * 0.7, kPageWidth, 34), Qt::AlignLeft,
                         first == 0
                             ? ReportPackWriter::tr("Scorecard, %1").arg(periodText())
                             : ReportPackWriter::tr("Scorecard, %1 (continued)").arg(periodText()));
        double y = kTableTop;
        auto drawRow = [&](const QStringList &cells, double height, const QFont &font,
                           const QColor &statusColour) {
            double x = kMargin;
            painter.setFont(font);
            for (int i = 0; i < table.columns.size(); ++i) {
                const ScorecardTable::Column &column = table.columns.at(i);
                QRectF cell(x + kCellPadding / 2, y + kCellPadding / 2, column.width - kCellPadding,
                            height - kCellPadding);
                if (i == ScorecardTable::kStatusColumn && statusColour.isValid()) {
                    painter.setBrush(statusColour);
                    painter.setPen(Qt::NoPen);
                    painter.drawEllipse(QPointF(cell.left() + 5, cell.top() + 8), 5, 5);
                    painter.setPen(ChartPalette::ink());
                    cell.adjust(16, 0, 0, 0);
                }
                painter.drawText(cell, Qt::AlignTop | Qt::TextWordWrap | column.align, cells.at(i));
                x += column.width;
            }
            y += height;
        };
        QStringList headers;
        for (const ScorecardTable::Column &column : table.columns)
            headers.append(column.header);
        painter.setPen(ChartPalette::ink());
        drawRow(headers, table.headerHeight, pageFont(12, true), QColor());
        painter.setPen(QPen(QColor(0xB0, 0xB0, 0xB0), 1));
        painter.drawLine(QPointF(kMargin, y), QPointF(kPageWidth - kMargin, y));
        const QList<ScorecardRow> &rows = m_pack.scorecard.rows;
        for (int i = first; i < last; ++i) {
            const double height = table.rowHeights.at(i);
            if (i % 2 == 1)
                painter.fillRect(QRectF(kMargin, y, kPageWidth - 2 * kMargin, height),
                                 QColor(0xF4, 0xF4, 0xF4));
            painter.setPen(ChartPalette::ink());
            drawRow(table.cells.at(i), height, pageFont(12),
                    ChartPalette::status(rows.at(i).current.status));
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
    ScorecardTable m_table;
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
