// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "command.h"

#include "console.h"
#include "exitcode.h"
#include "io/pptx/pptxmaster.h"
#include "io/xlsxtablewriter.h"
#include "storage/serveraddress.h"
#include "workbench/workbench.h"

#include <QCommandLineParser>
#include <QDate>

namespace Yardstick {

std::optional<int> Command::parse(QCommandLineParser &parser, const QStringList &arguments) const
{
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  tr("Show this help and exit."));
    parser.addOption(help);
    parser.setApplicationDescription(Console::wrapped(parser.applicationDescription()));
    if (!parser.parse(QStringList{QCoreApplication::arguments().constFirst()} + arguments))
        return usageError(parser.errorText());
    if (parser.isSet(help)) {
        if (!Console::writeText(
                Console::helpText(parser, Console::programName() + QLatin1Char(' ') + name())))
            return Console::outputFailed();
        return ExitCode::Success;
    }
    return std::nullopt;
}

int Command::usageError(const QString &message) const
{
    return Console::usageError(
        message,
        tr("Run \"%1 %2 --help\" to see how to use it.").arg(Console::programName(), name()));
}

namespace {

// The keys typed on the command line: part of the tool's contract, so not
// translated.
QString formatKey(OutputFormat format)
{
    switch (format) {
    case OutputFormat::Table:
        return QStringLiteral("table");
    case OutputFormat::Csv:
        return QStringLiteral("csv");
    case OutputFormat::Xlsx:
        return QStringLiteral("xlsx");
    case OutputFormat::Json:
        break;
    }
    return QStringLiteral("json");
}

} // namespace

QCommandLineOption Command::formatOption(const QString &description, OutputFormat byDefault)
{
    return QCommandLineOption({QStringLiteral("f"), QStringLiteral("format")}, description,
                              tr("FORMAT"), formatKey(byDefault));
}

std::optional<OutputFormat> Command::chosenFormat(const QCommandLineParser &parser,
                                                  const QCommandLineOption &option,
                                                  std::initializer_list<OutputFormat> offered) const
{
    const QString asked = parser.value(option).trimmed().toLower();
    QStringList keys;
    for (OutputFormat format : offered) {
        if (formatKey(format) == asked)
            return format;
        keys.append(formatKey(format));
    }
    // "table, csv or json": commas, then "or" before the last.
    const QString last = keys.takeLast();
    const QString choices = keys.isEmpty() ? last : tr("%1 or %2").arg(keys.join(u", "), last);
    usageError(tr("The format \"%1\" is not known; use %2.").arg(parser.value(option), choices));
    return std::nullopt;
}

QCommandLineOption Command::workbookOutOption()
{
    return QCommandLineOption(QStringLiteral("out"),
                              tr("The Excel workbook to write with --format xlsx (replaced if it "
                                 "exists)."),
                              tr("FILE"));
}

std::optional<int> Command::checkWorkbookOut(const QCommandLineParser &parser,
                                             const QCommandLineOption &out,
                                             OutputFormat format) const
{
    if (format == OutputFormat::Xlsx && parser.value(out).trimmed().isEmpty())
        return usageError(tr("--format xlsx writes a workbook to a file; name it with --out "
                             "FILE.xlsx."));
    if (format != OutputFormat::Xlsx && parser.isSet(out))
        return usageError(tr("--out is for --format xlsx; the other formats go to standard "
                             "output."));
    return std::nullopt;
}

int Command::writeWorkbook(const QString &path, const QList<ExportTable> &tables)
{
    const QString error = XlsxTableWriter::write(path, tables);
    if (error.isEmpty())
        return ExitCode::Success;
    Console::printError(error);
    return ExitCode::BadInput;
}

QCommandLineOption Command::masterOption()
{
    return QCommandLineOption(
        QStringLiteral("master"),
        tr("A PowerPoint deck or template (.pptx, .potx) whose slide master, layouts and theme "
           "the slides use (only with a .pptx --out file)."),
        tr("DECK"));
}

std::optional<PptxMaster> Command::chosenMaster(const QCommandLineParser &parser,
                                                const QCommandLineOption &option)
{
    if (!parser.isSet(option))
        return PptxMaster::builtIn();
    QString error;
    std::optional<PptxMaster> master = PptxMaster::load(parser.value(option), &error);
    if (!master)
        Console::printError(tr("Cannot use %1 as the master: %2").arg(parser.value(option), error));
    return master;
}

std::unique_ptr<Workbench> Command::openWorkbench(const QString &path)
{
    Workbench::OpenResult opened = Workbench::open(path);
    // The server wants a password that neither the address nor ~/.pgpass
    // gave: asked on the terminal, as psql does, used for this run only.
    if (!opened.workbench && opened.error.kind == OpenError::Kind::PasswordNeeded &&
        !ServerAddress::hasPassword(path)) {
        if (const std::optional<QString> password =
                Console::askHidden(tr("Password for %1: ").arg(ServerAddress::shown(path)))) {
            opened = Workbench::open(ServerAddress::withPassword(path, *password));
        }
    }
    if (!opened.workbench)
        Console::printError(opened.error.message);
    return std::move(opened.workbench);
}

std::optional<QDate> Command::optionalDate(const QCommandLineParser &parser,
                                           const QCommandLineOption &option)
{
    if (!parser.isSet(option))
        return QDate();
    const QDate date = QDate::fromString(parser.value(option).trimmed(), Qt::ISODate);
    if (!date.isValid())
        return std::nullopt;
    return date;
}

} // namespace Yardstick
