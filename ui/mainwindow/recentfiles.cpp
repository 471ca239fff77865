// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "recentfiles.h"

#include <QFileInfo>
#include <QSettings>

namespace Yardstick {

namespace {
const QString kKey = QStringLiteral("recentWorkbenches");

QString canonical(const QString &path)
{
    const QFileInfo info(path);
    const QString resolved = info.canonicalFilePath();
    return resolved.isEmpty() ? info.absoluteFilePath() : resolved;
}
} // namespace

RecentFiles::RecentFiles(QSettings &settings)
    : m_settings(settings)
{}

QStringList RecentFiles::paths() const
{
    return m_settings.value(kKey).toStringList();
}

void RecentFiles::add(const QString &path)
{
    QStringList list = paths();
    const QString entry = canonical(path);
    list.removeAll(entry);
    list.prepend(entry);
    while (list.size() > kMaximum)
        list.removeLast();
    store(list);
}

void RecentFiles::remove(const QString &path)
{
    QStringList list = paths();
    list.removeAll(path);
    list.removeAll(canonical(path));
    store(list);
}

void RecentFiles::clear()
{
    store({});
}

void RecentFiles::store(const QStringList &paths)
{
    m_settings.setValue(kKey, paths);
    m_settings.sync();
}

} // namespace Yardstick
