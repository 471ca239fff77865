// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportcommand.h"

#include "console.h"
#include "exitcode.h"
#include "export/reportdeckwriter.h"
#include "export/reportpackwriter.h"
#include "io/pptx/pptxmaster.h"
#include "report/reportpack.h"
#include "workbench/workbench.h"

#include <QCommandLineParser>
#include <QFileInfo>

namespace Yardstick {

QString ReportCommand::name() const
{
    return QStringLiteral("report");
}

QString ReportCommand::summary() const
{
    return tr("Write the report pack (cover, scorecard, trends, control charts, Pareto) as a PDF "
              "or a PowerPoint deck.");
}

int ReportCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Writes one A4-landscape PDF for a management meeting: a cover with the period and "
           "organisation, the scorecard, the headline standards' trend charts, each breached "
           "standard with its control chart, the Pareto of complaint letters, the compliance "
           "heat map and the department comparison. A template saved in the workbench (the "
           "GUI's Reports page) picks the sections; without one, the pack has them all. With "
           "--out PACK.pptx the pack is a PowerPoint deck instead: a title slide, the scorecard "
           "as a table, a slide per chart with its takeaway as text and the numbers behind it "
           "in the speaker notes."));
    const QCommandLineOption out(QStringLiteral("out"),
                                 tr("The file to write: PACK.pdf or PACK.pptx."), tr("FILE"));
    const QCommandLineOption master = masterOption();
    const QCommandLineOption from(QStringLiteral("from"),
                                  tr("First day the trend charts show (YYYY-MM-DD)."), tr("DATE"));
    const QCommandLineOption to(
        QStringLiteral("to"),
        tr("Last day (YYYY-MM-DD): the scorecard shows the period holding it."), tr("DATE"));
    const QCommandLineOption templateName(
        QStringLiteral("template"), tr("A report template saved in the workbench."), tr("NAME"));
    parser.addOptions({out, from, to, templateName, master});
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The workbench file to read."),
                                 tr("FILE"));
    if (const std::optional<int> exitCode = parse(parser, arguments))
        return *exitCode;
    const QString outPath = parser.value(out);
    const bool deck = outPath.endsWith(QLatin1String(".pptx"), Qt::CaseInsensitive);
    if (outPath.isEmpty() ||
        (!deck && !outPath.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive)))
        return usageError(tr("Give the file to write with --out PACK.pdf or --out PACK.pptx."));
    if (parser.isSet(master) && !deck)
        return usageError(tr("--master takes a PowerPoint deck's master: write the pack with "
                             "--out PACK.pptx."));
    const std::optional<QDate> fromDate = optionalDate(parser, from);
    const std::optional<QDate> toDate = optionalDate(parser, to);
    if (!fromDate || !toDate)
        return usageError(tr("--from and --to take dates written YYYY-MM-DD."));
    if (fromDate->isValid() && toDate->isValid() && *toDate < *fromDate)
        return usageError(tr("--to is before --from."));
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1 || files.constFirst().isEmpty())
        return usageError(tr("Give one workbench file."));

    // The master first: a bad one is a mistake worth hearing before the
    // pack is built.
    const std::optional<PptxMaster> slideMaster = chosenMaster(parser, master);
    if (!slideMaster)
        return ExitCode::BadInput;
    const std::unique_ptr<Workbench> opened = openWorkbench(files.constFirst());
    if (!opened)
        return ExitCode::BadInput;
    ReportRequest request;
    request.from = *fromDate;
    request.to = *toDate;
    if (parser.isSet(templateName)) {
        const std::optional<ReportTemplate> chosen =
            opened->reportTemplates().find(parser.value(templateName));
        if (!chosen) {
            QStringList names;
            for (const ReportTemplate &saved : opened->reportTemplates().all())
                names.append(saved.name);
            Console::printError(
                names.isEmpty()
                    ? tr("The workbench has no report template \"%1\" (it has none saved).")
                          .arg(parser.value(templateName))
                    : tr("The workbench has no report template \"%1\"; it has: %2.")
                          .arg(parser.value(templateName), names.join(QStringLiteral(", "))));
            return ExitCode::BadInput;
        }
        request.reportTemplate = *chosen;
    }
    const std::optional<ReportPack> pack = buildReportPack(*opened, request);
    if (!pack)
        return ExitCode::BadInput; // only a cancelled build returns nothing
    if (deck)
        return writeDeck(*pack, *slideMaster, outPath);
    const QString error = ReportPackWriter::write(*pack, outPath, [](int done, int total) {
        if (Console::stderrIsTerminal())
            Console::writeErrorText(tr("\rPage %1 of %2").arg(done).arg(total));
        return true;
    });
    if (Console::stderrIsTerminal())
        Console::writeErrorText(QStringLiteral("\n"));
    if (!error.isEmpty()) {
        Console::printError(error);
        return ExitCode::BadInput;
    }
    Console::writeErrorText(
        tr("Wrote %1: %n page(s).\n", nullptr, ReportPackWriter::pageCount(*pack))
            .arg(QFileInfo(outPath).fileName()));
    return ExitCode::Success;
}

int ReportCommand::writeDeck(const ReportPack &pack, const PptxMaster &master,
                             const QString &outPath) const
{
    int slides = 0;
    const QString error = ReportDeckWriter::write(
        pack, master, outPath,
        [](int done, int total) {
            if (Console::stderrIsTerminal())
                Console::writeErrorText(tr("\rChart %1 of %2").arg(done).arg(total));
            return true;
        },
        &slides);
    if (Console::stderrIsTerminal())
        Console::writeErrorText(QStringLiteral("\n"));
    if (!error.isEmpty()) {
        Console::printError(error);
        return ExitCode::BadInput;
    }
    Console::writeErrorText(
        tr("Wrote %1: %n slide(s).\n", nullptr, slides).arg(QFileInfo(outPath).fileName()));
    return ExitCode::Success;
}

} // namespace Yardstick
