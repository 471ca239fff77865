// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "importcommand.h"

#include "console.h"
#include "exitcode.h"
#include "import/exportpresets.h"
#include "import/valueparsers.h"
#include "letters/textdecoding.h"
#include "usecases/auditservice.h"
#include "usecases/caseimportservice.h"
#include "usecases/letterservice.h"
#include "usecases/surveyservice.h"
#include "workbench/workbench.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>

namespace Yardstick {

namespace {

// The kinds typed on the command line: part of the tool's contract.
constexpr QLatin1String kCases("cases");
constexpr QLatin1String kMeasurements("measurements");
constexpr QLatin1String kStandards("standards");
constexpr QLatin1String kLetters("letters");
constexpr QLatin1String kAudits("audits");
constexpr QLatin1String kSurvey("survey");

// Progress on stderr in steps of 10%, so a long import shows it is alive
// without flooding a log.
ImportOptions::Progress progressPrinter(const QString &file)
{
    auto lastStep = std::make_shared<int>(-1);
    return [file, lastStep](qint64 done, qint64 total) {
        const int step = total > 0 ? int(done * 10 / total) : 0;
        if (step != *lastStep && step < 10) {
            *lastStep = step;
            Console::writeErrorText(ImportCommand::tr("%1: %2% read\n").arg(file).arg(step * 10));
        }
        return true;
    };
}

// The latest-row column and the case identity of a remembered mapping or a
// recognised export; --latest-by and --ids, when given, are applied after
// and win.
void useProposal(CaseImportSettings &settings, const CaseImportSettings &proposal)
{
    settings.latestBy = proposal.latestBy;
    settings.caseIds = proposal.caseIds;
}

} // namespace

QString ImportCommand::name() const
{
    return QStringLiteral("import");
}

QString ImportCommand::summary() const
{
    return tr("Import case records, measurements or the standards catalogue from CSV or Excel, or "
              "complaint letters.");
}

int ImportCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Imports a CSV file or an Excel workbook (.xlsx: the first sheet, or --sheet) into a "
           "workbench as one transaction: either every row goes in or, "
           "if any row is rejected, none does (unless --skip-bad). Rejected rows are printed on "
           "stderr as file:line: column: reason, the header being line 1. Rows already in the "
           "workbench are skipped as duplicates; for cases, a case already there with other "
           "values (next week's export of a case that was open) is updated and the change kept "
           "in its history (see cases --history), unless --strict. Exits 1 when any row was "
           "rejected.\n\n"
           "cases: columns service,case_id,received,completed,right_first_time,department,"
           "key_customer (service and department by code or name; yes/no, true/false, 1/0, Y/N). "
           "A file without a completed column is refused unless --map completed=none says it "
           "holds open cases only. Other headers can be mapped with --map; without --map, the "
           "mapping remembered in the "
           "workbench by File > Import > Case Records is used when the file has the columns it "
           "names; without either, the export of a service-desk system Yardstick recognises "
           "(ServiceNow, Zendesk, Jira Service Management, Salesforce Service Cloud, Freshdesk, "
           "a regulator's complaint register) is read as proposed for it, and the line on stderr "
           "says how. "
           "Dates may be ISO 8601, d/m/yyyy, m/d/yyyy, yyyy/m/d, d-Mon-yyyy or d Mon yyyy, each "
           "with an optional time h:mm[:ss] [AM/PM]; which of day or month comes first is decided "
           "over the whole file (day-first, with a note, when no day is above 12) unless "
           "--date-format says. Empty cells and ?, NULL, null, N/A, n/a, NA, - and -- mean no "
           "value (--missing adds more).\n"
           "measurements: columns standard,period_start,period_end,value,sample_size.\n"
           "standards: columns code,title,service,dimension,metric,statistic,direction,target,"
           "threshold,unit,department,basis,rationale,effective_from.\n"
           "letters: one or more .txt, .md or .eml files, folders of them, or CSV files and Excel "
           "workbooks with columns id,received,channel,customer_ref,key_customer,subject,text "
           "(only received and text needed; other names with --map; a regulator's complaint "
           "export such as Complaint ID, Date received, Submitted via, Consumer complaint "
           "narrative is read as it is). Every other column is kept with the letter as an "
           "attribute. Channels are read generously (Web, Postal mail, Fax, branch, chat...; an "
           "unknown word is recorded as other, with a note). Card numbers are masked before "
           "anything is stored, and each new letter gets suggested labels, or the labels of "
           "--label-service and --label-dimension. A letter with an id is a duplicate of a "
           "letter with the same id and text (the same id with another text is rejected); one "
           "without an id of any letter with its text.\n"
           "audits: with --template NAME, columns audit,department,audited_on,auditor,subject,"
           "item,rating, one row per rating; rows with the same audit id make one audit "
           "(department by code or name, item by its code in the checklist, an empty rating "
           "leaves the item unrated).\n"
           "survey: with --wave NAME, survey answers in the long layout (respondent,item,"
           "dimension,expectation,perception[,importance][,customer_ref], one row per answer) or "
           "the wide one (respondent[,customer_ref],E_<item>,P_<item>[,I_<item>], one row per "
           "respondent); values on the survey's scale, an empty cell a missing answer. A wave no "
           "survey has goes to the survey --survey names (created if needed), else to the only "
           "survey, else to a new survey named after the file; with several surveys --survey "
           "must say which. A wide item the survey lacks is added when its code begins with a "
           "dimension (E_tangibles_1). The measurements of survey-fed standards are recomputed "
           "afterwards."));
    const QCommandLineOption map(
        QStringLiteral("map"),
        tr("For cases and letters: read FIELD from the column named COLUMN (repeatable). Cases: "
           "service, case_id, received, completed, right_first_time, department, key_customer. "
           "Letters: id, received, channel, customer_ref, key_customer, subject, text."),
        tr("FIELD=COLUMN"));
    const QCommandLineOption setValue(
        QStringLiteral("set"),
        tr("For cases and letters: give every row this VALUE for FIELD, whatever the file "
           "holds; the field needs no column (repeatable). Cases: service, department, "
           "right_first_time, key_customer. Letters: channel, customer_ref, key_customer, "
           "subject. The value is checked as one read from the file."),
        tr("FIELD=VALUE"));
    const QCommandLineOption createMissing(
        QStringLiteral("create-missing"),
        tr("For cases: create the services and departments the file names that the workbench "
           "lacks (codes made from their names), instead of rejecting their rows."));
    const QCommandLineOption dateFormat(
        QStringLiteral("date-format"),
        tr("How dates are written: auto (the default, decided over the whole file), iso, "
           "dd/mm/yyyy or mm/dd/yyyy; for cases also a pattern in Qt's notation, such as "
           "\"d/M/yyyy H:mm\" (which may read two-digit years: \"d/M/yy\")."),
        tr("FMT"), QStringLiteral("auto"));
    const QCommandLineOption missing(
        QStringLiteral("missing"),
        tr("For cases: read TOKEN as \"no value\" too (repeatable). An empty cell, ?, NULL, "
           "null, N/A, n/a, NA, - and -- always are; a missing completed date is an open case."),
        tr("TOKEN"));
    const QCommandLineOption skipBad(
        QStringLiteral("skip-bad"), tr("Import the good rows and skip (and report) the bad ones."));
    const QCommandLineOption encoding(
        QStringLiteral("encoding"),
        tr("For letters: read the files in this encoding (UTF-8, GB18030, Windows-1252, ...) "
           "instead of detecting it; an e-mail part that names its charset keeps it."),
        tr("E"));
    const QCommandLineOption auditTemplate(QStringLiteral("template"),
                                           tr("For audits: the checklist the audits fill in."),
                                           tr("NAME"));
    parser.addOptions({map, dateFormat, skipBad, encoding});
    parser.addOption(missing);
    parser.addOption(auditTemplate);
    parser.addOption(setValue);
    parser.addOption(createMissing);
    const QCommandLineOption latestBy(
        QStringLiteral("latest-by"),
        tr("For cases with several rows per case (an event log, one row per update): keep, for "
           "each case, the row with the greatest value in COLUMN (a number such as an update "
           "counter, or a date-time such as an updated-at stamp; the later row on a tie), or "
           "with \"row\" the last row in the file. Without it, a case repeated with other "
           "values is an error."),
        tr("COLUMN|row"));
    const QCommandLineOption ids(
        QStringLiteral("ids"),
        tr("For cases: per-service (the default: a case is its id within its service) or global "
           "(a case is its id alone, as in systems with unique ids such as ServiceNow; a case "
           "whose service changed moves, with history)."),
        tr("per-service|global"));
    const QCommandLineOption strict(
        QStringLiteral("strict"),
        tr("For cases: refuse a case already in the workbench with other values as a conflict, "
           "instead of updating it (and keeping the change in its history)."));
    parser.addOptions({latestBy, ids, strict});
    const QCommandLineOption surveyWave(
        QStringLiteral("wave"), tr("For survey: the wave the answers belong to."), tr("NAME"));
    const QCommandLineOption surveyName(
        QStringLiteral("survey"),
        tr("For survey: the survey to add the wave to when no survey has it yet (created if "
           "needed; without it the only survey, or one named after the file)."),
        tr("NAME"));
    parser.addOption(surveyWave);
    parser.addOption(surveyName);
    const QCommandLineOption sheet(
        QStringLiteral("sheet"),
        tr("For an Excel workbook (.xlsx): the sheet to read (the first when not given)."),
        tr("NAME"));
    parser.addOption(sheet);
    const QCommandLineOption labelService(
        QStringLiteral("label-service"),
        tr("For letters: the column holding the service another team or system already "
           "assigned (by code or name); read as given, and the model learns from it."),
        tr("COLUMN"));
    const QCommandLineOption labelDimension(
        QStringLiteral("label-dimension"),
        tr("For letters: the column holding the dimension already assigned (by key or name); "
           "read as confirmed."),
        tr("COLUMN"));
    parser.addOptions({labelService, labelDimension});
    parser.addPositionalArgument(
        QStringLiteral("KIND"),
        tr("What the file holds: cases, measurements, standards, letters, audits or survey."),
        tr("cases|measurements|standards|letters|audits|survey"));
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The workbench to import into."));
    parser.addPositionalArgument(
        QStringLiteral("DATA"),
        tr("The CSV file or Excel workbook (.xlsx) to read; for letters, one or more files or "
           "folders."),
        tr("DATA..."));
    if (const std::optional<int> exitCode = parse(parser, arguments))
        return *exitCode;

    const QStringList positional = parser.positionalArguments();
    const QString kind = positional.value(0);
    if (positional.size() < 3 || (positional.size() > 3 && kind != kLetters))
        return usageError(tr("Give what to import, the workbench and the CSV file, e.g. "
                             "import cases work.yardstick cases.csv."));
    if (kind == kSurvey) {
        if (!parser.isSet(surveyWave))
            return usageError(tr("Name the wave the answers belong to with --wave NAME."));
        if (parser.isSet(map) || parser.isSet(dateFormat) || parser.isSet(encoding))
            return usageError(tr("--map, --date-format and --encoding do not apply to survey."));
        return importSurveyFile(positional.at(1), positional.at(2), parser.value(surveyWave),
                                parser.value(surveyName), parser.isSet(skipBad),
                                parser.value(sheet));
    }
    if (parser.isSet(surveyWave) || parser.isSet(surveyName))
        return usageError(tr("--wave and --survey apply to survey only."));
    if (kind != kCases && kind != kLetters && parser.isSet(setValue))
        return usageError(tr("--set applies to case records and letters only."));
    if (kind != kCases && (parser.isSet(createMissing) || parser.isSet(latestBy) ||
                           parser.isSet(ids) || parser.isSet(strict)))
        return usageError(tr("--create-missing, --latest-by, --ids and --strict apply to "
                             "case records only."));
    if (kind != kLetters && (parser.isSet(labelService) || parser.isSet(labelDimension)))
        return usageError(tr("--label-service and --label-dimension apply to letters only."));
    std::optional<CaseIdentity> caseIds = CaseIdentity::PerService;
    if (parser.isSet(ids) && !(caseIds = caseIdentityFromKey(parser.value(ids).trimmed())))
        return usageError(tr("--ids %1: use per-service or global.").arg(parser.value(ids)));
    if (parser.isSet(latestBy) && parser.value(latestBy).trimmed().isEmpty())
        return usageError(tr("--latest-by needs a column name, or row."));
    if (kind != kCases && kind != kMeasurements && kind != kStandards && kind != kLetters &&
        kind != kAudits)
        return usageError(tr("\"%1\" is not something to import; use cases, measurements, "
                             "standards, letters, audits or survey.")
                              .arg(kind));
    if (kind == kLetters) {
        if (parser.isSet(dateFormat))
            return usageError(tr("--date-format does not apply to letters."));
        if (parser.isSet(encoding) && !isKnownEncoding(parser.value(encoding)))
            return usageError(tr("The encoding \"%1\" is not known; use for example UTF-8, "
                                 "GB18030 or Windows-1252.")
                                  .arg(parser.value(encoding)));
        LetterColumns columns;
        columns.sheet = parser.value(sheet);
        columns.labelServiceColumn = parser.value(labelService).trimmed();
        columns.labelDimensionColumn = parser.value(labelDimension).trimmed();
        for (const QString &entry : parser.values(map)) {
            const qsizetype equals = entry.indexOf(QLatin1Char('='));
            const std::optional<LetterField> field =
                equals > 0 ? letterFieldFromKey(entry.left(equals)) : std::nullopt;
            if (!field || entry.mid(equals + 1).trimmed().isEmpty())
                return usageError(tr("--map %1: write FIELD=COLUMN with FIELD one of %2.")
                                      .arg(entry, letterFieldKeys().join(QStringLiteral(", "))));
            columns.columns.insert(*field, entry.mid(equals + 1).trimmed());
        }
        for (const QString &entry : parser.values(setValue)) {
            const qsizetype equals = entry.indexOf(QLatin1Char('='));
            const std::optional<LetterField> field =
                equals > 0 ? letterFieldFromKey(entry.left(equals)) : std::nullopt;
            if (!field || !canSetLetterField(*field) || entry.mid(equals + 1).trimmed().isEmpty())
                return usageError(tr("--set %1: write FIELD=VALUE with FIELD one of channel, "
                                     "customer_ref, key_customer, subject.")
                                      .arg(entry));
            if (*field == LetterField::KeyCustomer &&
                !parseBoolean(entry.mid(equals + 1).trimmed()))
                return usageError(
                    tr("--set %1: key_customer is yes/no, true/false, 1/0 or Y/N.").arg(entry));
            columns.setValues.insert(*field, entry.mid(equals + 1).trimmed());
        }
        return importLetterFiles(positional.at(1), positional.mid(2), parser.value(encoding),
                                 parser.isSet(skipBad), columns);
    }
    if (parser.isSet(encoding))
        return usageError(tr("--encoding applies to letters only."));
    if ((kind == kAudits) != parser.isSet(auditTemplate))
        return usageError(kind == kAudits
                              ? tr("Name the checklist the audits fill in with --template NAME.")
                              : tr("--template applies to audits only."));
    CaseImportSettings settings;
    std::optional<DateFormat> format = dateFormatFromKey(parser.value(dateFormat));
    if (format == DateFormat::Pattern)
        format = std::nullopt; // the key alone names no pattern
    if (!format && kind == kCases && settings.setDateFormatText(parser.value(dateFormat)))
        format = DateFormat::Pattern;
    if (!format)
        return usageError(tr("The date format \"%1\" is not known; use auto, iso, dd/mm/yyyy or "
                             "mm/dd/yyyy.")
                              .arg(parser.value(dateFormat)) +
                          (kind == kCases ? tr(" A pattern needs a day, a month and a year, as in "
                                               "d/M/yyyy H:mm.")
                                          : QString()));
    if (kind == kStandards && parser.isSet(dateFormat))
        return usageError(
            tr("Standards files always use ISO dates; --date-format does not apply."));
    settings.dateFormat = *format;
    if (parser.isSet(missing) && kind != kCases)
        return usageError(tr("--missing applies to case records only."));
    settings.missingTokens = parser.values(missing);
    for (const QString &entry : parser.values(map)) {
        if (kind != kCases)
            return usageError(tr("--map applies to case records only."));
        const qsizetype equals = entry.indexOf(QLatin1Char('='));
        const std::optional<CaseField> field =
            equals > 0 ? caseFieldFromKey(entry.left(equals).trimmed()) : std::nullopt;
        if (!field || entry.mid(equals + 1).trimmed().isEmpty())
            return usageError(tr("--map %1: write FIELD=COLUMN with FIELD one of service, "
                                 "case_id, received, completed, right_first_time, department, "
                                 "key_customer.")
                                  .arg(entry));
        settings.columns.insert(*field, entry.mid(equals + 1).trimmed());
    }

    for (const QString &entry : parser.values(setValue)) {
        const qsizetype equals = entry.indexOf(QLatin1Char('='));
        const std::optional<CaseField> field =
            equals > 0 ? caseFieldFromKey(entry.left(equals).trimmed()) : std::nullopt;
        if (!field || !canSetCaseField(*field) || entry.mid(equals + 1).trimmed().isEmpty())
            return usageError(tr("--set %1: write FIELD=VALUE with FIELD one of service, "
                                 "department, right_first_time, key_customer.")
                                  .arg(entry));
        settings.setValues.insert(*field, entry.mid(equals + 1).trimmed());
    }
    const std::unique_ptr<Workbench> opened = openWorkbench(positional.at(1));
    if (!opened)
        return ExitCode::BadInput;
    Workbench &workbench = *opened;
    ImportOptions options;
    options.skipBadRows = parser.isSet(skipBad);
    options.createMissing = parser.isSet(createMissing);
    options.strict = parser.isSet(strict);
    const QString data = positional.at(2);
    options.progress = progressPrinter(QFileInfo(data).fileName());
    options.sheet = parser.value(sheet);
    CaseImportService &imports = workbench.caseImports();
    if (kind == kCases) {
        // Without --map, the mapping the import wizard remembered in this
        // workbench is used when the file has every column it names; a
        // --date-format given here still wins over the remembered one.
        if (!parser.isSet(map)) {
            if (const std::optional<CaseImportSettings> remembered =
                    imports.rememberedMappingForFile(data, options.sheet)) {
                settings.columns = remembered->columns;
                if (!parser.isSet(dateFormat)) {
                    settings.dateFormat = remembered->dateFormat;
                    settings.datePattern = remembered->datePattern;
                }
                if (!parser.isSet(missing))
                    settings.missingTokens = remembered->missingTokens;
                if (!parser.isSet(setValue))
                    settings.setValues = remembered->setValues;
                settings.valueMaps = remembered->valueMaps;
                useProposal(settings, *remembered);
                Console::writeErrorText(
                    tr("Reading the columns as the mapping remembered in this workbench says.\n"));
            } else if (const std::optional<RecognisedExport> recognised =
                           imports.recognisedExportForFile(data)) {
                // A known system's export: its proposal, as the wizard would
                // show it; --date-format still wins over a proposed pattern.
                settings.columns = recognised->settings.columns;
                if (!parser.isSet(dateFormat) &&
                    recognised->settings.dateFormat == DateFormat::Pattern)
                    settings.setDateFormatText(recognised->settings.datePattern);
                useProposal(settings, recognised->settings);
                Console::writeErrorText(describeRecognisedExport(recognised->name, settings) +
                                        u'\n');
            }
        }
        if (parser.isSet(latestBy))
            settings.latestBy = parser.value(latestBy).trimmed();
        if (parser.isSet(ids))
            settings.caseIds = *caseIds;
        return report(imports.importCases(data, settings, options));
    }
    if (kind == kMeasurements)
        return report(imports.importMeasurements(data, options, *format));
    if (kind == kAudits) {
        const std::optional<AuditTemplate> checklist =
            workbench.auditService().checklistByName(parser.value(auditTemplate));
        if (!checklist) {
            Console::printError(tr("The workbench has no audit checklist called \"%1\".")
                                    .arg(parser.value(auditTemplate)));
            return ExitCode::BadInput;
        }
        return report(workbench.auditService().importAudits(data, checklist->id, options, *format));
    }
    return report(imports.importStandards(data, options));
}

