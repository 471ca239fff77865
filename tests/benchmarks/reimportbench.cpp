// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later

// yardstick-reimport-bench: the weekly routine of issue 15 at volume.
// `yardstick-reimport-bench [N] [ROUNDS] [LOG_ROWS]`, N cases (default
// 1,000,000) in a snapshot export, ROUNDS rounds (default 3), each on a fresh
// workbench:
//  1. the first import of the snapshot (every case new),
//  2. next week's snapshot, in which 5 % of the cases changed (most of the
//     open ones completed, some corrected): updates with history,
//  3. the same snapshot again (every row a duplicate),
// and then an event log of LOG_ROWS rows (default 150,000, about six updates
// per case, shuffled as real exports interleave cases) imported with
// --latest-by on its update counter, beside the plain import of as many
// distinct rows. Prints the medians. Not a test: the numbers go into the
// README with the machine they ran on.
#include "import/caseimporter.h"
#include "workbench/workbench.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <cstdio>
#include <random>
#include <vector>

using namespace Yardstick;

namespace {

constexpr int kServices = 12;

struct Case
{
    int service = 0;
    QDateTime received;
    std::optional<QDateTime> completed;
    bool right = true;
};

std::vector<Case> makeCases(int count, std::mt19937 &random)
{
    std::uniform_int_distribution<int> service(0, kServices - 1);
    std::uniform_int_distribution<int> minuteOfThreeYears(0, 3 * 365 * 24 * 60);
    std::lognormal_distribution<double> days(2.0, 0.6);
    std::bernoulli_distribution right(0.9);
    std::bernoulli_distribution open(0.04); // a real queue has open cases
    const QDateTime start(QDate(2023, 1, 2), QTime(8, 0), Qt::UTC);
    std::vector<Case> cases(static_cast<size_t>(count));
    for (Case &c : cases) {
        c.service = service(random);
        c.received = start.addSecs(qint64(minuteOfThreeYears(random)) * 60);
        if (!open(random))
            c.completed = c.received.addSecs(qint64(days(random) * 86400));
        c.right = right(random);
    }
    return cases;
}

void writeSnapshot(const QString &path, const std::vector<Case> &cases)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write the CSV");
    QTextStream out(&file);
    out << "service,case_id,received,completed,right_first_time,department,key_customer\n";
    for (size_t i = 0; i < cases.size(); ++i) {
        const Case &c = cases[i];
        out << 'S' << c.service << ",C" << i << ',' << c.received.toString(Qt::ISODate) << ','
            << (c.completed ? c.completed->toString(Qt::ISODate) : QString()) << ','
            << (c.right ? "yes" : "no") << ",OPS," << (i % 20 == 0 ? '1' : '0') << '\n';
    }
}

// Next week: 5 % of the cases changed, the open ones first (completed), the
// rest corrected (right first time flipped).
std::vector<Case> nextWeek(std::vector<Case> cases, std::mt19937 &random)
{
    const size_t changes = cases.size() / 20;
    size_t changed = 0;
    for (Case &c : cases) {
        if (changed == changes)
            break;
        if (!c.completed) {
            c.completed = c.received.addDays(3);
            ++changed;
        }
    }
    std::uniform_int_distribution<size_t> any(0, cases.size() - 1);
    while (changed < changes) {
        Case &c = cases[any(random)];
        c.right = !c.right;
        ++changed;
    }
    return cases;
}

// An event log: each case's updates (counter 0..k) as separate rows, the
// case open until its last update, rows shuffled.
void writeEventLog(const QString &path, int rows, std::mt19937 &random)
{
    const int cases = rows / 6;
    const std::vector<Case> base = makeCases(cases, random);
    struct Row
    {
        int caseIndex;
        int update;
        bool last;
    };
    std::vector<Row> all;
    all.reserve(size_t(rows));
    for (int i = 0; i < cases && int(all.size()) < rows; ++i) {
        const int updates = i == cases - 1 ? rows - int(all.size()) : 6;
        for (int u = 0; u < updates; ++u)
            all.push_back({i, u, u == updates - 1});
    }
    std::shuffle(all.begin(), all.end(), random);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write the CSV");
    QTextStream out(&file);
    out << "service,case_id,received,completed,right_first_time,department,key_customer,"
           "sys_mod_count\n";
    for (const Row &row : all) {
        const Case &c = base[size_t(row.caseIndex)];
        out << 'S' << c.service << ",INC" << row.caseIndex << ','
            << c.received.toString(Qt::ISODate) << ','
            << (row.last && c.completed ? c.completed->toString(Qt::ISODate) : QStringLiteral("?"))
            << ',' << (c.right ? "yes" : "no") << ",OPS,0," << row.update << '\n';
    }
}

