// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later

// yardstick-cli: the headless tool. It calls the same core functions as the
// GUI, so what it prints is what the GUI shows and exports.
#include "commanddispatcher.h"
#include "holidayscommand.h"
#include "importcommand.h"
#include "initcommand.h"
#include "scorecardcommand.h"
#include "standardscommand.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("yardstick-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(YARDSTICK_VERSION));

    Yardstick::CommandDispatcher dispatcher;
    dispatcher.add(std::make_unique<Yardstick::InitCommand>());
    dispatcher.add(std::make_unique<Yardstick::StandardsCommand>());
    dispatcher.add(std::make_unique<Yardstick::ImportCommand>());
    dispatcher.add(std::make_unique<Yardstick::ScorecardCommand>());
    dispatcher.add(std::make_unique<Yardstick::SeriesCommand>());
    dispatcher.add(std::make_unique<Yardstick::HolidaysCommand>());
    return dispatcher.run(QCoreApplication::arguments());
}
