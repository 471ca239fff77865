// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "historycommand.h"

#include "console.h"
#include "exitcode.h"
#include "io/exporttable.h"
#include "io/texttable.h"
#include "workbench/workbench.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace Yardstick {

namespace {

QString utcText(const QDateTime &at)
{
    return at.toUTC().toString(Qt::ISODate);
}

} // namespace

QString HistoryCommand::name() const
{
    return QStringLiteral("history");
}

QString HistoryCommand::summary() const
{
    return tr("Show the audit trail: who changed what and when.");
}

int HistoryCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Prints the workbench's audit trail, oldest first: every change to the standards "
           "(targets included), letters' labels and handling, services, departments, "
           "dimensions, surveys, SERVQUAL weights and survey feeds, phases, value models and "
           "holidays, and every import, with who made it "
           "and when. On a team workbench the server records who and when. Times are in UTC "
           "in CSV and JSON, local in the table."));
    const QCommandLineOption since(QStringLiteral("since"),
                                   tr("Only changes on or after DATE (YYYY-MM-DD, local time)."),
                                   tr("DATE"));
    const QCommandLineOption standard(QStringLiteral("standard"),
                                      tr("Only the changes of the standard with this code."),
                                      tr("CODE"));
    const QCommandLineOption letter(QStringLiteral("letter"),
                                    tr("Only the changes of the letter with this reference."),
                                    tr("REFERENCE"));
    const QCommandLineOption format = formatOption(
        tr("Output format: table (default), csv (at,user,kind,subject,action,detail) or json."),
        OutputFormat::Table);
    parser.addOptions({since, standard, letter, format});
    parser.addPositionalArgument(QStringLiteral("WORKBENCH"),
                                 tr("The workbench file or postgresql:// address."),
                                 tr("WORKBENCH"));
    if (const std::optional<int> exitCode = parse(parser, arguments))
        return *exitCode;
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1 || files.constFirst().isEmpty())
        return usageError(tr("Give one workbench."));
    const std::optional<OutputFormat> chosen =
        chosenFormat(parser, format, {OutputFormat::Table, OutputFormat::Csv, OutputFormat::Json});
    if (!chosen)
        return ExitCode::UsageError;
    const std::optional<QDate> sinceDate = optionalDate(parser, since);
    if (!sinceDate)
        return usageError(tr("--since: the date must be written YYYY-MM-DD."));
    if (parser.isSet(standard) && parser.isSet(letter))
        return usageError(tr("Give --standard or --letter, not both."));

    const std::unique_ptr<Workbench> opened = openWorkbench(files.constFirst());
    if (!opened)
        return ExitCode::BadInput;
    ChangeLogRepository::Filter filter;
    if (sinceDate->isValid())
        filter.since = QDateTime(*sinceDate, QTime(0, 0)).toUTC();
    if (parser.isSet(standard)) {
        const std::optional<Standard> found =
            opened->standardRepository().byCode(parser.value(standard));
        if (!found) {
            Console::printError(tr("No standard has the code %1.").arg(parser.value(standard)));
            return ExitCode::BadInput;
        }
        filter.subject = ChangeSubject::Standard;
        filter.subjectId = found->id;
    } else if (parser.isSet(letter)) {
        std::optional<qint64> found;
        for (const ComplaintLetter &l : opened->letters().all()) {
            if (l.reference == parser.value(letter))
                found = l.id;
        }
        if (!found) {
            Console::printError(tr("No letter has the reference %1.").arg(parser.value(letter)));
            return ExitCode::BadInput;
        }
        filter.subject = ChangeSubject::Letter;
        filter.subjectId = *found;
    }
    const QList<ChangeEntry> entries = opened->changeLog().entries(filter);

    if (*chosen == OutputFormat::Json) {
        QJsonArray changes;
        for (const ChangeEntry &e : entries) {
            changes.append(QJsonObject{{QStringLiteral("id"), e.id},
                                       {QStringLiteral("at"), utcText(e.at)},
                                       {QStringLiteral("user"), e.user},
                                       {QStringLiteral("kind"), changeSubjectKey(e.subject)},
                                       {QStringLiteral("subject_id"), e.subjectId},
                                       {QStringLiteral("subject"), e.subjectName},
                                       {QStringLiteral("action"), e.action},
                                       {QStringLiteral("detail"), e.detail}});
        }
        const QByteArray json =
            QJsonDocument(QJsonObject{{QStringLiteral("changes"), changes}}).toJson();
        return Console::writeData(json) ? ExitCode::Success : Console::outputFailed();
    }
    if (*chosen == OutputFormat::Csv) {
        using C = ExportCell;
        ExportTable table{tr("History"),
                          {QStringLiteral("at"), QStringLiteral("user"), QStringLiteral("kind"),
                           QStringLiteral("subject"), QStringLiteral("action"),
                           QStringLiteral("detail")},
                          {}};
        for (const ChangeEntry &e : entries)
            table.rows.append({C::text(utcText(e.at)), C::text(e.user),
                               C::text(changeSubjectKey(e.subject)), C::text(e.subjectName),
                               C::text(e.action), C::text(e.detail)});
        return Console::writeData(table.toCsv()) ? ExitCode::Success : Console::outputFailed();
    }
    if (entries.isEmpty()) {
        return Console::writeText(tr("No changes recorded.") + QLatin1Char('\n'))
                   ? ExitCode::Success
                   : Console::outputFailed();
    }
    TextTable table({{tr("When")}, {tr("Who")}, {tr("What")}, {tr("Action")}, {tr("Detail")}});
    for (const ChangeEntry &e : entries) {
        const QString what = e.subjectName.isEmpty()
                                 ? changeSubjectKey(e.subject)
                                 : tr("%1 %2").arg(changeSubjectKey(e.subject), e.subjectName);
        table.addRow({QLocale::c().toString(e.at.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm")),
                      e.user, what, e.action,
                      QString(e.detail).replace(QLatin1Char('\n'), QLatin1Char(' '))});
    }
    return Console::writeText(table.text()) ? ExitCode::Success : Console::outputFailed();
}

} // namespace Yardstick
