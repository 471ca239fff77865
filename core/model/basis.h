// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFlags>
#include <QString>
#include <QStringList>

#include <optional>

namespace Yardstick {

// Why a standard sits where it does (DOMAIN.md: customer expectation,
// competition, current capability, economics). Any combination.
enum class BasisFlag
{
    CustomerExpectation = 0x1,
    Competition = 0x2,
    Capability = 0x4,
    Economics = 0x8,
};
Q_DECLARE_FLAGS(Basis, BasisFlag)
Q_DECLARE_OPERATORS_FOR_FLAGS(Basis)

QList<BasisFlag> allBasisFlags();
QString basisFlagKey(BasisFlag flag);
QString basisFlagDisplayName(BasisFlag flag);
// "customer_expectation;economics" <-> flags. An unknown key gives nullopt.
QString basisKeys(Basis basis);
std::optional<Basis> basisFromKeys(const QString &keys);
QString basisDisplayText(Basis basis);

} // namespace Yardstick
