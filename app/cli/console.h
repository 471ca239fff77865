// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

class QCommandLineParser;

namespace Yardstick {

// yardstick-cli's standard output and error. Data goes to stdout byte for
// byte (CSV and JSON are UTF-8 whatever the terminal); messages go to stderr
// so a redirected listing never has a message mixed into it.
class Console final
{
    Q_DECLARE_TR_FUNCTIONS(Yardstick::Console)

public:
    // The name the user types, for messages and help ("yardstick-cli").
    static QString programName();

    // False if the bytes could not be written (a full disk, a closed pipe).
    static bool writeData(const QByteArray &bytes);
    // Text for a person, in the terminal's encoding.
    static bool writeText(const QString &text);
    static void writeErrorText(const QString &text);

    // "yardstick-cli: message" on stderr.
    static void printError(const QString &message);
    // The message, then a line saying which --help to read; returns
    // ExitCode::UsageError so callers can return it directly.
    static int usageError(const QString &message, const QString &helpHint);
    // The message printed when stdout cannot be written; returns
    // ExitCode::BadInput.
    static int outputFailed();

    static bool stderrIsTerminal();
    // Asks on the terminal for a line that is not echoed (a password):
    // nullopt when standard input is not a terminal or nothing was read.
    static std::optional<QString> askHidden(const QString &prompt);

    // The parser's help with shownName ("yardstick-cli init") in the usage
    // line where QCommandLineParser puts the program as it was invoked: often
    // a long build path, and never with the subcommand.
    static QString helpText(const QCommandLineParser &parser, const QString &shownName);
    // The text with lines longer than width columns broken at spaces and
    // between Chinese characters (TextTable::wrap).
    // QCommandLineParser prints a description as it is, and a translated
    // one cannot carry line breaks placed for the English.
    static QString wrapped(const QString &text, qsizetype width = 79);
};

} // namespace Yardstick
