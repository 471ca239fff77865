// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "valueparsers.h"

#include <QLocale>
#include <QString>

#include <cmath>

namespace Yardstick {

std::optional<bool> parseBoolean(QStringView text)
{
    const QStringView value = text.trimmed();
    for (const char *yes : {"yes", "true", "1", "y"}) {
        if (value.compare(QLatin1String(yes), Qt::CaseInsensitive) == 0)
            return true;
    }
    for (const char *no : {"no", "false", "0", "n"}) {
        if (value.compare(QLatin1String(no), Qt::CaseInsensitive) == 0)
            return false;
    }
    return std::nullopt;
}

std::optional<double> parseNumber(QStringView text, QChar separator)
{
    QString value = text.trimmed().toString();
    if (value.isEmpty())
        return std::nullopt;
    if (separator != QLatin1Char(',') && value.count(QLatin1Char(',')) == 1 &&
        !value.contains(QLatin1Char('.')))
        value.replace(QLatin1Char(','), QLatin1Char('.'));
    // The C locale would take "1,234" as a thousands separator.
    static const QLocale locale = [] {
        QLocale c = QLocale::c();
        c.setNumberOptions(QLocale::RejectGroupSeparator);
        return c;
    }();
    bool ok = false;
    const double number = locale.toDouble(value, &ok);
    if (!ok || !std::isfinite(number))
        return std::nullopt;
    return number;
}

} // namespace Yardstick
