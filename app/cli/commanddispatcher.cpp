// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "commanddispatcher.h"

#include "console.h"
#include "exitcode.h"
#include "storage/serveraddress.h"

#include <QCommandLineParser>

#include <algorithm>
#include <utility>

namespace Yardstick {

namespace {
// The width Console::wrapped() gives the rest of the help.
constexpr qsizetype kHelpWidth = 79;
} // namespace

void CommandDispatcher::add(std::unique_ptr<Command> command)
{
    m_commands.push_back(std::move(command));
}

Command *CommandDispatcher::find(const QString &name) const
{
    for (const std::unique_ptr<Command> &command : m_commands) {
        if (command->name() == name)
            return command.get();
    }
    return nullptr;
}

QString CommandDispatcher::description() const
{
    qsizetype nameWidth = 0;
    for (const std::unique_ptr<Command> &command : m_commands)
        nameWidth = std::max(nameWidth, command->name().size());
    QString text = tr("Creates and reads Yardstick workbench files without the desktop "
                      "application.") +
                   QLatin1String("\n\n") + tr("Commands:") + QLatin1Char('\n');
    // Each summary wraps into its own column, under the summaries above it.
    const qsizetype indent = 2 + nameWidth + 2;
    const QString continuation = QLatin1Char('\n') + QString(indent, QLatin1Char(' '));
    for (const std::unique_ptr<Command> &command : m_commands) {
        const QString summary = Console::wrapped(command->summary(), kHelpWidth - indent);
        text += QLatin1String("  ") + command->name().leftJustified(nameWidth) +
                QLatin1String("  ") + summary.split(QLatin1Char('\n')).join(continuation) +
                QLatin1Char('\n');
    }
    text += QLatin1Char('\n') + tr("Run \"%1 COMMAND --help\" to see the options of a command.")
                                    .arg(Console::programName());
    return text;
}

int CommandDispatcher::usageError(const QString &message) const
{
    return Console::usageError(
        message, tr("Run \"%1 --help\" to see the commands.").arg(Console::programName()));
}

int CommandDispatcher::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Console::wrapped(description()));
    // Everything from the command's name on belongs to the command, so
    // "init --help" reaches init's parser instead of being taken here.
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  tr("Show this help, with the list of commands, and exit."));
    const QCommandLineOption version({QStringLiteral("v"), QStringLiteral("version")},
                                     tr("Show the version and exit."));
    // main() takes --lang out of the arguments before any parser sees them
    // (it may stand anywhere on the line); listed here so --help shows it.
    const QCommandLineOption language(
        QStringLiteral("lang"),
        tr("The language of help, messages, charts, report packs and the demo: zh_CN "
           "(Simplified Chinese) or en. By default the system's. It may stand anywhere on the "
           "line; CSV and JSON keys stay English."),
        tr("CODE"));
    parser.addOption(help);
    parser.addOption(version);
    parser.addOption(language);
    parser.addPositionalArgument(QStringLiteral("COMMAND"),
                                 tr("One of the commands listed above, followed by its own "
                                    "options and arguments."),
                                 tr("COMMAND [ARGUMENTS]"));

    if (!parser.parse(arguments))
        return usageError(parser.errorText());
    if (parser.isSet(help)) {
        if (!Console::writeText(Console::helpText(parser, Console::programName())))
            return Console::outputFailed();
        return ExitCode::Success;
    }
    if (parser.isSet(version)) {
        const QString line = QCoreApplication::applicationName() + QLatin1Char(' ') +
                             QCoreApplication::applicationVersion() + QLatin1Char('\n');
        if (!Console::writeText(line))
            return Console::outputFailed();
        return ExitCode::Success;
    }

    QStringList rest = parser.positionalArguments();
    if (rest.isEmpty())
        return usageError(tr("No command was given."));
    const QString name = rest.takeFirst();
    Command *command = find(name);
    if (!command)
        return usageError(tr("There is no command called \"%1\".").arg(name));
    if (!command->worksOnServer()) {
        for (const QString &argument : std::as_const(rest)) {
            if (!ServerAddress::isServerAddress(argument))
                continue;
            Console::printError(
                tr("%1 is a team workbench on a server: \"%2 %3\" is not yet "
                   "supported on a server workbench.")
                    .arg(ServerAddress::shown(argument), Console::programName(), name));
            return ExitCode::BadInput;
        }
    }
    return command->run(rest);
}

} // namespace Yardstick
