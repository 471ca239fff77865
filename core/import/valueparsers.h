// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QChar>
#include <QStringView>

#include <optional>

namespace Yardstick {

// yes/no, true/false, 1/0, Y/N in any case, spaces around ignored.
std::optional<bool> parseBoolean(QStringView text);

// A plain decimal number ("12", "-3.5", "1e3"). A decimal comma ("12,5") is
// accepted when the file's separator is not a comma, as spreadsheets in
// comma-decimal locales write them. No thousands separators.
std::optional<double> parseNumber(QStringView text, QChar separator);

} // namespace Yardstick
