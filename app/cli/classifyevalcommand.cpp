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
#include <optional>

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

QJsonObject floorToJson(const FloorQuality &floor)
{
    auto share = [](int part, int whole) {
        return whole == 0 ? QJsonValue() : QJsonValue(rounded(double(part) / double(whole)));
    };
    return QJsonObject{
        {QStringLiteral("confidence_floor"), kConfidenceFloor},
        {QStringLiteral("confident"), floor.confident},
        {QStringLiteral("confident_accuracy"), share(floor.confidentCorrect, floor.confident)},
        {QStringLiteral("needs_look"), floor.needsLook},
        {QStringLiteral("needs_look_accuracy"), share(floor.needsLookCorrect, floor.needsLook)}};
}

QString floorToText(const FloorQuality &floor)
{
    auto percent = [](int part, int whole) {
        return whole == 0 ? QStringLiteral("-")
                          : QString::number(100.0 * part / whole, 'f', 1) + QLatin1Char('%');
    };
    return ClassifyEvalCommand::tr(
               "Confidence floor %1: %2 letters above it, their service right %3; %4 marked "
               "\"needs a look\", their best guess right %5\n")
        .arg(kConfidenceFloor)
        .arg(floor.confident)
        .arg(percent(floor.confidentCorrect, floor.confident))
        .arg(floor.needsLook)
        .arg(percent(floor.needsLookCorrect, floor.needsLook));
}

QJsonObject curveToJson(const LearningCurve &curve)
{
    QJsonArray points;
    for (const LearningPoint &point : curve.points) {
        auto task = [](const TaskQuality &q) {
            return QJsonObject{{QStringLiteral("accuracy"), rounded(q.accuracy)},
                               {QStringLiteral("macro_f1"), rounded(q.macroF1)}};
        };
        points.append(QJsonObject{{QStringLiteral("letters"), point.letters},
                                  {QStringLiteral("services"), task(point.services)},
                                  {QStringLiteral("dimensions"), task(point.dimensions)}});
    }
    return QJsonObject{{QStringLiteral("largest_training_set"), curve.largestTrainingSet},
                       {QStringLiteral("points"), points}};
}

QString curveToTable(const LearningCurve &curve, const QList<int> &sizes)
{
    TextTable table({{ClassifyEvalCommand::tr("Letters"), true},
                     {ClassifyEvalCommand::tr("Service accuracy"), true},
                     {ClassifyEvalCommand::tr("Service macro-F1"), true},
                     {ClassifyEvalCommand::tr("Dimension accuracy"), true},
                     {ClassifyEvalCommand::tr("Dimension macro-F1"), true}});
    auto number = [](double value) {
        return QString::number(value, 'f', 3);
    };
    for (const LearningPoint &p : curve.points)
        table.addRow({QString::number(p.letters), number(p.services.accuracy),
                      number(p.services.macroF1), number(p.dimensions.accuracy),
                      number(p.dimensions.macroF1)});
    QString text = ClassifyEvalCommand::tr("Learning curve (trained on the first N letters of "
                                           "the other folds, in the seeded shuffle's order)\n") +
                   table.text();
    QStringList missing;
    for (const int size : sizes) {
        if (size > curve.largestTrainingSet)
            missing.append(QString::number(size));
    }
    if (!missing.isEmpty())
        text += ClassifyEvalCommand::tr("Not enough letters for %1: each fold trains on at most "
                                        "%2.\n")
                    .arg(missing.join(QStringLiteral(", ")))
                    .arg(curve.largestTrainingSet);
    return text;
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
    const QCommandLineOption curve(
        QStringLiteral("curve"),
        tr("Add a learning curve: accuracy and macro-F1 of service and primary dimension after "
           "25, 50, 100 and 200 confirmed letters. For each fold the classifier is trained on "
           "the first N letters of the other folds, taken in the seeded shuffle's order (so "
           "the smaller sets lie inside the larger), and classifies the fold; sizes above "
           "what each fold can train on are left out."));
    const QCommandLineOption model(
        QStringLiteral("model"),
        tr("The model to evaluate: linear (the default; softmax regression) or naive-bayes "
           "(the model before it, to compare)."),
        tr("M"), QStringLiteral("linear"));
    parser.addOptions({folds, lexiconOnly, curve, model, format});
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
    const QString modelName = parser.value(model).trimmed().toLower();
    if (modelName != QLatin1String("linear") && modelName != QLatin1String("naive-bayes"))
        return usageError(tr("--model %1: give linear or naive-bayes.").arg(parser.value(model)));
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
    options.classifier.model =
        modelName == QLatin1String("naive-bayes") ? ModelKind::NaiveBayes : ModelKind::Linear;
    const Lexicon &lexicon = labeller.classifier().lexicon();
    const CrossValidationResult result = crossValidate(lexicon, letters, options);
    const QList<int> sizes = defaultLearningCurveSizes();
    std::optional<LearningCurve> learning;
    if (parser.isSet(curve))
        learning = learningCurve(lexicon, letters, sizes, options);

    const QString layers =
        options.useModel ? QStringLiteral("lexicon+model") : QStringLiteral("lexicon");
    bool written = false;
    if (*chosen == OutputFormat::Json) {
        QJsonObject json{{QStringLiteral("folds"), result.folds},
                         {QStringLiteral("letters"), result.letters},
                         {QStringLiteral("layers"), layers},
                         {QStringLiteral("model"), modelName},
                         {QStringLiteral("services"), taskToJson(result.services)},
                         {QStringLiteral("dimensions"), taskToJson(result.dimensions)},
                         {QStringLiteral("floor"), floorToJson(result.floor)}};
        if (learning)
            json.insert(QStringLiteral("learning_curve"), curveToJson(*learning));
        written = Console::writeData(QJsonDocument(json).toJson(QJsonDocument::Indented));
    } else {
        const QString layersText = !options.useModel ? tr("lexicon only")
                                   : options.classifier.model == ModelKind::NaiveBayes
                                       ? tr("lexicon and naive Bayes")
                                       : tr("lexicon and linear model");
        QString text = tr("%1-fold cross-validation over %2 confirmed letters (%3)\n\n")
                           .arg(result.folds)
                           .arg(result.letters)
                           .arg(layersText) +
                       taskToTable(tr("Service"), result.services) + QLatin1Char('\n') +
                       taskToTable(tr("Dimension"), result.dimensions) + QLatin1Char('\n') +
                       floorToText(result.floor);
        if (learning)
            text += QLatin1Char('\n') + curveToTable(*learning, sizes);
        written = Console::writeText(text);
    }
    return written ? ExitCode::Success : Console::outputFailed();
}

} // namespace Yardstick