int ImportCommand::importLetterFiles(const QString &workbenchPath, const QStringList &paths,
                                     const QString &encoding, bool skipBadRows,
                                     const LetterColumns &columns)
{
    const std::unique_ptr<Workbench> opened = openWorkbench(workbenchPath);
    if (!opened)
        return ExitCode::BadInput;
    ImportOptions options;
    options.skipBadRows = skipBadRows;
    options.progress = progressPrinter(
        paths.size() == 1 ? QFileInfo(QDir::cleanPath(paths.constFirst())).fileName()
                          : tr("%n files", nullptr, int(paths.size())));
    // The service suggests labels and recomputes the complaint-handling
    // measurements with the letters, as File › Import › Letters does.
    return report(opened->letterService().importLetters(paths, encoding, options, columns));
}

int ImportCommand::importSurveyFile(const QString &workbenchPath, const QString &data,
                                    const QString &wave, const QString &survey, bool skipBadRows,
                                    const QString &sheet) const
{
    const std::unique_ptr<Workbench> opened = openWorkbench(workbenchPath);
    if (!opened)
        return ExitCode::BadInput;
    if (survey.trimmed().isEmpty()) {
        // Which survey a new wave belongs to is the caller's to say, so it is
        // a question about the command line, not about the file.
        if (const QStringList names = opened->surveyService().surveysToChooseFrom(wave);
            !names.isEmpty()) {
            QStringList quoted;
            for (const QString &name : names)
                quoted.append(QLatin1Char('"') + name + QLatin1Char('"'));
            return usageError(tr("No survey has the wave \"%1\" and the workbench has %2 "
                                 "surveys: %3. Name the one to add it to with --survey.")
                                  .arg(wave.trimmed(), QString::number(names.size()),
                                       quoted.join(QStringLiteral(", "))));
        }
    }
    SurveyImportOptions options;
    options.wave = wave;
    options.survey = survey;
    options.skipBadRows = skipBadRows;
    options.sheet = sheet;
    options.progress = progressPrinter(QFileInfo(data).fileName());
    // One action: the survey and wave if new, the answers and the measurements
    // of the standards this survey feeds.
    const ImportSummary summary = opened->surveyService().importAnswers(data, options);
    return report(summary);
}

int ImportCommand::report(const ImportSummary &summary)
{
    QString errors;
    for (const ImportRejection &rejection : summary.rejections)
        errors += formatRejection(rejection) + QLatin1Char('\n');
    Console::writeErrorText(errors);
    QString text;
    for (const QString &note : summary.notes)
        text += note + QLatin1Char('\n');
    text += summary.summaryLine() + QLatin1Char('\n');
    if (!Console::writeText(text))
        return Console::outputFailed();
    return summary.rejections.isEmpty() && summary.committed ? ExitCode::Success
                                                             : ExitCode::BadInput;
}

} // namespace Yardstick
