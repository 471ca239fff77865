// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "lexiconterm.h"

namespace Yardstick {

QString lexiconTargetKey(LexiconTarget target)
{
    switch (target) {
    case LexiconTarget::Service:
        return QStringLiteral("service");
    case LexiconTarget::Dimension:
        return QStringLiteral("dimension");
    case LexiconTarget::Severity:
        return QStringLiteral("severity");
    }
    Q_UNREACHABLE();
}

std::optional<LexiconTarget> lexiconTargetFromKey(const QString &key)
{
    for (LexiconTarget t :
         {LexiconTarget::Service, LexiconTarget::Dimension, LexiconTarget::Severity}) {
        if (key.trimmed().compare(lexiconTargetKey(t), Qt::CaseInsensitive) == 0)
            return t;
    }
    return std::nullopt;
}

} // namespace Yardstick
