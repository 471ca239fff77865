// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportdeckwriter.h"

#include "chartexporter.h"
#include "charts/chartpalette.h"
#include "charts/charttheme.h"
#include "charts/heatmapplot.h"
#include "chartslide.h"
#include "export/chartpage.h"
#include "io/pptx/pptxmaster.h"
#include "io/pptx/pptxwriter.h"
#include "itemmodels/compliancetext.h"
#include "model/valueformat.h"

namespace Yardstick {

namespace {

QString hex(const QColor &colour)
{
    return colour.name().mid(1).toUpper();
}

class DeckBuilder final
{
public:
    DeckBuilder(const ReportPack &pack, const PptxMaster &master)
        : m_pack(pack)
        , m_geometry(master.geometry())
    {}

    // The charts, each a function that draws its slide: counted before
    // the slow drawing starts, for the progress.
    QList<std::function<PptxSlide()>> chartSlides() const
    {
        QList<std::function<PptxSlide()>> jobs;
        const ReportPack &p = m_pack;
        for (const TrendChart &trend : p.headlineTrends)
            jobs.append([this, trend] { return chartSlide(trend); });
        if (p.includes(ReportSection::BreachedControlCharts)) {
            for (const BreachedStandard &breached : p.breached) {
                if (breached.controlChart)
                    jobs.append([this, breached] {
                        return chartSlide(*breached.controlChart, breached.row);
                    });
                else if (!breached.chartUnavailable.isEmpty())
                    jobs.append([breached] {
                        PptxSlide slide;
                        slide.title = breached.row.standard.title;
                        slide.takeaway = ReportDeckWriter::tr("No control chart: %1")
                                             .arg(breached.chartUnavailable);
                        return slide;
                    });
            }
        }
        if (p.complaints)
            jobs.append([this] { return chartSlide(*m_pack.complaints); });
        if (p.complaintsPerMonth)
            jobs.append([this] { return chartSlide(*m_pack.complaintsPerMonth); });
        if (p.heatmap) {
            // As many standards a slide as the picture holds legibly.
            const ChartSlideText text = ChartSlideText::of(*p.heatmap);
            const ChartExportOptions options =
                ChartSlide::pictureOptions(ChartExporter::optionsFor(*p.heatmap, p.organisation),
                                           ChartSlide::pictureArea(text, m_geometry));
            const int rows = HeatmapPlot::rowsPerPage(*p.heatmap, ChartExporter::themeFor(options));
            for (const HeatmapChart &part : heatmapPages(*p.heatmap, rows))
                jobs.append([this, part] { return chartSlide(part); });
        }
        if (p.departments)
            jobs.append([this] { return chartSlide(*m_pack.departments); });
        return jobs;
    }

    PptxSlide titleSlide() const
    {
        PptxSlide slide;
        slide.kind = PptxSlide::Kind::Title;
        slide.title = m_pack.title;
        auto add = [&](const QString &line) {
            if (!line.isEmpty())
                slide.subtitle.append(line);
        };
        add(m_pack.organisation);
        add(ReportDeckWriter::tr("Period: %1").arg(periodText()));
        if (m_pack.from.isValid() && m_pack.to.isValid())
            add(ReportDeckWriter::tr("Trends from %1 to %2")
                    .arg(m_pack.from.toString(Qt::ISODate), m_pack.to.toString(Qt::ISODate)));
        add(ReportDeckWriter::tr("Prepared on %1").arg(m_pack.generatedOn.toString(Qt::ISODate)));
        int counts[4] = {0, 0, 0, 0};
        for (const ScorecardRow &row : m_pack.scorecard.rows)
            ++counts[int(row.current.status)];
        slide.notes = {
            ReportDeckWriter::tr("Workbench: %1").arg(m_pack.workbenchTitle),
            ReportDeckWriter::tr("Standards met: %1").arg(counts[int(ComplianceStatus::Met)]),
            ReportDeckWriter::tr("At risk: %1").arg(counts[int(ComplianceStatus::AtRisk)]),
            ReportDeckWriter::tr("Breached: %1").arg(counts[int(ComplianceStatus::Breached)]),
            ReportDeckWriter::tr("No data: %1").arg(counts[int(ComplianceStatus::NoData)]),
        };
        return slide;
    }

