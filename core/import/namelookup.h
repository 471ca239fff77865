// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>
#include <QStringView>

#include <optional>

namespace Yardstick {

// Finds a service, department or dimension by its code or its name, ignoring
// case and surrounding spaces, as analysts type either. Remembers each raw
// text it has resolved, so a million rows naming a dozen services cost a
// dozen case-folds.
class NameLookup final
{
public:
    void add(qint64 id, const QString &code, const QString &name);
    std::optional<qint64> find(const QString &text) const;

private:
    QHash<QString, qint64> m_byFoldedName;
    mutable QHash<QString, std::optional<qint64>> m_seen;
};

} // namespace Yardstick
