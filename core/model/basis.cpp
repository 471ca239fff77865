// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "basis.h"

#include <QCoreApplication>
#include <QLocale>

namespace Yardstick {

QList<BasisFlag> allBasisFlags()
{
    return {BasisFlag::CustomerExpectation, BasisFlag::Competition, BasisFlag::Capability,
            BasisFlag::Economics};
}

QString basisFlagKey(BasisFlag flag)
{
    switch (flag) {
    case BasisFlag::CustomerExpectation:
        return QStringLiteral("customer_expectation");
    case BasisFlag::Competition:
        return QStringLiteral("competition");
    case BasisFlag::Capability:
        return QStringLiteral("capability");
    case BasisFlag::Economics:
        return QStringLiteral("economics");
    }
    Q_UNREACHABLE();
}

QString basisFlagDisplayName(BasisFlag flag)
{
    switch (flag) {
    case BasisFlag::CustomerExpectation:
        return QCoreApplication::translate("Yardstick::Basis", "Customer expectation");
    case BasisFlag::Competition:
        return QCoreApplication::translate("Yardstick::Basis", "Competition");
    case BasisFlag::Capability:
        return QCoreApplication::translate("Yardstick::Basis", "Processing capability");
    case BasisFlag::Economics:
        return QCoreApplication::translate("Yardstick::Basis", "Economics");
    }
    Q_UNREACHABLE();
}

QString basisKeys(Basis basis)
{
    QStringList keys;
    for (BasisFlag flag : allBasisFlags()) {
        if (basis.testFlag(flag))
            keys.append(basisFlagKey(flag));
    }
    return keys.join(QLatin1Char(';'));
}

std::optional<Basis> basisFromKeys(const QString &keys)
{
    Basis basis;
    const QStringList parts = keys.split(QLatin1Char(';'), Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        const QString key = part.trimmed().toLower();
        bool known = false;
        for (BasisFlag flag : allBasisFlags()) {
            if (key == basisFlagKey(flag)) {
                basis |= flag;
                known = true;
            }
        }
        if (!known)
            return std::nullopt;
    }
    return basis;
}

QString basisDisplayText(Basis basis)
{
    QStringList names;
    for (BasisFlag flag : allBasisFlags()) {
        if (basis.testFlag(flag))
            names.append(basisFlagDisplayName(flag));
    }
    return QLocale().createSeparatedList(names);
}

} // namespace Yardstick
