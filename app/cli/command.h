// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <initializer_list>
#include <memory>
#include <optional>

class QCommandLineOption;
class QCommandLineParser;
class QDate;

namespace Yardstick {

class PptxMaster;
class Workbench;
struct ExportTable;

// What a command writes to standard output; --format names it by key.
enum class OutputFormat
{
    Table,
    Csv,
    Json,
    Xlsx, // an Excel workbook, written to --out (never to standard output)
};

// One subcommand of yardstick-cli ("init", "standards"). Each parses its own
// arguments with its own QCommandLineParser, so each has its own --help and
// an option of one command is an error in another.
class Command
{
    Q_DECLARE_TR_FUNCTIONS(Yardstick::Command)

public:
    virtual ~Command() = default;
    Command(const Command &) = delete;
    Command &operator=(const Command &) = delete;

    // The word that selects the command on the command line.
    virtual QString name() const = 0;
    // One sentence for the command list of the top-level help.
    virtual QString summary() const = 0;
    // Runs with the arguments after the command's name; returns the exit code.
    virtual int run(const QStringList &arguments) = 0;
    // Whether the command works on a team workbench (a postgresql:// URI):
    // every command does since the storage layer speaks both engines; one
    // that cannot says so here and is refused before it runs, in words.
    virtual bool worksOnServer() const { return true; }

protected:
    Command() = default;

    // Adds --help to the parser and parses the arguments. Returns the exit
    // code if the command must stop here: after printing its help, or after
    // a usage error. Checking the positional arguments is left to the caller.
    std::optional<int> parse(QCommandLineParser &parser, const QStringList &arguments) const;
    // Prints the message with a pointer to this command's --help and returns
    // ExitCode::UsageError.
    int usageError(const QString &message) const;
    // Opens the workbench, or prints why it cannot be opened and returns
    // nullptr (the caller then exits with ExitCode::BadInput).
    static std::unique_ptr<Workbench> openWorkbench(const QString &path);
    // A date option's value (YYYY-MM-DD), an invalid date when the option
    // is not given, or nullopt when it is given but is not a date.
    static std::optional<QDate> optionalDate(const QCommandLineParser &parser,
                                             const QCommandLineOption &option);
    // The --format (-f) option, defaulting to the format given.
    static QCommandLineOption formatOption(const QString &description, OutputFormat byDefault);
    // The format --format names when it is one of those offered; otherwise
    // prints a usage error naming them ("use table, csv or json") and returns
    // nullopt, and the caller exits with ExitCode::UsageError.
    std::optional<OutputFormat> chosenFormat(const QCommandLineParser &parser,
                                             const QCommandLineOption &option,
                                             std::initializer_list<OutputFormat> offered) const;
    // The --out option of the commands that can write an Excel workbook.
    static QCommandLineOption workbookOutOption();
    // A workbook goes to a file, never to standard output: with --format
    // xlsx and no --out, prints a usage error and returns its exit code.
    std::optional<int> checkWorkbookOut(const QCommandLineParser &parser,
                                        const QCommandLineOption &out, OutputFormat format) const;
    // Writes the tables as an Excel workbook to the --out file, one sheet
    // each; the exit code (BadInput with the reason if it cannot be written).
    static int writeWorkbook(const QString &path, const QList<ExportTable> &tables);
    // The --master option of the commands that write a PowerPoint deck.
    static QCommandLineOption masterOption();
    // The slide master the --master deck provides, Yardstick's own when the
    // option is not given; nullopt after printing why the deck cannot be
    // used (the caller then exits with ExitCode::BadInput, writing nothing).
    static std::optional<PptxMaster> chosenMaster(const QCommandLineParser &parser,
                                                  const QCommandLineOption &option);
};

} // namespace Yardstick