std::unique_ptr<Workbench> freshWorkbench(const QString &path)
{
    QFile::remove(path);
    Workbench::OpenResult made = Workbench::create(path);
    if (!made.workbench)
        qFatal("cannot create the workbench");
    Department department{0, QStringLiteral("OPS"), QStringLiteral("Operations")};
    made.workbench->departments().insert(department);
    for (int s = 0; s < kServices; ++s) {
        Service service{0, QStringLiteral("S%1").arg(s), QStringLiteral("Service %1").arg(s), {}};
        made.workbench->services().insert(service);
    }
    return std::move(made.workbench);
}

struct Timed
{
    double ms = 0;
    ImportSummary summary;
};

Timed timedImport(Workbench &workbench, const QString &csv, const CaseImportSettings &settings)
{
    QElapsedTimer timer;
    timer.start();
    Timed result;
    result.summary = CaseImporter(workbench).run(csv, settings, ImportOptions());
    result.ms = double(timer.nsecsElapsed()) / 1e6;
    if (!result.summary.committed)
        qFatal("the import was not committed: %s", qPrintable(result.summary.summaryLine()));
    return result;
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
    const int count = argc > 1 ? QByteArray(argv[1]).toInt() : 1'000'000;
    const int rounds = argc > 2 ? std::max(1, QByteArray(argv[2]).toInt()) : 3;
    const int logRows = argc > 3 ? QByteArray(argv[3]).toInt() : 150'000;
    // YARDSTICK_BENCH_KEEP=DIR keeps the CSVs there, to profile one step
    // with the command line afterwards.
    QTemporaryDir dir(qEnvironmentVariable("YARDSTICK_BENCH_KEEP",
                                           QDir::tempPath() + QStringLiteral("/reimport-XXXXXX")));
    dir.setAutoRemove(!qEnvironmentVariableIsSet("YARDSTICK_BENCH_KEEP"));
    std::mt19937 random(20261207);
    const std::vector<Case> week1 = makeCases(count, random);
    const QString first = dir.filePath(QStringLiteral("week1.csv"));
    const QString second = dir.filePath(QStringLiteral("week2.csv"));
    writeSnapshot(first, week1);
    writeSnapshot(second, nextWeek(week1, random));
    const QString path = dir.filePath(QStringLiteral("bench.yardstick"));

    std::vector<double> firstMs, updateMs, sameMs;
    qint64 updated = 0;
    qint64 completed = 0;
    for (int round = 0; round < rounds; ++round) {
        std::unique_ptr<Workbench> workbench = freshWorkbench(path);
        firstMs.push_back(timedImport(*workbench, first, {}).ms);
        const Timed update = timedImport(*workbench, second, {});
        updateMs.push_back(update.ms);
        updated = update.summary.updated;
        completed = update.summary.completedSinceLastImport;
        sameMs.push_back(timedImport(*workbench, second, {}).ms);
        std::printf("round %d: first %.0f ms, update %.0f ms, unchanged %.0f ms\n", round + 1,
                    firstMs.back(), updateMs.back(), sameMs.back());
    }
    std::printf("%d cases, medians of %d rounds:\n", count, rounds);
    std::printf("  %-50s %8.0f ms\n", "first import of the snapshot", median(firstMs));
    std::printf("  %-50s %8.0f ms  (%lld updated, %lld completed)\n",
                "next week's snapshot, 5% of the cases changed", median(updateMs),
                static_cast<long long>(updated), static_cast<long long>(completed));
    std::printf("  %-50s %8.0f ms\n", "the same snapshot again (all duplicates)", median(sameMs));

    const QString log = dir.filePath(QStringLiteral("events.csv"));
    writeEventLog(log, logRows, random);
    const QString plain = dir.filePath(QStringLiteral("plain.csv"));
    writeSnapshot(plain, makeCases(logRows, random));
    CaseImportSettings latest;
    latest.latestBy = QStringLiteral("sys_mod_count");
    std::vector<double> logMs, plainMs;
    ImportSummary logSummary;
    for (int round = 0; round < rounds; ++round) {
        std::unique_ptr<Workbench> workbench = freshWorkbench(path);
        const Timed timed = timedImport(*workbench, log, latest);
        logMs.push_back(timed.ms);
        logSummary = timed.summary;
        workbench = freshWorkbench(path);
        plainMs.push_back(timedImport(*workbench, plain, {}).ms);
    }
    std::printf("event log of %d rows (%lld cases kept, %lld rows superseded), medians:\n", logRows,
                static_cast<long long>(logSummary.imported),
                static_cast<long long>(logSummary.superseded));
    std::printf("  %-50s %8.0f ms\n", "with --latest-by sys_mod_count", median(logMs));
    std::printf("  %-50s %8.0f ms\n", "a plain file of as many distinct cases", median(plainMs));
    return 0;
}