    PptxSlide scorecardSlide() const
    {
        PptxSlide slide;
        slide.title = ReportDeckWriter::tr("Scorecard, %1").arg(periodText());
        PptxTable table;
        table.continuedTitle = ReportDeckWriter::tr("Scorecard, %1 (continued)").arg(periodText());
        table.fontPoints = 11;
        table.header = {ReportDeckWriter::tr("Code"),        ReportDeckWriter::tr("Standard"),
                        ReportDeckWriter::tr("Value"),       ReportDeckWriter::tr("Target"),
                        ReportDeckWriter::tr("Status"),      ReportDeckWriter::tr("Trend"),
                        ReportDeckWriter::tr("Met, last 12")};
        table.columnWeights = {1.1, 3.6, 1.5, 1.5, 1.25, 1.1, 1.0};
        table.alignRight = {false, false, true, true, false, false, true};
        int counts[4] = {0, 0, 0, 0};
        for (const ScorecardRow &row : m_pack.scorecard.rows) {
            ++counts[int(row.current.status)];
            const QString unit = row.standard.unit;
            QString status = ComplianceText::statusName(row.current.status);
            if (row.thin)
                status = ReportDeckWriter::tr("%1 (%2)").arg(
                    status, ComplianceText::thinPeriod(m_pack.scorecard.kind, *row.thin));
            table.rows.append(
                {row.standard.code, row.standard.title,
                 row.current.value ? ValueFormat::value(*row.current.value, unit)
                                   : ReportDeckWriter::tr("no data"),
                 row.current.target
                     ? ValueFormat::bound(row.standard.direction, *row.current.target, unit)
                     : ValueFormat::none(),
                 status, ComplianceText::trendName(row.trend),
                 ReportDeckWriter::tr("%1 of %2").arg(row.metInRecent).arg(row.recent.size())});
            // Text in the status colour, darkened where a light one would
            // not read on white.
            QStringList colours(7);
            colours[4] = hex(ChartPalette::status(row.current.status).darker(115));
            table.textColours.append(colours);
        }
        slide.table = table;
        if (m_pack.scorecard.rows.isEmpty())
            slide.takeaway = ReportDeckWriter::tr("The workbench holds no standards with data.");
        slide.notes = {ReportDeckWriter::tr("%n standard(s) on the scorecard", nullptr,
                                            int(m_pack.scorecard.rows.size())),
                       ReportDeckWriter::tr("Met %1, at risk %2, breached %3, no data %4")
                           .arg(counts[int(ComplianceStatus::Met)])
                           .arg(counts[int(ComplianceStatus::AtRisk)])
                           .arg(counts[int(ComplianceStatus::Breached)])
                           .arg(counts[int(ComplianceStatus::NoData)])};
        return slide;
    }

private:
    QString periodText() const
    {
        if (!m_pack.period.isValid())
            return ReportDeckWriter::tr("no data yet");
        return periodLabel(m_pack.kind, m_pack.period);
    }

    PptxSlide chartSlide(const AnyChart &chart,
                         const std::optional<ScorecardRow> &row = std::nullopt) const
    {
        ChartSlideText text = ChartSlideText::of(chart, row);
        if (row && m_pack.period.isValid())
            text.takeaway =
                ReportDeckWriter::tr("Breached in %1: %2").arg(periodText(), text.takeaway);
        const ChartExportOptions options = ChartExporter::optionsFor(chart, m_pack.organisation);
        return ChartSlide::make(chart, options, text, m_geometry);
    }

    const ReportPack &m_pack;
    PptxGeometry m_geometry;
};

} // namespace

PptxDeck ReportDeckWriter::deckOf(const ReportPack &pack, const PptxMaster &master,
                                  const std::function<bool(int done, int total)> &progress)
{
    const DeckBuilder builder(pack, master);
    PptxDeck deck;
    deck.title = pack.title;
    deck.author = pack.organisation;
    if (pack.includes(ReportSection::Cover))
        deck.slides.append(builder.titleSlide());
    if (pack.includes(ReportSection::Scorecard))
        deck.slides.append(builder.scorecardSlide());
    const QList<std::function<PptxSlide()>> charts = builder.chartSlides();
    for (int i = 0; i < charts.size(); ++i) {
        deck.slides.append(charts.at(i)());
        if (progress && !progress(i + 1, int(charts.size())))
            return {};
    }
    return deck;
}

QString ReportDeckWriter::write(const ReportPack &pack, const PptxMaster &master,
                                const QString &path,
                                const std::function<bool(int done, int total)> &progress,
                                int *slideCount)
{
    bool cancelled = false;
    const PptxDeck deck = deckOf(pack, master, [&](int done, int total) {
        // Drawing the charts is the slow part: it is the progress.
        cancelled = progress && !progress(done, total + 1);
        return !cancelled;
    });
    if (cancelled)
        return tr("Creating the deck was cancelled.");
    const QString error = PptxWriter::write(deck, master, path);
    if (slideCount)
        *slideCount = error.isEmpty() ? PptxWriter::slideCount(deck, master) : 0;
    if (error.isEmpty() && progress)
        progress(1, 1);
    return error;
}

} // namespace Yardstick
