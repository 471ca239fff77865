// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "spccommand.h"

#include "console.h"
#include "exitcode.h"
#include "import/spcdatareader.h"
#include "import/valueparsers.h"
#include "io/controlchartjson.h"
#include "io/controlcharttable.h"

#include <QCommandLineParser>
#include <QRegularExpression>

#include <algorithm>

namespace Yardstick {

namespace {

// "3-12" as a range; nullopt unless both ends are whole numbers from 1 and
// the first is not after the last.
std::optional<PointRange> parseRange(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^\\s*(\\d+)\\s*-\\s*(\\d+)\\s*$"));
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    bool firstOk = false;
    bool lastOk = false;
    const PointRange range{match.captured(1).toInt(&firstOk), match.captured(2).toInt(&lastOk)};
    if (!firstOk || !lastOk || range.first < 1 || range.first > range.last)
        return std::nullopt;
    return range;
}

// "4,9" (and repeated options) as sorted positions; nullopt if any is not a
// whole number from 1.
std::optional<std::vector<int>> parsePositions(const QStringList &values)
{
    std::vector<int> positions;
    for (const QString &value : values) {
        for (const QString &part : value.split(QLatin1Char(','))) {
            bool ok = false;
            const int position = part.trimmed().toInt(&ok);
            if (!ok || position < 1)
                return std::nullopt;
            positions.push_back(position);
        }
    }
    std::sort(positions.begin(), positions.end());
    positions.erase(std::unique(positions.begin(), positions.end()), positions.end());
    return positions;
}

std::optional<double> parseOptionNumber(const QString &text)
{
    return parseNumber(text, QLatin1Char(','));
}

} // namespace

QString SpcCommand::name() const
{
    return QStringLiteral("spc");
}

QString SpcCommand::summary() const
{
    return tr("Draw up a control chart (limits and run-rule signals) from a CSV file.");
}

int SpcCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Computes a control chart from a CSV file with a header row: the centre line, the "
           "control limits, sigma (the estimated standard deviation of single observations) and "
           "the points that break the run rules. Columns (by name, any case; others are "
           "ignored):\n"
           "imr: value\n"
           "xbar-r, xbar-s: subgroup,value (one row per observation; subgroups in the order they "
           "first appear)\n"
           "p, np: defectives,size\n"
           "c: count, optionally size\n"
           "u: count,size (units inspected)\n\n"
           "Points are numbered from 1 (subgroups for X-bar charts). Problems with the data are "
           "printed on stderr as file:line: column: reason and exit 1."));
    const QCommandLineOption chart(
        QStringLiteral("chart"),
        tr("The chart: imr (individuals and moving range), xbar-r, xbar-s, p, np, c or u."),
        tr("KIND"));
    const QCommandLineOption phase1(
        QStringLiteral("phase1"),
        tr("The points whose data set the limits (default: all); later points are phase II, "
           "judged against those limits."),
        tr("FIRST-LAST"));
    const QCommandLineOption exclude(
        QStringLiteral("exclude"),
        tr("Points kept on the chart but left out of the limits (repeatable)."), tr("I,J,..."));
    const QCommandLineOption center(
        QStringLiteral("center"),
        tr("Chart against this known process mean instead of estimating it (for p and np the "
           "proportion defective, for c defects per sample, for u defects per unit)."),
        tr("C"));
    const QCommandLineOption sigma(
        QStringLiteral("sigma"),
        tr("The known standard deviation of single observations; needs --center. Attribute "
           "charts take it from --center when it is not given."),
        tr("S"));
    const QCommandLineOption rules(QStringLiteral("rules"),
                                   tr("The run rules: nelson (the default), western-electric or "
                                      "none."),
                                   tr("RULES"), QStringLiteral("nelson"));
    const QCommandLineOption format =
        formatOption(tr("table (the default) or json; UTF-8."), OutputFormat::Table);
    parser.addOptions({chart, phase1, exclude, center, sigma, rules, format});
    parser.addPositionalArgument(QStringLiteral("DATA"), tr("The CSV file to read."),
                                 tr("DATA.csv"));
    if (const std::optional<int> exitCode = parse(parser, arguments))
        return *exitCode;

    ControlChartRequest request;
    if (!parser.isSet(chart))
        return usageError(tr("Name the chart with --chart: imr, xbar-r, xbar-s, p, np, c or u."));
    const std::optional<ControlChartType> kind =
        controlChartTypeFromKey(parser.value(chart).trimmed().toLower());
    if (!kind)
        return usageError(tr("The chart \"%1\" is not known; use imr, xbar-r, xbar-s, p, np, c "
                             "or u.")
                              .arg(parser.value(chart)));
    request.kind = *kind;
    const std::optional<RuleSet> ruleSet = ruleSetFromKey(parser.value(rules).trimmed().toLower());
    if (!ruleSet)
        return usageError(tr("The rules \"%1\" are not known; use nelson, western-electric or "
                             "none.")
                              .arg(parser.value(rules)));
    request.rules = *ruleSet;
    const std::optional<OutputFormat> chosen =
        chosenFormat(parser, format, {OutputFormat::Table, OutputFormat::Json});
    if (!chosen)
        return ExitCode::UsageError;
    if (parser.isSet(phase1)) {
        request.phase1 = parseRange(parser.value(phase1));
        if (!request.phase1)
            return usageError(tr("--phase1 %1: write FIRST-LAST, two point numbers from 1 with "
                                 "the first not after the last, e.g. 1-20.")
                                  .arg(parser.value(phase1)));
    }
    if (parser.isSet(exclude)) {
        const std::optional<std::vector<int>> excluded = parsePositions(parser.values(exclude));
        if (!excluded)
            return usageError(tr("--exclude %1: write point numbers from 1 separated by "
                                 "commas, e.g. 4,9.")
                                  .arg(parser.values(exclude).join(QLatin1Char(','))));
        request.excluded = *excluded;
    }
    if (parser.isSet(sigma) && !parser.isSet(center))
        return usageError(tr("--sigma needs --center: give the known mean with it."));
    if (parser.isSet(center)) {
        const std::optional<double> mean = parseOptionNumber(parser.value(center));
        if (!mean)
            return usageError(tr("--center %1 is not a number.").arg(parser.value(center)));
        const bool proportion = *kind == ControlChartType::P || *kind == ControlChartType::Np;
        if (proportion && (*mean <= 0 || *mean >= 1))
            return usageError(tr("--center %1: for a p or np chart give the proportion "
                                 "defective, more than 0 and less than 1.")
                                  .arg(parser.value(center)));
        if ((*kind == ControlChartType::C || *kind == ControlChartType::U) && *mean <= 0)
            return usageError(tr("--center %1: for a c or u chart give the mean count, more "
                                 "than 0.")
                                  .arg(parser.value(center)));
        KnownParameters known{*mean, std::nullopt};
        if (parser.isSet(sigma)) {
            known.sigma = parseOptionNumber(parser.value(sigma));
            if (!known.sigma || *known.sigma <= 0)
                return usageError(
                    tr("--sigma %1 is not a number more than 0.").arg(parser.value(sigma)));
        } else if (!isAttributeChart(*kind)) {
            return usageError(tr("--center needs --sigma for the %1 chart: give the known standard "
                                 "deviation of single observations with it.")
                                  .arg(controlChartTypeKey(*kind)));
        }
        request.known = known;
    }
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1 || files.constFirst().isEmpty())
        return usageError(tr("Give one CSV file."));

    SpcDataReadResult read = readSpcData(files.constFirst(), *kind);
    if (!read.ok()) {
        QString errors;
        for (const ImportRejection &rejection : read.rejections)
            errors += formatRejection(rejection) + QLatin1Char('\n');
        Console::writeErrorText(errors);
        return ExitCode::BadInput;
    }
    const int points = int(read.pointLines.size());
    if (request.phase1 && request.phase1->last > points)
        return usageError(tr("--phase1 %1 goes past the last point: %2 has %3.")
                              .arg(parser.value(phase1), read.file)
                              .arg(points));
    if (!request.excluded.empty() && request.excluded.back() > points)
        return usageError(tr("--exclude %1 is past the last point: %2 has %3.")
                              .arg(request.excluded.back())
                              .arg(read.file)
                              .arg(points));
    request.data = std::move(read.data);

    const ControlChartResult result = computeControlChart(request);
    if (const SpcError *error = std::get_if<SpcError>(&result)) {
        // The file was checked point by point above, so an error with no
        // point comes from what --phase1 and --exclude left to estimate from.
        if (error->point == 0 && (request.phase1 || !request.excluded.empty()))
            return usageError(tr("Cannot compute the limits: %1.").arg(error->message));
        Console::writeErrorText(formatRejection(read.locate(*error)) + QLatin1Char('\n'));
        return ExitCode::BadInput;
    }
    const ControlChart &computed = std::get<ControlChart>(result);
    const bool written = *chosen == OutputFormat::Json
                             ? Console::writeData(controlChartToJsonText(computed))
                             : Console::writeText(controlChartToTable(computed));
    return written ? ExitCode::Success : Console::outputFailed();
}

} // namespace Yardstick
