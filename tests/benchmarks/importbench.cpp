// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later

// yardstick-import-bench: the issue-3 performance targets. Generates N
// synthetic case records (default 1,000,000) over three years for 12
// services and a catalogue of 180 case-derived standards, then
//  1. times the sqlite3 shell's .import of the same CSV into a bare table
//     (the baseline: it parses nothing and validates nothing),
//  2. imports the CSV through CaseImporter, the code path of
//     `yardstick-cli import cases`, and reports rows/s and peak memory,
//  3. re-imports the same file (every row a duplicate), and reports the file's
//     size in bytes per case,
//  4. reopens the workbench and times the monthly scorecard (load + compute),
//     which is what the dashboard does after opening a workbench,
//  5. runs the whole `yardstick-cli scorecard FILE` process (three times) and
//     `yardstick --measure-open FILE` (the window until its dashboard is
//     filled, offscreen), each with its peak memory, when the programs are
//     built beside this one,
//  6. with YARDSTICK_BENCH_SERVER set to the address of an empty PostgreSQL
//     database, imports and re-imports the same file into a team workbench
//     there, then next week's export with 5 % of the cases changed (timed on
//     the file too).
// `yardstick-import-bench [N] [ROUNDS]` repeats steps 1 and 2 ROUNDS times
// (default 1), each import into a fresh copy of the workbench, and prints the
// medians and the CPU time each side used. N accepts 1M, 10M, 50M.
// Not a test: the numbers go into the README with the machine they ran on.
#include "analysis/scorecard.h"
#include "import/caseimporter.h"
#include "workbench/compliancedataloader.h"
#include "workbench/workbench.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <cstdio>
#include <fcntl.h>
#include <random>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <vector>

extern char **environ;

using namespace Yardstick;

namespace {

constexpr int kServices = 12;
constexpr int kStandardsPerService = 15; // 180 standards

// Peak resident memory of this process so far, in MiB (VmHWM).
double peakMemoryMib()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').constFirst().toDouble() / 1024.0;
    }
    return -1;
}

// Starts a new peak for peakMemoryMib(): writing 5 to clear_refs resets the
// process's VmHWM to its current resident size (Linux 4.0 and later).
void resetPeakMemory()
{
    QFile clear(QStringLiteral("/proc/self/clear_refs"));
    if (clear.open(QIODevice::WriteOnly))
        clear.write("5");
}

struct ChildRun
{
    double wallMs = -1;
    double peakMib = -1;
    QByteArray output; // what it printed on standard output
    int exitCode = -1;
};

// Runs a program to its end and measures it alone: wall time and its own
// peak resident memory. Linux keeps a process's peak across exec, so a
// program started straight from this (large) process would report this
// one's peak: /usr/bin/time (Debian's "time" package) starts it from a small
// process and writes its peak to a file; without it the peak is not known.
ChildRun runChild(const QString &program, const QStringList &arguments, const QString &outputFile)
{
    const QString time = QStringLiteral("/usr/bin/time");
    const QString peakFile = outputFile + QStringLiteral(".peak");
    QFile::remove(peakFile);
    std::vector<QByteArray> storage;
    if (QFile::exists(time)) {
        for (const QString &a :
             {time, QStringLiteral("-f"), QStringLiteral("%M"), QStringLiteral("-o"), peakFile})
            storage.push_back(a.toLocal8Bit());
    }
    storage.push_back(program.toLocal8Bit());
    for (const QString &a : arguments)
        storage.push_back(a.toLocal8Bit());
    std::vector<char *> argv;
    for (QByteArray &a : storage)
        argv.push_back(a.data());
    argv.push_back(nullptr);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    const QByteArray out = outputFile.toLocal8Bit();
    posix_spawn_file_actions_addopen(&actions, 1, out.constData(), O_WRONLY | O_CREAT | O_TRUNC,
                                     0644);
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0);
    ChildRun run;
    QElapsedTimer timer;
    timer.start();
    pid_t pid = 0;
    if (posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), environ) != 0) {
        posix_spawn_file_actions_destroy(&actions);
        return run;
    }
    posix_spawn_file_actions_destroy(&actions);
    int status = 0;
    waitpid(pid, &status, 0);
    run.wallMs = double(timer.nsecsElapsed()) / 1e6;
    QFile peak(peakFile);
    if (peak.open(QIODevice::ReadOnly))
        run.peakMib = peak.readAll().trimmed().split('\n').constLast().toDouble() / 1024.0;
    run.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    QFile printed(outputFile);
    if (printed.open(QIODevice::ReadOnly))
        run.output = printed.readAll();
    return run;
}

