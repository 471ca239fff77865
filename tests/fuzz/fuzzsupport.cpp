// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fuzzsupport.h"

#include "workbench/workbench.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QTemporaryDir>

#include <cstdlib>

namespace Yardstick::Fuzz {

int Input::choose(int count)
{
    if (m_size == 0 || count <= 1)
        return 0;
    const int choice = *m_data % count;
    ++m_data;
    --m_size;
    return choice;
}

QByteArray Input::rest() const
{
    return QByteArray(reinterpret_cast<const char *>(m_data), static_cast<qsizetype>(m_size));
}

void ensureApplication()
{
    if (QCoreApplication::instance())
        return;
    // Static: the application must outlive every input, and a leak checker
    // must not count it.
    static int argc = 1;
    static char name[] = "yardstick-fuzz";
    static char *argv[] = {name, nullptr};
    static QCoreApplication application(argc, argv);
}

QString writeInput(const QString &name, const QByteArray &bytes)
{
    static QTemporaryDir folder;
    if (!folder.isValid())
        std::abort();
    const QString path = folder.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
        std::abort(); // the machine, not the reader: stop rather than fuzz nothing
    return path;
}

namespace {

void removeWorkbenchFile(const QString &path)
{
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
}

} // namespace

std::unique_ptr<Workbench> freshWorkbench(const QString &name,
                                          const std::function<bool(Workbench &)> &prepare)
{
    static QHash<QString, QString> prepared; // name: the file made once
    QString &original = prepared[name];
    if (original.isEmpty()) {
        original = writeInput(name + QLatin1String(".template"), QByteArray());
        removeWorkbenchFile(original);
        Workbench::OpenResult created = Workbench::create(original);
        if (!created.workbench || !prepare(*created.workbench))
            std::abort(); // the set-up, not the reader
    }
    const QString copy = writeInput(name, QByteArray());
    removeWorkbenchFile(copy);
    if (!QFile::copy(original, copy))
        std::abort();
    Workbench::OpenResult opened = Workbench::open(copy);
    if (!opened.workbench)
        std::abort();
    return std::move(opened.workbench);
}

} // namespace Yardstick::Fuzz
