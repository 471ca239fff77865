// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "statistic.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace Yardstick {

QString Statistic::key() const
{
    switch (kind) {
    case Kind::Mean:
        return QStringLiteral("mean");
    case Kind::Median:
        return QStringLiteral("median");
    case Kind::Percentile:
        return QStringLiteral("p") + QString::number(int(parameter));
    case Kind::ShareWithin:
        return QStringLiteral("within:") + QString::number(parameter, 'g', 10);
    }
    Q_UNREACHABLE();
}

std::optional<Statistic> Statistic::fromKey(const QString &key)
{
    const QString k = key.trimmed().toLower();
    if (k == QLatin1String("mean"))
        return mean();
    if (k == QLatin1String("median"))
        return median();
    if (k.startsWith(QLatin1Char('p'))) {
        bool ok = false;
        const int p = k.mid(1).toInt(&ok);
        const Statistic s = percentile(p);
        if (ok && s.isValid())
            return s;
        return std::nullopt;
    }
    if (k.startsWith(QLatin1String("within:"))) {
        bool ok = false;
        const double n = k.mid(7).toDouble(&ok);
        const Statistic s = shareWithin(n);
        if (ok && s.isValid())
            return s;
        return std::nullopt;
    }
    return std::nullopt;
}

QString Statistic::displayName() const
{
    switch (kind) {
    case Kind::Mean:
        return QCoreApplication::translate("Yardstick::Statistic", "Mean");
    case Kind::Median:
        return QCoreApplication::translate("Yardstick::Statistic", "Median");
    case Kind::Percentile:
        return QCoreApplication::translate("Yardstick::Statistic", "%1th percentile")
            .arg(int(parameter));
    case Kind::ShareWithin:
        // The noun agrees with the number: "within 1 day", "within 2 days".
        if (parameter == 1)
            return QCoreApplication::translate("Yardstick::Statistic", "Share within 1 day");
        return QCoreApplication::translate("Yardstick::Statistic", "Share within %1 days")
            .arg(QLocale().toString(parameter, 'g', 6));
    }
    Q_UNREACHABLE();
}

bool Statistic::isValid() const
{
    switch (kind) {
    case Kind::Mean:
    case Kind::Median:
        return true;
    case Kind::Percentile:
        return parameter >= 1 && parameter <= 99 && parameter == std::floor(parameter);
    case Kind::ShareWithin:
        return std::isfinite(parameter) && parameter > 0;
    }
    return false;
}

} // namespace Yardstick
