// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Yardstick {

// US dollars as a slide shows them: from US$10,000 up to three significant
// figures with a k / M / B suffix ("US$1.40M", "US$17.5M", "US$350k"), below
// in whole dollars with separators ("US$1,234"), below US$100 with cents
// ("US$0.33"); a loss is "−US$2.00M".
// Management reads orders of magnitude; exact cents would only hide them.
QString formatMoney(double dollars);

} // namespace Yardstick
