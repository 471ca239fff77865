// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "console.h"

#include "exitcode.h"
#include "io/texttable.h"

#include <QCommandLineParser>
#include <QStringList>

#include <cstdio>

#if defined(Q_OS_WIN)
#include <fcntl.h>
#include <io.h>
#else
#include <termios.h>
#include <unistd.h>
#endif

namespace Yardstick {

namespace {

bool writeTo(std::FILE *stream, const QByteArray &bytes)
{
#if defined(Q_OS_WIN)
    // Text mode would turn every '\n' into "\r\n" and break the CSV contract.
    _setmode(_fileno(stream), _O_BINARY);
#endif
    const std::size_t size = std::size_t(bytes.size());
    const bool written = std::fwrite(bytes.constData(), 1, size, stream) == size;
    return std::fflush(stream) == 0 && written;
}

} // namespace

QString Console::programName()
{
    return QCoreApplication::applicationName();
}

bool Console::writeData(const QByteArray &bytes)
{
    return writeTo(stdout, bytes);
}

bool Console::writeText(const QString &text)
{
    return writeTo(stdout, text.toLocal8Bit());
}

void Console::writeErrorText(const QString &text)
{
    // Nothing sensible is left to do if stderr itself cannot be written.
    writeTo(stderr, text.toLocal8Bit());
}

void Console::printError(const QString &message)
{
    writeErrorText(programName() + QLatin1String(": ") + message + QLatin1Char('\n'));
}

int Console::usageError(const QString &message, const QString &helpHint)
{
    printError(message);
    writeErrorText(helpHint + QLatin1Char('\n'));
    return ExitCode::UsageError;
}

int Console::outputFailed()
{
    printError(tr("Could not write to the standard output."));
    return ExitCode::BadInput;
}

bool Console::stderrIsTerminal()
{
#if defined(Q_OS_WIN)
    return _isatty(_fileno(stderr)) != 0;
#else
    return isatty(STDERR_FILENO) != 0;
#endif
}

std::optional<QString> Console::askHidden(const QString &prompt)
{
#if defined(Q_OS_WIN)
    Q_UNUSED(prompt);
    return std::nullopt; // the connect dialog asks on Windows
#else
    if (isatty(STDIN_FILENO) == 0)
        return std::nullopt;
    writeErrorText(prompt);
    termios saved{};
    const bool quiet = tcgetattr(STDIN_FILENO, &saved) == 0;
    if (quiet) {
        termios hidden = saved;
        hidden.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &hidden);
    }
    char buffer[1024];
    const bool read = std::fgets(buffer, sizeof buffer, stdin) != nullptr;
    if (quiet)
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
    writeErrorText(QStringLiteral("\n"));
    if (!read)
        return std::nullopt;
    QString line = QString::fromLocal8Bit(buffer);
    while (line.endsWith(QLatin1Char('\n')) || line.endsWith(QLatin1Char('\r')))
        line.chop(1);
    return line;
#endif
}

QString Console::helpText(const QCommandLineParser &parser, const QString &shownName)
{
    QString text = parser.helpText();
    const QString invoked = QCoreApplication::arguments().constFirst();
    const qsizetype at = text.indexOf(invoked);
    if (at >= 0 && at < text.indexOf(QLatin1Char('\n')))
        text.replace(at, invoked.size(), shownName);
    return text;
}

QString Console::wrapped(const QString &text, qsizetype width)
{
    // Measured in terminal columns and broken between Chinese characters too:
    // the help reads the same in English and in Chinese.
    return TextTable::wrap(text, width);
}

} // namespace Yardstick