// "10M" is 10,000,000, "500k" 500,000.
int parseCount(QByteArray text)
{
    int scale = 1;
    if (text.endsWith('M') || text.endsWith('m'))
        scale = 1'000'000;
    else if (text.endsWith('k') || text.endsWith('K'))
        scale = 1'000;
    if (scale != 1)
        text.chop(1);
    return text.toInt() * scale;
}

void setUpCatalogue(Workbench &workbench)
{
    Dimension timeliness{0, QStringLiteral("timeliness"), QStringLiteral("Timeliness"), true, {}};
    workbench.dimensions().insert(timeliness);
    Department department{0, QStringLiteral("OPS"), QStringLiteral("Operations")};
    workbench.departments().insert(department);
    const Statistic statistics[] = {Statistic::mean(), Statistic::median(),
                                    Statistic::percentile(90), Statistic::shareWithin(10)};
    for (int s = 0; s < kServices; ++s) {
        Service service{0, QStringLiteral("S%1").arg(s), QStringLiteral("Service %1").arg(s), {}};
        workbench.services().insert(service);
        for (int i = 0; i < kStandardsPerService; ++i) {
            Standard standard;
            standard.code = QStringLiteral("S%1-T-%2").arg(s).arg(i + 1, 2, 10, QLatin1Char('0'));
            standard.title = QStringLiteral("Standard %1").arg(standard.code);
            standard.serviceId = service.id;
            standard.dimensionId = timeliness.id;
            standard.departmentId = department.id;
            standard.statistic = statistics[i % 4];
            standard.metric = i % 5 == 4 ? Metric::RightFirstTimePct : Metric::TurnaroundDays;
            const bool share = standard.metric == Metric::RightFirstTimePct ||
                               standard.statistic.kind == Statistic::Kind::ShareWithin;
            standard.direction = share ? Direction::HigherIsBetter : Direction::LowerIsBetter;
            standard.unit = share ? QStringLiteral("%") : QStringLiteral("days");
            standard.dayBasis = i % 3 == 2 ? DayBasis::Business : DayBasis::Calendar;
            standard.revise(QDate(2023, 1, 1), share ? 90 : 10, share ? 80 : 15, QString());
            Standard stored = standard;
            if (!workbench.catalogue().add(stored).isEmpty())
                qFatal("could not add a standard");
        }
    }
}

void writeCases(const QString &path, int count)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write the CSV");
    QTextStream out(&file);
    out << "service,case_id,received,completed,right_first_time,department,key_customer\n";
    std::mt19937 random(20261123);
    std::uniform_int_distribution<int> service(0, kServices - 1);
    std::uniform_int_distribution<int> minuteOfThreeYears(0, 3 * 365 * 24 * 60);
    std::lognormal_distribution<double> days(2.0, 0.6);
    std::bernoulli_distribution right(0.9);
    const QDateTime start(QDate(2023, 1, 2), QTime(8, 0), Qt::UTC);
    for (int i = 0; i < count; ++i) {
        const QDateTime received = start.addSecs(qint64(minuteOfThreeYears(random)) * 60);
        const QDateTime completed = received.addSecs(qint64(days(random) * 86400));
        out << 'S' << service(random) << ",C" << i << ',' << received.toString(Qt::ISODate) << ','
            << completed.toString(Qt::ISODate) << ',' << (right(random) ? "yes" : "no") << ",OPS,"
            << (i % 20 == 0 ? '1' : '0') << '\n';
    }
}

