// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later

// A damaged workbench file opened through the storage layer, as File › Open
// and every command do: refused with a message, or opened (and upgraded when
// older) and then read: its title, standards, letters and summary.
#include "fuzzsupport.h"
#include "workbench/workbench.h"
#include "workbench/workbenchsummary.h"

#include <QFile>

using namespace Yardstick;
using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Fuzz::ensureApplication();
    // A journal left by an earlier input would be replayed into this one.
    QFile::remove(Fuzz::writeInput(u"damaged.yardstick-wal"_s, QByteArray()));
    QFile::remove(Fuzz::writeInput(u"damaged.yardstick-shm"_s, QByteArray()));
    QFile::remove(Fuzz::writeInput(u"damaged.yardstick-journal"_s, QByteArray()));
    const QString path = Fuzz::writeInput(u"damaged.yardstick"_s, Fuzz::Input(data, size).rest());
    // A damaged file must not make the reader wait for a lock.
    Database::Options options;
    options.busyTimeoutMs = 0;
    (void)Database::needsUpgrade(path);
    Workbench::OpenResult opened = Workbench::open(path, options);
    if (!opened.workbench)
        return 0;
    Workbench &workbench = *opened.workbench;
    (void)workbench.title();
    (void)workbench.standardRepository().all();
    (void)workbench.letters().all();
    (void)WorkbenchSummary::of(workbench);
    return 0;
}
