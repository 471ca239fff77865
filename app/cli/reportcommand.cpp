// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportcommand.h"

#include "console.h"
#include "exitcode.h"
#include "export/reportpackwriter.h"
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
    return tr("Write the report pack (cover, scorecard, trends, control charts, Pareto) as a PDF.");
}

int ReportCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Writes one A4-landscape PDF for a management meeting: a cover with the period and "
           "organisation, the scorecard, the headline standards' trend charts, each breached "
           "standard with its control chart, the Pareto of complaint letters, the compliance "
           "heat map and the department comparison. A template saved in the workbench (the "
           "GUI's Reports page) picks the sections; without one, the pack has them all."));
    const QCommandLineOption out(QStringLiteral("out"), tr("The PDF to write."), tr("FILE"));
    const QCommandLineOption from(QStringLiteral("from"),
                                  tr("First day the trend charts show (YYYY-MM-DD)."), tr("DATE"));
    const QCommandLineOption to(
        QStringLiteral("to"),
        tr("Last day (YYYY-MM-DD): the scorecard shows the period holding it."), tr("DATE"));
    const QCommandLineOption templateName(
        QStringLiteral("template"), tr("A report template saved in the workbench."), tr("NAME"));
    parser.addOptions({out, from, to, templateName});
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The workbench file to read."),
                                 tr("FILE"));
    if (const std::optional<int> exitCode = parse(parser, arguments))
        return *exitCode;
    const QString outPath = parser.value(out);
    if (outPath.isEmpty() || !outPath.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        return usageError(tr("Give the PDF to write with --out PACK.pdf."));
    const std::optional<QDate> fromDate = optionalDate(parser, from);
    const std::optional<QDate> toDate = optionalDate(parser, to);
    if (!fromDate || !toDate)
        return usageError(tr("--from and --to take dates written YYYY-MM-DD."));
    if (fromDate->isValid() && toDate->isValid() && *toDate < *fromDate)
        return usageError(tr("--to is before --from."));
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1 || files.constFirst().isEmpty())
        return usageError(tr("Give one workbench file."));

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

} // namespace Yardstick