// Next week's export: the same cases, every 20th with its right-first-time
// answer turned (5 % of the cases change, one field each).
void writeChangedCases(const QString &from, const QString &to)
{
    QFile in(from);
    QFile out(to);
    if (!in.open(QIODevice::ReadOnly) || !out.open(QIODevice::WriteOnly))
        qFatal("cannot write the changed CSV");
    out.write(in.readLine());
    for (qint64 row = 1; !in.atEnd(); ++row) {
        QByteArray line = in.readLine();
        if (row % 20 == 0) {
            const bool yes = line.contains(",yes,");
            line.replace(yes ? ",yes," : ",no,", yes ? ",no," : ",yes,");
        }
        out.write(line);
    }
}

// CPU time (user + system) of this process or of its waited-for children, in
// ms: on a shared machine it tells how much work a step did, apart from how
// long it waited for a core.
double cpuMs(int who)
{
    rusage usage{};
    getrusage(who, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1e3 +
           double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e3;
}

struct Timing
{
    double wallMs = 0;
    double cpuMs = 0;
};

Timing sqliteShellImport(const QString &csv, const QString &dir)
{
    const QString shell = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    if (shell.isEmpty())
        return {-1, -1};
    const QString bare = dir + QStringLiteral("/bare.db");
    QFile::remove(bare);
    const double cpuBefore = cpuMs(RUSAGE_CHILDREN);
    QElapsedTimer timer;
    timer.start();
    QProcess::execute(shell,
                      {bare, QStringLiteral(".import --csv ") + csv + QStringLiteral(" cases")});
    return {double(timer.nsecsElapsed()) / 1e6, cpuMs(RUSAGE_CHILDREN) - cpuBefore};
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    const size_t n = values.size();
    return n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int count = argc > 1 ? parseCount(QByteArray(argv[1])) : 1'000'000;
    const int repeats = argc > 2 ? std::max(1, QByteArray(argv[2]).toInt()) : 1;
    // YARDSTICK_BENCH_KEEP=DIR keeps the CSV and the workbench there, to
    // look at the result with the programs afterwards.
    QTemporaryDir dir(qEnvironmentVariable("YARDSTICK_BENCH_KEEP",
                                           QDir::tempPath() + QStringLiteral("/bench-XXXXXX")));
    dir.setAutoRemove(!qEnvironmentVariableIsSet("YARDSTICK_BENCH_KEEP"));
    const QString csv = dir.filePath(QStringLiteral("cases.csv"));
    const QString path = dir.filePath(QStringLiteral("bench.yardstick"));
    {
        Workbench::OpenResult created = Workbench::create(path);
        if (!created.workbench)
            qFatal("cannot create the workbench");
        setUpCatalogue(*created.workbench);
    }
    writeCases(csv, count);
    std::printf("%d case records, %.1f MB of CSV\n", count, double(QFile(csv).size()) / 1e6);
    const double memoryBefore = peakMemoryMib();

    // Each round imports into a fresh copy of the workbench, right after the
    // shell's import, so both meet the same load on a shared machine.
    const QString empty = dir.filePath(QStringLiteral("empty.yardstick"));
    QFile::copy(path, empty);
    std::vector<double> shellWall, shellCpu, ourWall, ourCpu, ratios;
    for (int round = 0; round < repeats; ++round) {
        const Timing shell = sqliteShellImport(csv, dir.path());
        QFile::remove(path);
        QFile::copy(empty, path);
        Workbench::OpenResult opened = Workbench::open(path);
        const double cpuBefore = cpuMs(RUSAGE_SELF);
        QElapsedTimer timer;
        timer.start();
        const ImportSummary summary =
            CaseImporter(*opened.workbench).run(csv, CaseImportSettings(), ImportOptions());
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        const double cpu = cpuMs(RUSAGE_SELF) - cpuBefore;
        if (!summary.committed || summary.imported != count)
            qFatal("import failed: %s", qPrintable(summary.summaryLine()));
        if (shell.wallMs >= 0) {
            std::printf("%-52s %9.0f ms  %9.0f rows/s  (CPU %.0f ms)\n",
                        "sqlite3 shell .import into a bare table", shell.wallMs,
                        count / shell.wallMs * 1000, shell.cpuMs);
            shellWall.push_back(shell.wallMs);
            shellCpu.push_back(shell.cpuMs);
            ratios.push_back(shell.wallMs / ms);
        }
        std::printf("%-52s %9.0f ms  %9.0f rows/s  (CPU %.0f ms)\n",
                    "yardstick import cases (CaseImporter)", ms, count / ms * 1000, cpu);
        ourWall.push_back(ms);
        ourCpu.push_back(cpu);
    }
    std::printf("%-52s %9.1f MiB (before the import: %.1f MiB)\n",
                "peak resident memory after the import", peakMemoryMib(), memoryBefore);
    if (repeats > 1) {
        std::printf("medians of %d rounds:\n", repeats);
        if (!shellWall.empty())
            std::printf("%-52s %9.0f ms  (CPU %.0f ms)\n", "  sqlite3 shell .import",
                        median(shellWall), median(shellCpu));
        std::printf("%-52s %9.0f ms  (CPU %.0f ms)\n", "  CaseImporter", median(ourWall),
                    median(ourCpu));
        if (!ratios.empty())
            std::printf("%-52s %9.2f\n", "  speed relative to the shell (median of rounds)",
                        median(ratios));
    }

    const double fileBytes = double(QFile(path).size());
    std::printf("%-52s %9.1f MiB  (%.1f bytes per case)\n", "workbench file size",
                fileBytes / (1024.0 * 1024.0), fileBytes / count);
    {
        Workbench::OpenResult opened = Workbench::open(path);
        resetPeakMemory();
        const double before = peakMemoryMib();
        QElapsedTimer again;
        again.start();
        const ImportSummary summary =
            CaseImporter(*opened.workbench).run(csv, CaseImportSettings(), ImportOptions());
        const double ms = double(again.nsecsElapsed()) / 1e6;
        if (!summary.committed || summary.duplicates != count)
            qFatal("re-import failed: %s", qPrintable(summary.summaryLine()));
        std::printf("%-52s %9.0f ms  %9.0f rows/s  (peak %.1f MiB, %.1f MiB before)\n",
                    "re-import the same file (all duplicates)", ms, count / ms * 1000,
                    peakMemoryMib(), before);
    }

    const QString changed = dir.filePath(QStringLiteral("changed.csv"));
    writeChangedCases(csv, changed);
    {
        const QString copy = dir.filePath(QStringLiteral("changed.yardstick"));
        QFile::remove(copy);
        QFile::copy(path, copy);
        Workbench::OpenResult opened = Workbench::open(copy);
        QElapsedTimer again;
        again.start();
        const ImportSummary summary =
            CaseImporter(*opened.workbench).run(changed, CaseImportSettings(), ImportOptions());
        const double ms = double(again.nsecsElapsed()) / 1e6;
        if (!summary.committed || summary.updated != count / 20)
            qFatal("changed re-import failed: %s", qPrintable(summary.summaryLine()));
        std::printf("%-52s %9.0f ms  %9.0f rows/s\n", "re-import with 5 % of the cases changed", ms,
                    count / ms * 1000);
        opened.workbench.reset();
        QFile::remove(copy);
    }

    // YARDSTICK_BENCH_SERVER=postgresql://…/EMPTY_DATABASE: the same
    // catalogue and the same file on a team workbench, then the re-import.
    if (const QString server = qEnvironmentVariable("YARDSTICK_BENCH_SERVER"); !server.isEmpty()) {
        Workbench::OpenResult created = Workbench::create(server);
        if (!created.workbench)
            qFatal("cannot create the workbench on %s", qPrintable(server));
        setUpCatalogue(*created.workbench);
        const std::pair<const char *, QString> steps[] = {
            {"team workbench: import cases (CaseImporter)", csv},
            {"team workbench: re-import the same file", csv},
            {"team workbench: re-import with 5 % changed", changed}};
        for (const auto &[step, file] : steps) {
            const double cpuBefore = cpuMs(RUSAGE_SELF);
            QElapsedTimer timer;
            timer.start();
            const ImportSummary summary =
                CaseImporter(*created.workbench).run(file, CaseImportSettings(), ImportOptions());
            const double ms = double(timer.nsecsElapsed()) / 1e6;
            if (!summary.committed ||
                summary.imported + summary.duplicates + summary.updated != count)
                qFatal("server import failed: %s", qPrintable(summary.summaryLine()));
            std::printf("%-52s %9.0f ms  %9.0f rows/s  (client CPU %.0f ms)\n", step, ms,
                        count / ms * 1000, cpuMs(RUSAGE_SELF) - cpuBefore);
        }
    }

    QElapsedTimer timer;
    timer.start();
    Workbench::OpenResult reopened = Workbench::open(path);
    const double openMs = double(timer.nsecsElapsed()) / 1e6;
    timer.restart();
    const ComplianceData data = ComplianceDataLoader::load(*reopened.workbench);
    const double loadMs = double(timer.nsecsElapsed()) / 1e6;
    timer.restart();
    const Scorecard scorecard = computeScorecard(data, ScorecardRequest());
    const double computeMs = double(timer.nsecsElapsed()) / 1e6;
    std::printf("%-52s %9.0f ms\n", "open the workbench", openMs);
    std::printf("%-52s %9.0f ms\n", "load catalogue, measurements and cases", loadMs);
    std::printf("%-52s %9.0f ms  (%lld standards)\n", "compute the monthly scorecard", computeMs,
                qint64(scorecard.rows.size()));
    std::printf("%-52s %9.0f ms\n", "open + load + compute (what the dashboard waits for)",
                openMs + loadMs + computeMs);
    std::printf("%-52s %9.1f MiB\n", "peak resident memory at the end", peakMemoryMib());
    reopened.workbench.reset();

    // The programs as an analyst runs them, when built beside this one.
    const QString apps = QCoreApplication::applicationDirPath() + QStringLiteral("/../app/");
    const QString printed = dir.filePath(QStringLiteral("printed.txt"));
    if (QFile::exists(apps + QStringLiteral("yardstick-cli"))) {
        std::vector<double> walls, peaks;
        for (int i = 0; i < 3; ++i) {
            const ChildRun run = runChild(apps + QStringLiteral("yardstick-cli"),
                                          {QStringLiteral("scorecard"), path}, printed);
            if (run.exitCode != 0)
                qFatal("yardstick-cli scorecard failed (exit %d)", run.exitCode);
            walls.push_back(run.wallMs);
            peaks.push_back(run.peakMib);
        }
        std::printf("%-52s %9.0f ms  (peak %.1f MiB; median of 3)\n",
                    "yardstick-cli scorecard FILE, whole process", median(walls), median(peaks));
    }
    if (QFile::exists(apps + QStringLiteral("yardstick"))) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        std::vector<double> shown, peaks;
        for (int i = 0; i < 3; ++i) {
            const ChildRun run = runChild(apps + QStringLiteral("yardstick"),
                                          {QStringLiteral("--measure-open"), path}, printed);
            if (run.exitCode != 0)
                qFatal("yardstick --measure-open failed (exit %d)", run.exitCode);
            shown.push_back(run.output.trimmed().toDouble());
            peaks.push_back(run.peakMib);
        }
        std::printf("%-52s %9.0f ms  (peak %.1f MiB; median of 3)\n",
                    "yardstick --measure-open FILE (offscreen)", median(shown), median(peaks));
    }
    return 0;
}
