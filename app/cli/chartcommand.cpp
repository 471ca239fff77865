// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartcommand.h"

#include "console.h"
#include "exitcode.h"
#include "export/chartexporter.h"
#include "export/chartexportoptions.h"
#include "export/chartslide.h"
#include "io/complaintchartjson.h"
#include "io/pptx/pptxmaster.h"
#include "storage/propertyrepository.h"
#include "usecases/chartservice.h"
#include "usecases/chartsource.h"
#include "workbench/workbench.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QLocale>
#include <QSaveFile>
#include <QStringList>

namespace Yardstick {

namespace {

const QStringList kKinds = {QStringLiteral("trend"),
                            QStringLiteral("control"),
                            QStringLiteral("pareto"),
                            QStringLiteral("heatmap"),
                            QStringLiteral("departments"),
                            QStringLiteral("complaints-per-month"),
                            QStringLiteral("dollars-at-stake"),
                            QStringLiteral("servqual-gaps"),
                            QStringLiteral("servqual-quadrant")};
const QStringList kParetoSubjects = {QStringLiteral("complaints-by-service"),
                                     QStringLiteral("complaints-by-dimension"),
                                     QStringLiteral("breaches")};

// The standards named by code (any case), or an error message naming the
// first unknown one.
std::variant<QList<qint64>, QString> standardIds(const ComplianceData &data,
                                                 const QStringList &codes)
{
    QList<qint64> ids;
    for (const QString &code : codes) {
        const auto found =
            std::find_if(data.standards.cbegin(), data.standards.cend(), [&](const Standard &s) {
                return s.code.compare(code.trimmed(), Qt::CaseInsensitive) == 0;
            });
        if (found == data.standards.cend())
            return Command::tr("The workbench has no standard \"%1\".").arg(code.trimmed());
        ids.append(found->id);
    }
    return ids;
}

// The chart --kind (and --pareto for the Paretos) names.
ChartKind chartKindOf(const QString &kind, const QString &paretoSubject)
{
    if (kind == QLatin1String("pareto")) {
        if (paretoSubject == QLatin1String("breaches"))
            return ChartKind::BreachedStandards;
        return paretoSubject == QLatin1String("complaints-by-dimension")
                   ? ChartKind::ComplaintsByDimension
                   : ChartKind::ComplaintsByService;
    }
    return chartKindFromKey(kind).value_or(ChartKind::Trend);
}

// The numbers of a Pareto or of complaints per month as JSON; nullopt for
// the charts that have no JSON form.
std::optional<QByteArray> chartJson(const AnyChart &chart)
{
    if (const auto *pareto = std::get_if<ParetoChart>(&chart))
        return jsonText(paretoToJson(*pareto));
    if (const auto *perMonth = std::get_if<ComplaintTrendChart>(&chart))
        return jsonText(complaintTrendToJson(*perMonth));
    return std::nullopt;
}

// What the reader must know about the chart's labels ("N letters are
// suggestions only"), empty for the charts without such a note.
QString noteOf(const AnyChart &chart)
{
    if (const auto *pareto = std::get_if<ParetoChart>(&chart))
        return pareto->note;
    if (const auto *perMonth = std::get_if<ComplaintTrendChart>(&chart))
        return perMonth->note;
    return {};
}

} // namespace

QString ChartCommand::name() const
{
    return QStringLiteral("chart");
}

QString ChartCommand::summary() const
{
    return tr("Draw a trend, control, Pareto, heat-map, department or complaints-per-month chart "
              "to PNG, SVG or PDF.");
}

int ChartCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Draws a chart from the workbench exactly as the GUI does and exports it with its "
           "title, subtitle, source line and the workbench's organisation. trend: one or more "
           "standards over time with target, threshold, phases and the headline; control: one "
           "standard's control chart with run rules, rebased at its recorded phases; pareto: "
           "complaint letters by service or dimension, or standards by breached periods; "
           "heatmap: standards by period coloured by status (the given standards, or all; more "
           "standards than a page holds go on further pages: FILE-2.png, FILE-3.png … for PNG "
           "and SVG, further pages or slides in one PDF or deck); "
           "departments: the share of standards each department met; complaints-per-month: "
           "complaint letters received each month, stacked by primary dimension; "
           "dollars-at-stake: the standards missed in the period ranked by what missing the "
           "target costs a year, from their value models; servqual-gaps: a survey wave's "
           "SERVQUAL gap by dimension beside the wave before; servqual-quadrant: its items' "
           "importance against performance. The format follows the --out file's suffix."));
    const QCommandLineOption standard(
        QStringLiteral("standard"), tr("A standard's code; repeat to overlay trends."), tr("CODE"));
    const QCommandLineOption kind(
        QStringLiteral("kind"),
        tr("trend, control, pareto, heatmap, departments, complaints-per-month, "
           "dollars-at-stake, servqual-gaps or servqual-quadrant."),
        tr("KIND"));
    const QCommandLineOption out(
        QStringLiteral("out"),
        tr("The file to write: .png, .svg or .pdf; .pptx for one 16:9 PowerPoint slide (the "
           "chart as a picture, its numbers in the speaker notes); or .json for the numbers of "
           "a Pareto or complaints-per-month chart (confirmed and suggested labels apart)."),
        tr("FILE"));
    const QCommandLineOption size(
        QStringLiteral("size"),
        tr("slide (16:9, 1920x1080, the default), slide-4:3 (1440x1080), a4 (landscape), "
           "a4-portrait or WxH in pixels."),
        tr("SIZE"), QStringLiteral("slide"));
    const QCommandLineOption dpi(QStringLiteral("dpi"), tr("Resolution, 96 to 600 (default 150)."),
                                 tr("N"), QStringLiteral("150"));
    const QCommandLineOption title(QStringLiteral("title"), tr("The title over the chart."),
                                   tr("T"));
    const QCommandLineOption subtitle(QStringLiteral("subtitle"), tr("The line under the title."),
                                      tr("T"));
    const QCommandLineOption footnote(QStringLiteral("footnote"),
                                      tr("The source line at the bottom."), tr("T"));
    const QCommandLineOption period(QStringLiteral("period"),
                                    tr("week, month (the default) or quarter."), tr("PERIOD"),
                                    QStringLiteral("month"));
    const QCommandLineOption from(QStringLiteral("from"), tr("First day to chart (YYYY-MM-DD)."),
                                  tr("DATE"));
    const QCommandLineOption to(QStringLiteral("to"), tr("Last day to chart (YYYY-MM-DD)."),
                                tr("DATE"));
    const QCommandLineOption chartType(
        QStringLiteral("chart"),
        tr("For control charts: imr, xbar-s, p, np, c or u (default: p for shares of cases with "
           "known counts, u for rates per 1,000 with known units, imr otherwise)."),
        tr("TYPE"));
    const QCommandLineOption rules(QStringLiteral("rules"),
                                   tr("For control charts: nelson (the default), "
                                      "western-electric or none."),
                                   tr("RULES"), QStringLiteral("nelson"));
    const QCommandLineOption pareto(QStringLiteral("pareto"),
                                    tr("For Pareto charts: complaints-by-service (the default), "
                                       "complaints-by-dimension or breaches."),
                                    tr("SUBJECT"), QStringLiteral("complaints-by-service"));
    const QCommandLineOption wave(
        QStringLiteral("wave"),
        tr("The survey wave of a servqual-gaps or servqual-quadrant chart (default: the latest)."),
        tr("NAME"));
    const QCommandLineOption master = masterOption();
    parser.addOptions({standard, kind, out, size, dpi, title, subtitle, footnote, period, from, to,
                       chartType, rules, pareto, wave, master});
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The workbench file to read."),
                                 tr("FILE"));
    if (const std::optional<int> exitCode = parse(parser, arguments))
        return *exitCode;

    ChartRequest request;
    const QString kindKey = parser.value(kind).trimmed().toLower();
    if (!kKinds.contains(kindKey))
        return usageError(tr("Give --kind: trend, control, pareto, heatmap, departments, "
                             "complaints-per-month, dollars-at-stake, servqual-gaps or "
                             "servqual-quadrant."));
    const QStringList codes = parser.values(standard);
    if ((kindKey == QLatin1String("trend") || kindKey == QLatin1String("control")) &&
        codes.isEmpty())
        return usageError(tr("A %1 chart needs --standard CODE.").arg(kindKey));
    if (kindKey == QLatin1String("control") && codes.size() > 1)
        return usageError(tr("A control chart shows one standard; give one --standard."));
    const std::optional<PeriodKind> periodKind = periodKindFromKey(parser.value(period));
    if (!periodKind)
        return usageError(tr("The period \"%1\" is not known; use week, month or quarter.")
                              .arg(parser.value(period)));
    request.period = *periodKind;
    const std::optional<QDate> fromDate = optionalDate(parser, from);
    const std::optional<QDate> toDate = optionalDate(parser, to);
    if (!fromDate || !toDate)
        return usageError(tr("--from and --to take dates written YYYY-MM-DD."));
    request.from = *fromDate;
    request.to = *toDate;
    if (parser.isSet(chartType)) {
        request.controlChartType =
            controlChartTypeFromKey(parser.value(chartType).trimmed().toLower());
        if (!request.controlChartType)
            return usageError(
                tr("The chart type \"%1\" is not known.").arg(parser.value(chartType)));
    }
    const std::optional<RuleSet> ruleSet = ruleSetFromKey(parser.value(rules).trimmed().toLower());
    if (!ruleSet)
        return usageError(tr("The rules \"%1\" are not known; use nelson, western-electric or "
                             "none.")
                              .arg(parser.value(rules)));
    request.rules = *ruleSet;
    request.wave = parser.value(wave).trimmed();
    const QString paretoSubject = parser.value(pareto).trimmed().toLower();
    if (!kParetoSubjects.contains(paretoSubject))
        return usageError(tr("--pareto takes complaints-by-service, complaints-by-dimension or "
                             "breaches."));
    request.kind = chartKindOf(kindKey, paretoSubject);

    const QString outPath = parser.value(out);
    if (outPath.isEmpty())
        return usageError(tr("Give the file to write with --out."));
    const bool json = outPath.endsWith(QLatin1String(".json"), Qt::CaseInsensitive);
    const std::optional<ChartExportOptions::Format> format =
        json ? std::optional(ChartExportOptions::Format::Png)
             : ChartExportOptions::formatFromFileName(outPath);
    if (!format)
        return usageError(tr("The --out file must end in .png, .svg, .pdf, .pptx or .json."));
    if (json && kindKey != QLatin1String("pareto") &&
        kindKey != QLatin1String("complaints-per-month"))
        return usageError(tr("JSON is written for the Pareto and complaints-per-month charts; "
                             "write this one as .png, .svg, .pdf or .pptx."));
    const bool slide = !json && *format == ChartExportOptions::Format::Pptx;
    if (parser.isSet(master) && !slide)
        return usageError(tr("--master takes a PowerPoint deck's master: write the chart with "
                             "--out CHART.pptx."));
    const auto sizeChoice = ChartExportOptions::parseSize(parser.value(size));
    if (const QString *error = std::get_if<QString>(&sizeChoice))
        return usageError(*error);
    const auto dpiChoice = ChartExportOptions::parseDpi(parser.value(dpi));
    if (const QString *error = std::get_if<QString>(&dpiChoice))
        return usageError(*error);
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1 || files.constFirst().isEmpty())
        return usageError(tr("Give one workbench file."));

    // The master first, as the report does: a bad one is worth hearing
    // before the chart is built.
    const std::optional<PptxMaster> slideMaster = chosenMaster(parser, master);
    if (!slideMaster)
        return ExitCode::BadInput;
    const std::unique_ptr<Workbench> opened = openWorkbench(files.constFirst());
    if (!opened)
        return ExitCode::BadInput;
    ChartSource source = ChartSource::load(*opened);
    const auto ids = standardIds(source.data, codes);
    if (const QString *error = std::get_if<QString>(&ids)) {
        Console::printError(*error);
        return ExitCode::BadInput;
    }
    request.standards = std::get<QList<qint64>>(ids);
    const ChartResult built = opened->charts().chart(request, source);
    if (!built.drawable()) {
        Console::printError(built.emptyReason);
        return ExitCode::BadInput;
    }
    const AnyChart &chart = *built.drawable();
    // Said on stderr too: a script reading the numbers sees it as well.
    if (const QString note = noteOf(chart); !note.isEmpty())
        Console::writeErrorText(note + QLatin1Char('\n'));
    if (json) {
        const QByteArray data = chartJson(chart).value_or(QByteArray());
        QSaveFile file(outPath);
        if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
            Console::printError(tr("Could not write %1: %2").arg(outPath, file.errorString()));
            return ExitCode::BadInput;
        }
        Console::writeErrorText(tr("Wrote %1.\n").arg(QFileInfo(outPath).fileName()));
        return ExitCode::Success;
    }

    ChartExportOptions options = ChartExporter::optionsFor(
        chart, opened->properties().value(QLatin1String(PropertyRepository::kOrganisation)));
    options.format = *format;
    options.preset = std::get<ChartExportOptions::SizeChoice>(sizeChoice).preset;
    if (options.preset == ChartExportOptions::SizePreset::Custom)
        options.customSize = std::get<ChartExportOptions::SizeChoice>(sizeChoice).customSize;
    options.dpi = std::get<int>(dpiChoice);
    if (parser.isSet(title))
        options.title = parser.value(title);
    if (parser.isSet(subtitle))
        options.subtitle = parser.value(subtitle);
    if (parser.isSet(footnote))
        options.footnote = parser.value(footnote);
    if (const QString problem = options.validate(); !problem.isEmpty())
        return usageError(problem);
    const ChartExportResult result =
        slide ? ChartExportResult{ChartSlide::writeDeck(chart, options, outPath, *slideMaster)}
              : ChartExporter::exportChart(chart, options, outPath);
    if (!result.ok()) {
        Console::printError(result.error);
        return ExitCode::BadInput;
    }
    if (slide) {
        const int slides = ChartExporter::pageCount(chart, options);
        const QString name = QFileInfo(outPath).fileName();
        Console::writeErrorText(
            parser.isSet(master) && slides == 1
                ? tr("Wrote %1 (one slide on the master of %2).\n")
                      .arg(name, QFileInfo(parser.value(master)).fileName())
            : slides == 1 ? tr("Wrote %1 (one 16:9 slide).\n").arg(name)
                          : tr("Wrote %1 (%n 16:9 slides).\n", nullptr, slides).arg(name));
        return ExitCode::Success;
    }
    const QSize pixels = options.pixelSize();
    // A heat map longer than a page is on several: every page is named, so
    // a script sees that X.png holds only the first standards.
    const int pages = ChartExporter::pageCount(chart, options);
    const QStringList written = ChartExporter::filesFor(chart, options, outPath);
    QStringList names;
    for (const QString &path : written)
        names << QFileInfo(path).fileName();
    if (pages > 1 && written.size() > 1)
        Console::writeErrorText(
            tr("Wrote %1 (%2 x %3 px at %4 dpi): the chart is too long for one page, one file "
               "a page.\n")
                .arg(QLocale().createSeparatedList(names))
                .arg(pixels.width())
                .arg(pixels.height())
                .arg(options.dpi));
    else if (pages > 1)
        Console::writeErrorText(tr("Wrote %1 (%n pages of %2 x %3 px at %4 dpi).\n", nullptr, pages)
                                    .arg(QFileInfo(outPath).fileName())
                                    .arg(pixels.width())
                                    .arg(pixels.height())
                                    .arg(options.dpi));
    else
        Console::writeErrorText(tr("Wrote %1 (%2 x %3 px at %4 dpi).\n")
                                    .arg(QFileInfo(outPath).fileName())
                                    .arg(pixels.width())
                                    .arg(pixels.height())
                                    .arg(options.dpi));
    return ExitCode::Success;
}

} // namespace Yardstick
