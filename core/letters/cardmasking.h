// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

namespace Yardstick {

// Whether a string of decimal digits passes the Luhn check that every
// payment card number carries (ISO/IEC 7812-1). False for an empty string or
// one holding anything but digits.
bool passesLuhn(QStringView digits);

struct MaskedText
{
    QString text;
    int masked = 0; // card numbers replaced
};

// Replaces every card number in the text by "•••• •••• •••• 1234" (its last
// four digits), so none is ever stored or shown in clear. What counts as a
// card number is spelled out in cardmasking.cpp; in short, a Luhn-valid run of
// 13-19 digits, optionally grouped by single spaces or dashes, standing on
// its own or glued to non-Latin text ("卡号4111111111111111已经").
MaskedText maskCardNumbers(const QString &text);

} // namespace Yardstick
