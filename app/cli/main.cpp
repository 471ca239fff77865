// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later

// yardstick-cli: the headless tool. It calls the same core functions as the
// GUI, so what it prints is what the GUI shows and exports.
#include "auditscommand.h"
#include "casescommand.h"
#include "chartcommand.h"
#include "classifycommand.h"
#include "classifyevalcommand.h"
#include "commanddispatcher.h"
#include "copycommand.h"
#include "historycommand.h"
#include "holidayscommand.h"
#include "i18n/translators.h"
#include "importcommand.h"
#include "initcommand.h"
#include "letterscommand.h"
#include "reportcommand.h"
#include "scorecardcommand.h"
#include "servqualcommand.h"
#include "spccommand.h"
#include "standardscommand.h"
#include "teamcommand.h"

#include <QApplication>
#include <QCoreApplication>

#include <cstring>
#include <memory>

namespace {

// Drawing a chart needs a GUI application (QCustomPlot is a widget and text
// needs fonts); every other command runs without one. The tool never needs
// a display: it draws offscreen unless told otherwise.
bool drawsCharts(int argc, char *argv[])
{
    return argc > 1 && (std::strcmp(argv[1], "chart") == 0 || std::strcmp(argv[1], "report") == 0);
}

// Takes "--lang CODE" or "--lang=CODE" out of the arguments, wherever it
// stands (before or after the command), and returns CODE; empty when absent,
// so the system's locale decides. Taken out here because every command
// speaks the language, not one.
QString takeLanguage(QStringList &arguments)
{
    QString code;
    const QString option = QStringLiteral("--lang");
    for (qsizetype i = 1; i < arguments.size();) {
        if (arguments.at(i) == option && i + 1 < arguments.size()) {
            code = arguments.at(i + 1);
            arguments.remove(i, 2);
        } else if (arguments.at(i).startsWith(option + QLatin1Char('='))) {
            code = arguments.at(i).mid(option.size() + 1);
            arguments.remove(i);
        } else {
            ++i;
        }
    }
    return code;
}

} // namespace

int main(int argc, char *argv[])
{
    std::unique_ptr<QCoreApplication> app;
    if (drawsCharts(argc, argv)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(QStringLiteral("yardstick-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(YARDSTICK_VERSION));

    // Messages, --help and the demo in the chosen language; CSV and JSON
    // keep their English keys (they are not tr() text).
    QStringList arguments = QCoreApplication::arguments();
    const QString language = takeLanguage(arguments);
    Yardstick::Translators translators;
    translators.install(language.isEmpty() ? QLocale::system() : QLocale(language));

    Yardstick::CommandDispatcher dispatcher;
    dispatcher.add(std::make_unique<Yardstick::InitCommand>());
    dispatcher.add(std::make_unique<Yardstick::CopyCommand>());
    dispatcher.add(std::make_unique<Yardstick::TeamCommand>());
    dispatcher.add(std::make_unique<Yardstick::StandardsCommand>());
    dispatcher.add(std::make_unique<Yardstick::ImportCommand>());
    dispatcher.add(std::make_unique<Yardstick::LettersCommand>());
    dispatcher.add(std::make_unique<Yardstick::ScorecardCommand>());
    dispatcher.add(std::make_unique<Yardstick::SeriesCommand>());
    dispatcher.add(std::make_unique<Yardstick::ServqualCommand>());
    dispatcher.add(std::make_unique<Yardstick::AuditsCommand>());
    dispatcher.add(std::make_unique<Yardstick::HolidaysCommand>());
    dispatcher.add(std::make_unique<Yardstick::HistoryCommand>());
    dispatcher.add(std::make_unique<Yardstick::CasesCommand>());
    dispatcher.add(std::make_unique<Yardstick::SpcCommand>());
    dispatcher.add(std::make_unique<Yardstick::ChartCommand>());
    dispatcher.add(std::make_unique<Yardstick::ReportCommand>());
    dispatcher.add(std::make_unique<Yardstick::ClassifyCommand>());
    dispatcher.add(std::make_unique<Yardstick::ClassifyEvalCommand>());
    return dispatcher.run(arguments);
}
