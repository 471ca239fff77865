// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "thinperiod.h"

#include "analysis/statistics.h"

#include <algorithm>
#include <vector>

namespace Yardstick {

std::optional<ThinPeriod> thinPeriod(std::optional<qint64> count,
                                     std::span<const std::optional<qint64>> previous)
{
    if (!count || *count <= 0)
        return std::nullopt;
    const std::size_t from = previous.size() > std::size_t(ThinRule::kUsualPeriods)
                                 ? previous.size() - std::size_t(ThinRule::kUsualPeriods)
                                 : 0;
    std::vector<double> counts;
    for (std::size_t i = from; i < previous.size(); ++i) {
        if (previous[i] && *previous[i] > 0)
            counts.push_back(double(*previous[i]));
    }
    if (counts.size() < std::size_t(ThinRule::kMinUsualPeriods))
        return std::nullopt;
    std::sort(counts.begin(), counts.end());
    const double usual = *Statistics::medianOfSorted(counts);
    if (double(*count) >= ThinRule::kShareOfUsual * usual)
        return std::nullopt;
    return ThinPeriod{*count, usual};
}

} // namespace Yardstick
