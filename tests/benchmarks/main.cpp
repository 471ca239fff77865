// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later

// yardstick-bench: times the foundation's heavy paths on the demo workbench
// (build it, open it, read the catalogue, measurements and cases, load the
// table models). Not a test: numbers go into the README with the machine.
// Each step runs several times and the median is printed.
#include "demo/demoworkbenchgenerator.h"
#include "itemmodels/measurementtablemodel.h"
#include "itemmodels/standardtablemodel.h"
#include "workbench/workbench.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

using namespace Yardstick;

namespace {

double medianMs(int runs, const std::function<void()> &work)
{
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        times.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

void report(const char *what, double ms)
{
    std::printf("%-48s %10.1f ms\n", what, ms);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.yardstick"));
    const DemoWorkbenchGenerator generator;

    int run = 0;
    report("build the demo workbench file (median of 3)", medianMs(3, [&] {
               const QString target = dir.filePath(QStringLiteral("d%1.yardstick").arg(run++));
               if (!generator.writeFile(target).ok())
                   qFatal("demo generation failed");
           }));
    if (!generator.writeFile(path).ok())
        qFatal("demo generation failed");
    std::printf("demo file size: %.1f MB\n", double(QFile(path).size()) / 1e6);

    report("open the demo workbench (median of 9)", medianMs(9, [&] {
               if (!Workbench::open(path).workbench)
                   qFatal("open failed");
           }));
    Workbench::OpenResult opened = Workbench::open(path);
    Workbench &wb = *opened.workbench;
    qsizetype count = 0;
    report("read the catalogue (188 standards, revisions)",
           medianMs(9, [&] { count = wb.catalogue().standards().size(); }));
    report("read all measurements", medianMs(9, [&] { count = wb.measurements().all().size(); }));
    std::printf("  (%lld measurements)\n", static_cast<long long>(count));
    const QList<Service> services = wb.services().all();
    report("read every case record", medianMs(5, [&] {
               count = 0;
               for (const Service &s : services)
                   count += wb.cases().forService(s.id).size();
           }));
    std::printf("  (%lld cases)\n", static_cast<long long>(count));
    report("load the standards table model", medianMs(9, [&] {
               StandardTableModel model(wb.catalogue(), ReferenceData::load(wb));
               count = model.rowCount();
           }));
    const QList<Standard> standards = wb.catalogue().standards();
    report("load the measurements table model", medianMs(9, [&] {
               MeasurementTableModel model;
               model.setMeasurements(wb.measurements().all(), standards);
               count = model.rowCount();
           }));
    return 0;
}
