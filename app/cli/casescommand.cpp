// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "casescommand.h"

#include "console.h"
#include "exitcode.h"
#include "io/csvwriter.h"
#include "io/texttable.h"
#include "usecases/caseimportservice.h"
#include "workbench/workbench.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Yardstick {

namespace {

QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QString importedAtText(const CaseHistory::Change &change)
{
    return change.importedAt.toUTC().toString(Qt::ISODate);
}

} // namespace

QString CasesCommand::name() const
{
    return QStringLiteral("cases");
}

QString CasesCommand::summary() const
{
    return tr("Show a case's stored values and the history of its changes by re-imports.");
}

int CasesCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("With --history CASE_ID, prints the case's stored values and every change a "
           "re-import made to it (old and new value, the file it came from and when), oldest "
           "first. Case ids repeat across services in some workbenches: all cases with the id "
           "are shown unless --service names one (by code or name). csv lists the changes "
           "(service,case_id,imported_at,file,field,old_value,new_value); json holds both the "
           "stored values and the changes. Exits 1 when no case has the id."));
    const QCommandLineOption history(QStringLiteral("history"),
                                     tr("The case whose history to show."), tr("CASE_ID"));
    const QCommandLineOption service(QStringLiteral("service"),
                                     tr("Only the case in this service (code or name)."), tr("S"));
    const QCommandLineOption format = formatOption(
        tr("The output format: table (the default), csv or json."), OutputFormat::Table);
    parser.addOptions({history, service, format});
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The workbench file."), tr("FILE"));
    if (const std::optional<int> exitCode = parse(parser, arguments))
        return *exitCode;
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1 || files.constFirst().isEmpty())
        return usageError(tr("Give one workbench file."));
    if (!parser.isSet(history) || parser.value(history).trimmed().isEmpty())
        return usageError(tr("Name the case with --history CASE_ID."));
    const std::optional<OutputFormat> chosen =
        chosenFormat(parser, format, {OutputFormat::Table, OutputFormat::Csv, OutputFormat::Json});
    if (!chosen)
        return ExitCode::UsageError;

    const std::unique_ptr<Workbench> opened = openWorkbench(files.constFirst());
    if (!opened)
        return ExitCode::BadInput;
    std::optional<qint64> serviceId;
    if (parser.isSet(service)) {
        const QString wanted = parser.value(service).trimmed();
        for (const Service &s : opened->services().all()) {
            if (s.code.compare(wanted, Qt::CaseInsensitive) == 0 ||
                s.name.compare(wanted, Qt::CaseInsensitive) == 0)
                serviceId = s.id;
        }
        if (!serviceId) {
            Console::printError(tr("The workbench has no service \"%1\".").arg(wanted));
            return ExitCode::BadInput;
        }
    }
    const QString caseId = parser.value(history).trimmed();
    const QList<CaseHistory> histories = opened->caseImports().caseHistory(caseId, serviceId);
    if (histories.isEmpty()) {
        Console::printError(serviceId ? tr("The workbench has no case \"%1\" in service \"%2\".")
                                            .arg(caseId, parser.value(service).trimmed())
                                      : tr("The workbench has no case \"%1\".").arg(caseId));
        return ExitCode::BadInput;
    }
    bool written = false;
    switch (*chosen) {
    case OutputFormat::Table:
        written = Console::writeText(asTable(histories));
        break;
    case OutputFormat::Csv:
        written = Console::writeData(asCsv(histories));
        break;
    case OutputFormat::Json:
    case OutputFormat::Xlsx: // not offered here
        written = Console::writeData(asJson(histories));
        break;
    }
    return written ? ExitCode::Success : Console::outputFailed();
}

QString CasesCommand::asTable(const QList<CaseHistory> &histories)
{
    QString text;
    for (const CaseHistory &h : histories) {
        if (!text.isEmpty())
            text += QLatin1Char('\n');
        text += tr("Case %1 in %2\n").arg(h.record.caseId, h.service);
        const QString none = tr("(none)");
        TextTable values({{tr("Field")}, {tr("Stored value")}});
        values.addRow({QStringLiteral("received"), h.receivedText()});
        values.addRow(
            {QStringLiteral("completed"), h.record.completedAt ? h.completedText() : tr("(open)")});
        values.addRow({QStringLiteral("right_first_time"), h.rightFirstTimeText().isEmpty()
                                                               ? tr("(unknown)")
                                                               : h.rightFirstTimeText()});
        values.addRow({QStringLiteral("department"), h.department.isEmpty() ? none : h.department});
        values.addRow({QStringLiteral("key_customer"), h.keyCustomerText()});
        text += values.text();
        if (h.changes.isEmpty()) {
            text += tr("No changes since it was first imported.\n");
            continue;
        }
        text += QLatin1Char('\n');
        TextTable changes(
            {{tr("Imported at")}, {tr("File")}, {tr("Field")}, {tr("Old")}, {tr("New")}});
        for (const CaseHistory::Change &c : h.changes) {
            changes.addRow({importedAtText(c), c.importFile, c.field,
                            c.oldValue.isEmpty() ? none : c.oldValue,
                            c.newValue.isEmpty() ? none : c.newValue});
        }
        text += changes.text();
    }
    return text;
}

QByteArray CasesCommand::asCsv(const QList<CaseHistory> &histories)
{
    CsvWriter csv;
    csv.writeRecord({QStringLiteral("service"), QStringLiteral("case_id"),
                     QStringLiteral("imported_at"), QStringLiteral("file"), QStringLiteral("field"),
                     QStringLiteral("old_value"), QStringLiteral("new_value")});
    for (const CaseHistory &h : histories) {
        for (const CaseHistory::Change &c : h.changes) {
            csv.writeRecord({h.service, h.record.caseId, importedAtText(c), c.importFile, c.field,
                             c.oldValue, c.newValue});
        }
    }
    return csv.data();
}

QByteArray CasesCommand::asJson(const QList<CaseHistory> &histories)
{
    QJsonArray cases;
    for (const CaseHistory &h : histories) {
        QJsonArray changes;
        for (const CaseHistory::Change &c : h.changes) {
            changes.append(QJsonObject{{QStringLiteral("imported_at"), importedAtText(c)},
                                       {QStringLiteral("file"), c.importFile},
                                       {QStringLiteral("field"), c.field},
                                       {QStringLiteral("old_value"), textOrNull(c.oldValue)},
                                       {QStringLiteral("new_value"), textOrNull(c.newValue)}});
        }
        cases.append(QJsonObject{
            {QStringLiteral("service"), h.service},
            {QStringLiteral("case_id"), h.record.caseId},
            {QStringLiteral("received"), h.receivedText()},
            {QStringLiteral("completed"), textOrNull(h.completedText())},
            {QStringLiteral("right_first_time"), textOrNull(h.rightFirstTimeText())},
            {QStringLiteral("department"), textOrNull(h.department)},
            {QStringLiteral("key_customer"), h.record.keyCustomer},
            {QStringLiteral("history"), changes},
        });
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("cases"), cases}})
        .toJson(QJsonDocument::Indented);
}

} // namespace Yardstick
