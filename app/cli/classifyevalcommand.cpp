// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "classifyevalcommand.h"

#include "classify/crossvalidation.h"
#include "classify/letterlabeller.h"
#include "console.h"
#include "exitcode.h"
#include "io/texttable.h"
#include "usecases/letterservice.h"
#include "workbench/workbench.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace Yardstick {

namespace {

constexpr int kMaximumFolds = 100;

double rounded(double value)
{
    return std::round(value * 10000.0) / 10000.0;
}

QJsonObject taskToJson(const TaskQuality &task)
{
    QJsonArray labels;
    for (const LabelQuality &q : task.labels) {
        labels.append(QJsonObject{{QStringLiteral("label"), q.label},
                                  {QStringLiteral("precision"), rounded(q.precision)},
                                  {QStringLiteral("recall"), rounded(q.recall)},
                                  {QStringLiteral("f1"), rounded(q.f1)},
                                  {QStringLiteral("support"), q.support},
                                  {QStringLiteral("predicted"), q.predicted}});
    }
    return QJsonObject{{QStringLiteral("labels"), labels},
                       {QStringLiteral("macro_f1"), rounded(task.macroF1)},
                       {QStringLiteral("accuracy"), rounded(task.accuracy)},
                       {QStringLiteral("letters"), task.letters}};
}

QString taskToTable(const QString &heading, const TaskQuality &task)
{
    TextTable table({{heading},
                     {ClassifyEvalCommand::tr("Precision"), true},
                     {ClassifyEvalCommand::tr("Recall"), true},
                     {ClassifyEvalCommand::tr("F1"), true},
                     {ClassifyEvalCommand::tr("Support"), true}});
    auto number = [](double value) {
        return QString::number(value, 'f', 3);
    };
    for (const LabelQuality &q : task.labels)
        table.addRow({q.label, number(q.precision), number(q.recall), number(q.f1),
                      QString::number(q.support)});
    return table.text() + ClassifyEvalCommand::tr("macro-F1 %1\naccuracy %2 (%3 letters)\n")
                              .arg(number(task.macroF1), number(task.accuracy))
                              .arg(task.letters);
}

} // namespace

QString ClassifyEvalCommand::name() const
{
    return QStringLiteral("classify-eval");
}

QString ClassifyEvalCommand::summary() const
{
    return tr("Cross-validate the letter classifier on the workbench's confirmed letters.");
}

int ClassifyEvalCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Runs k-fold cross-validation over the workbench's confirmed letters: they are "
           "shuffled (the same way every time) and dealt into K folds, each (service, dimension) "
           "combination spread evenly; each fold is classified by the lexicon and a model "
           "trained on the other folds only. Prints precision, recall, F1 and support per "
           "service and per primary dimension, with the macro-F1 (the unweighted mean of the "
           "labels' F1) and the accuracy. A label never predicted has precision 0."));
    const QCommandLineOption folds(QStringLiteral("folds"), tr("The number of folds (default 5)."),
                                   tr("K"), QStringLiteral("5"));
    const QCommandLineOption lexiconOnly(
        QStringLiteral("lexicon-only"),
        tr("Classify with the lexicon alone, without the trained model."));
    const QCommandLineOption format =
        formatOption(tr("table (the default) or json; UTF-8."), OutputFormat::Table);
    parser.addOptions({folds, lexiconOnly, format});
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The workbench."),
                                 tr("FILE.yardstick"));
    if (const std::optional<int> exitCode = parse(parser, arguments))
        return *exitCode;
    const std::optional<OutputFormat> chosen =
        chosenFormat(parser, format, {OutputFormat::Table, OutputFormat::Json});
    if (!chosen)
        return ExitCode::UsageError;
    bool ok = false;
    const int k = parser.value(folds).trimmed().toInt(&ok);
    if (!ok || k < 2 || k > kMaximumFolds)
        return usageError(tr("--folds %1: give a whole number from 2 to %2.")
                              .arg(parser.value(folds))
                              .arg(kMaximumFolds));
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1 || positional.constFirst().isEmpty())
        return usageError(tr("Give one workbench."));

    const std::unique_ptr<Workbench> workbench = openWorkbench(positional.constFirst());
    if (!workbench)
        return ExitCode::BadInput;
    const LetterLabeller &labeller = workbench->letterService().labeller();
    const QList<TrainingLetter> letters = labeller.trainingLetters(*workbench);
    const int needed = minimumLettersForCrossValidation(k);
    if (letters.size() < needed) {
        Console::printError(tr("%1 has %2 confirmed letters; cross-validation with %3 folds needs "
                               "at least %4. Confirm the labels of more letters first.")
                                .arg(positional.constFirst())
                                .arg(letters.size())
                                .arg(k)
                                .arg(needed));
        return ExitCode::BadInput;
    }

    CrossValidationOptions options;
    options.folds = k;
    options.useModel = !parser.isSet(lexiconOnly);
    const CrossValidationResult result =
        crossValidate(labeller.classifier().lexicon(), letters, options);

    const QString layers =
        options.useModel ? QStringLiteral("lexicon+model") : QStringLiteral("lexicon");
    bool written = false;
    if (*chosen == OutputFormat::Json) {
        const QJsonObject json{{QStringLiteral("folds"), result.folds},
                               {QStringLiteral("letters"), result.letters},
                               {QStringLiteral("layers"), layers},
                               {QStringLiteral("services"), taskToJson(result.services)},
                               {QStringLiteral("dimensions"), taskToJson(result.dimensions)}};
        written = Console::writeData(QJsonDocument(json).toJson(QJsonDocument::Indented));
    } else {
        const QString text =
            tr("%1-fold cross-validation over %2 confirmed letters (%3)\n\n")
                .arg(result.folds)
                .arg(result.letters)
                .arg(options.useModel ? tr("lexicon and model") : tr("lexicon only")) +
            taskToTable(tr("Service"), result.services) + QLatin1Char('\n') +
            taskToTable(tr("Dimension"), result.dimensions);
        written = Console::writeText(text);
    }
    return written ? ExitCode::Success : Console::outputFailed();
}

} // namespace Yardstick
