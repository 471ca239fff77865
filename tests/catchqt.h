// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Teaches Catch2 to print Qt values, so a failed CHECK shows the text and
// not "{?}".
#include <catch2/catch.hpp>

#include <QDate>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace Catch {

template<>
struct StringMaker<QString>
{
    static std::string convert(const QString &value) { return '"' + value.toStdString() + '"'; }
};

template<>
struct StringMaker<QStringList>
{
    static std::string convert(const QStringList &value)
    {
        return "[" + value.join(QStringLiteral(", ")).toStdString() + "]";
    }
};

template<>
struct StringMaker<QDate>
{
    static std::string convert(const QDate &value)
    {
        return value.toString(Qt::ISODate).toStdString();
    }
};

template<>
struct StringMaker<QVariant>
{
    static std::string convert(const QVariant &value)
    {
        return "QVariant(" + value.toString().toStdString() + ")";
    }
};

} // namespace Catch
