// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

class QSettings;

namespace Yardstick {

// The most recently opened workbenches, newest first, kept in the settings
// the application hands in.
class RecentFiles final
{
public:
    static constexpr int kMaximum = 8;

    explicit RecentFiles(QSettings &settings);

    QStringList paths() const;
    void add(const QString &path);
    void remove(const QString &path);
    void clear();

private:
    void store(const QStringList &paths);

    QSettings &m_settings;
};

} // namespace Yardstick
