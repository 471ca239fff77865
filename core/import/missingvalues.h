// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

namespace Yardstick {

// The words an export writes for "no value". An empty or blank cell is always
// missing; so are, by default, ?, NULL, null, N/A, n/a, NA, - and --, and
// the extra words an analyst adds (--missing TOKEN). Words are matched
// exactly (case matters), spaces around the cell ignored.
class MissingValues final
{
public:
    explicit MissingValues(const QStringList &extra = {});

    static QStringList defaultTokens();

    bool isMissing(QStringView value) const;

private:
    QStringList m_tokens; // a handful: compared in place, nothing allocated per cell
    qsizetype m_longest = 0;
};

} // namespace Yardstick
