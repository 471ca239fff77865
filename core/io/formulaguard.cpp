// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "formulaguard.h"

namespace Yardstick {

namespace {

bool startsFormula(QStringView cell)
{
    if (cell.isEmpty())
        return false;
    const QChar first = cell.front();
    return first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t' ||
           first == u'\r';
}

bool isPlainNumber(QStringView cell)
{
    for (const QChar c : cell) {
        if (!(c.isDigit() || c == u'-' || c == u'+' || c == u'.' || c == u'e' || c == u'E'))
            return false;
    }
    bool ok = false;
    static_cast<void>(cell.toDouble(&ok));
    return ok;
}

// Whether the cell is apostrophes in front of what would be a formula.
bool isGuarded(QStringView cell)
{
    qsizetype i = 0;
    while (i < cell.size() && cell.at(i) == u'\'')
        ++i;
    return i > 0 && startsFormula(cell.mid(i)) && !isPlainNumber(cell.mid(i));
}

} // namespace

QString guardedCell(const QString &cell)
{
    if ((startsFormula(cell) && !isPlainNumber(cell)) || isGuarded(cell))
        return QLatin1Char('\'') + cell;
    return cell;
}

void unguardCell(QString &cell)
{
    if (isGuarded(cell))
        cell.remove(0, 1);
}

} // namespace Yardstick
