// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "classifycommand.h"

#include "classify/letterlabeller.h"
#include "console.h"
#include "exitcode.h"
#include "io/texttable.h"
#include "letters/letterreader.h"
#include "usecases/letterservice.h"
#include "workbench/workbench.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace Yardstick {

namespace {

double rounded(double value)
{
    return std::round(value * 1000.0) / 1000.0;
}

QString sourceKey(LabelSource source)
{
    switch (source) {
    case LabelSource::Lexicon:
        return QStringLiteral("lexicon");
    case LabelSource::Model:
        return QStringLiteral("model");
    case LabelSource::None:
        break;
    }
    return QStringLiteral("none");
}

// One classified letter, as both formats show it.
struct Entry
{
    QString file;
    int maskedCardNumbers = 0;
    QString serviceName;
    Classification classification;
    QStringList terms;        // what drove the labels: lexicon hits, then model tokens
    QStringList negatedTerms; // found, but negated ("not late")
};

QString shownTerm(const QString &text, const TermHit &hit)
{
    return text.mid(hit.start, hit.length).simplified().toLower();
}

Entry entryFor(const QString &file, const ComplaintLetter &letter, const LetterLabeller &labeller,
               Workbench &workbench)
{
    Entry entry;
    entry.file = file;
    entry.maskedCardNumbers = letter.maskedCardNumbers;
    entry.classification = labeller.classify(letter);
    const Classification &c = entry.classification;
    if (!c.serviceCode.isEmpty()) {
        if (const std::optional<Service> service = workbench.services().byCode(c.serviceCode))
            entry.serviceName = service->name;
    }
    const QString text = classifiableText(letter);
    for (const TermHit &hit : c.terms) {
        // Weight 0 marks a stock phrase that says nothing: not a driver.
        if (hit.weight == 0)
            continue;
        QStringList &list = hit.negated ? entry.negatedTerms : entry.terms;
        const QString term = shownTerm(text, hit);
        if (!list.contains(term))
            list.append(term);
    }
    for (const QString &token : c.modelTerms) {
        if (!entry.terms.contains(token))
            entry.terms.append(token);
    }
    return entry;
}

QJsonObject toJson(const Entry &entry)
{
    const Classification &c = entry.classification;
    QJsonArray dimensions;
    for (const LabelScore &score : c.dimensions)
        dimensions.append(QJsonObject{{QStringLiteral("label"), score.key},
                                      {QStringLiteral("confidence"), rounded(score.confidence)}});
    const bool hasService = !c.serviceCode.isEmpty();
    return QJsonObject{
        {QStringLiteral("file"), entry.file},
        {QStringLiteral("language"), c.language},
        {QStringLiteral("service"), hasService ? QJsonValue(c.serviceCode) : QJsonValue()},
        {QStringLiteral("service_name"), hasService ? QJsonValue(entry.serviceName) : QJsonValue()},
        {QStringLiteral("service_confidence"),
         hasService ? QJsonValue(rounded(c.serviceConfidence)) : QJsonValue()},
        {QStringLiteral("service_source"), sourceKey(c.serviceSource)},
        {QStringLiteral("needs_look"), c.needsLook},
        {QStringLiteral("dimensions"), dimensions},
        {QStringLiteral("dimension_source"), sourceKey(c.dimensionSource)},
        {QStringLiteral("severity"), severityKey(c.severity)},
        {QStringLiteral("terms"), QJsonArray::fromStringList(entry.terms)},
        {QStringLiteral("negated_terms"), QJsonArray::fromStringList(entry.negatedTerms)},
        {QStringLiteral("masked_card_numbers"), entry.maskedCardNumbers},
    };
}

QString toTable(const QList<Entry> &entries)
{
    TextTable table({{ClassifyCommand::tr("File")},
                     {ClassifyCommand::tr("Service")},
                     {ClassifyCommand::tr("Conf."), true},
                     {ClassifyCommand::tr("Look")},
                     {ClassifyCommand::tr("Dimensions")},
                     {ClassifyCommand::tr("Severity")},
                     {ClassifyCommand::tr("Terms")}});
    for (const Entry &entry : entries) {
        const Classification &c = entry.classification;
        QStringList dimensions;
        for (const LabelScore &score : c.dimensions)
            dimensions.append(
                QStringLiteral("%1 %2").arg(score.key).arg(score.confidence, 0, 'f', 2));
        table.addRow(
            {entry.file, c.serviceCode.isEmpty() ? QStringLiteral("-") : c.serviceCode,
             c.serviceCode.isEmpty() ? QStringLiteral("-")
                                     : QString::number(c.serviceConfidence, 'f', 2),
             c.needsLook ? ClassifyCommand::tr("needs a look") : QString(),
             dimensions.isEmpty() ? QStringLiteral("-") : dimensions.join(QStringLiteral(", ")),
             severityKey(c.severity),
             TextTable::elide(entry.terms.join(QStringLiteral(", ")), 60)});
    }
    return table.text();
}

} // namespace

