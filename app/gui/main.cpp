// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The Yardstick GUI: opens the workbench named on the command line, the
// demo with --demo, otherwise the last workbench, and the demo on first launch.
#include "mainwindow/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QSettings>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Yardstick"));
    QApplication::setApplicationName(QStringLiteral("Yardstick"));
    QApplication::setApplicationVersion(QStringLiteral(YARDSTICK_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
        "main", "Quality-control workbench for customer-service analysts."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(
        QStringLiteral("demo"),
        QApplication::translate("main", "Open the demo workbench (built on first use)."));
    parser.addOption(demo);
    parser.addPositionalArgument(QStringLiteral("file"),
                                 QApplication::translate("main", "A workbench to open."),
                                 QStringLiteral("[file.yardstick]"));
    parser.process(app);

    QSettings settings;
    Yardstick::MainWindow window(settings);
    window.show();

    const QStringList files = parser.positionalArguments();
    const QStringList recent = Yardstick::RecentFiles(settings).paths();
    if (!files.isEmpty())
        window.openWorkbench(files.constFirst());
    else if (parser.isSet(demo) || recent.isEmpty())
        window.openDemo();
    else if (QFileInfo::exists(recent.constFirst()))
        window.openWorkbench(recent.constFirst());
    else
        window.openDemo();
    return app.exec();
}
