// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The Yardstick GUI: opens the workbench named on the command line, the
// demo with --demo, otherwise the last workbench, and the demo on first launch.
// --measure-open FILE is the benchmark's view of the window: it opens FILE,
// waits until the dashboard shows its freshly computed scorecard, prints the
// milliseconds since the process started and exits.
#include "i18n/translators.h"
#include "mainwindow/languagechooser.h"
#include "mainwindow/mainwindow.h"
#include "storage/serveraddress.h"
#include "views/dashboardview.h"
#include "workbench/workbench.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSettings>
#include <QTimer>

#include <cstdio>
#include <memory>

namespace {

// Prints the milliseconds from `sinceStart` to the first scorecard the
// dashboard shows, then quits; exits with 1 if the file (or a team
// workbench's postgresql:// address) cannot be opened
// and with 2 if nothing is shown within ten minutes.
int measureOpening(QApplication &app, const QString &path, const QElapsedTimer &sinceStart)
{
    // Its own settings, so a benchmark neither reads the analyst's layout nor
    // adds its file to the analyst's recent workbenches.
    QSettings settings(QSettings::IniFormat, QSettings::UserScope, QStringLiteral("Yardstick"),
                       QStringLiteral("Yardstick-measure-open"));
    Yardstick::MainWindow window(settings);
    window.show();
    QObject::connect(&window, &Yardstick::MainWindow::workbenchOpened, &app, [&] {
        QObject::connect(window.dashboardView(), &Yardstick::DashboardView::refreshed, &app, [&] {
            std::printf("%lld\n", static_cast<long long>(sinceStart.elapsed()));
            std::fflush(stdout);
            QApplication::exit(0);
        });
    });
    QTimer::singleShot(10 * 60 * 1000, &app, [] { QApplication::exit(2); });
    const bool server = Yardstick::ServerAddress::isServerAddress(path);
    if ((!server && !QFileInfo::exists(path)) || !window.openWorkbench(path)) {
        std::fprintf(stderr, "%s\n",
                     qPrintable(QApplication::translate("main", "Cannot open %1.").arg(path)));
        return 1;
    }
    return app.exec();
}

} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    QApplication app(argc, argv);
    // The menu entry (resources/yardstick.desktop) this program's windows
    // belong to, for desktops that group windows and show its icon by it.
    QGuiApplication::setDesktopFileName(QStringLiteral("yardstick"));
    QApplication::setOrganizationName(QStringLiteral("Yardstick"));
    QApplication::setApplicationName(QStringLiteral("Yardstick"));
    QApplication::setApplicationVersion(QStringLiteral(YARDSTICK_VERSION));

    // The language first, so --help and every window speak it.
    QSettings settings;
    Yardstick::Translators translators;
    Yardstick::LanguageChooser languages(settings, translators);
    languages.applyChosen();

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
        "main", "Quality-control workbench for customer-service analysts."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(
        QStringLiteral("demo"),
        QApplication::translate("main", "Open the demo workbench (built on first use)."));
    parser.addOption(demo);
    const QCommandLineOption measureOpen(
        QStringLiteral("measure-open"),
        QApplication::translate("main", "Open FILE, wait until the dashboard is filled, print the "
                                        "milliseconds since start and exit (for benchmarks)."),
        QStringLiteral("FILE"));
    parser.addOption(measureOpen);
    parser.addPositionalArgument(QStringLiteral("file"),
                                 QApplication::translate("main", "A workbench to open."),
                                 QStringLiteral("[file.yardstick]"));
    parser.process(app);

    if (parser.isSet(measureOpen))
        return measureOpening(app, parser.value(measureOpen), sinceStart);

    auto window = std::make_unique<Yardstick::MainWindow>(settings);
    window->setLanguageChooser(&languages);
    window->show();
    // A new language rebuilds the window on the same workbench: its widgets
    // were built with the old words. Every edit is already in the file, so
    // only the undo history is left behind, which a restart would lose too.
    QObject::connect(&languages, &Yardstick::LanguageChooser::languageChanged, &app, [&] {
        // Later: the menu entry that asked for this belongs to the old window.
        QTimer::singleShot(0, &app, [&] {
            const QString path = window->workbench() ? window->workbench()->path() : QString();
            window->close();
            window = std::make_unique<Yardstick::MainWindow>(settings);
            window->setLanguageChooser(&languages);
            window->show();
            if (!path.isEmpty())
                window->openWorkbench(path);
        });
    });

    const QStringList files = parser.positionalArguments();
    const QStringList recent = Yardstick::RecentFiles(settings).paths();
    if (!files.isEmpty())
        window->openWorkbench(files.constFirst());
    else if (parser.isSet(demo) || recent.isEmpty())
        window->openDemo();
    else if (QFileInfo::exists(recent.constFirst()))
        window->openWorkbench(recent.constFirst());
    else
        window->openDemo();
    return app.exec();
}