QString ClassifyCommand::name() const
{
    return QStringLiteral("classify");
}

QString ClassifyCommand::summary() const
{
    return tr("Label letter files with the workbench's classifier, without storing them.");
}

int ClassifyCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Reads each letter file (.txt, .md, .eml, or .csv with one letter per row; a folder "
           "is read for all of them) and prints the labels the workbench's classifier gives it: "
           "the service with its confidence (marked \"needs a look\" below %1, where the service "
           "is only a guess), the dimensions (most likely first) with theirs, the "
           "severity, and the terms that drove them. The classifier is the workbench's lexicon "
           "and a model trained on its confirmed letters. Nothing is stored. Letters that "
           "cannot be read are reported on stderr as file:line: column: reason, and the exit "
           "code is 1.")
            .arg(kConfidenceFloor));
    const QCommandLineOption format =
        formatOption(tr("table (the default) or json; UTF-8."), OutputFormat::Table);
    const QCommandLineOption encoding(
        QStringLiteral("encoding"),
        tr("Read the letters in this encoding (UTF-8, GB18030, Windows-1252...) instead of "
           "detecting it."),
        tr("E"));
    parser.addOptions({format, encoding});
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The workbench."),
                                 tr("FILE.yardstick"));
    parser.addPositionalArgument(QStringLiteral("LETTER"), tr("The letter files or folders."),
                                 tr("LETTER..."));
    if (const std::optional<int> exitCode = parse(parser, arguments))
        return *exitCode;
    const std::optional<OutputFormat> chosen =
        chosenFormat(parser, format, {OutputFormat::Table, OutputFormat::Json});
    if (!chosen)
        return ExitCode::UsageError;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() < 2)
        return usageError(tr("Give the workbench and at least one letter file."));

    const std::unique_ptr<Workbench> workbench = openWorkbench(positional.constFirst());
    if (!workbench)
        return ExitCode::BadInput;
    const LetterLabeller &labeller = workbench->letterService().labeller();

    QList<Entry> entries;
    bool failed = false;
    for (const QString &argument : positional.mid(1)) {
        QStringList files{argument};
        if (QFileInfo(argument).isDir())
            files = letterFilesIn(argument);
        for (const QString &file : std::as_const(files)) {
            const LetterReadResult read = readLetterFile(file, parser.value(encoding));
            for (const ImportRejection &rejection : read.rejections)
                Console::writeErrorText(formatRejection(rejection) + QLatin1Char('\n'));
            failed = failed || read.fileRejected || !read.rejections.isEmpty();
            const bool csv = file.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive);
            for (const ReadLetter &letter : read.letters) {
                // A CSV row is named by its line, as errors are.
                const QString name =
                    csv ? QStringLiteral("%1:%2").arg(file).arg(letter.line) : file;
                entries.append(entryFor(name, letter.letter, labeller, *workbench));
            }
        }
    }

    bool written = true;
    if (*chosen == OutputFormat::Json) {
        QJsonArray array;
        for (const Entry &entry : std::as_const(entries))
            array.append(toJson(entry));
        written = Console::writeData(QJsonDocument(array).toJson(QJsonDocument::Indented));
    } else if (!entries.isEmpty()) {
        written = Console::writeText(toTable(entries));
    }
    if (!written)
        return Console::outputFailed();
    return failed ? ExitCode::BadInput : ExitCode::Success;
}

} // namespace Yardstick
