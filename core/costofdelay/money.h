// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Yardstick {

// US dollars as a slide shows them, to three significant figures with a
// k / M / B suffix: "US$1.40M", "US$17.5M", "US$350k", "US$0.33", "−US$2.00M".
// Management reads orders of magnitude; exact cents would only hide them.
QString formatMoney(double dollars);

} // namespace Yardstick
