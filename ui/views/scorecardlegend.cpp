// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "scorecardlegend.h"

#include "analysis/scorecard.h"
#include "delegates/compliancelook.h"

namespace Yardstick {

namespace {

QString entry(const SymbolLook &look, const QString &text)
{
    return QStringLiteral("<tr><td align=center style='padding-right:8px'>"
                          "<b style='color:%1'>%2</b></td><td>%3</td></tr>")
        .arg(look.colour.name(), look.symbol, text.toHtmlEscaped());
}

} // namespace

ScorecardLegend::ScorecardLegend(QWidget *parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("scorecardLegend"));
    setTextFormat(Qt::RichText);
    setAlignment(Qt::AlignTop | Qt::AlignLeft);
    setWordWrap(true);
    setContentsMargins(16, 0, 0, 0);
    QString html = tr("<b>Reading the scorecard</b>");
    html += QStringLiteral("<table cellspacing=2>");
    html += entry(complianceStatusLook(QStringLiteral("met")), tr("Met: the target is reached"));
    html += entry(complianceStatusLook(QStringLiteral("at_risk")),
                  tr("At risk: short of the target, within the threshold"));
    html += entry(complianceStatusLook(QStringLiteral("breached")),
                  tr("Breached: worse than the threshold"));
    html += entry(complianceStatusLook(QStringLiteral("no_data")),
                  tr("No data: nothing measured in the period"));
    html += entry(trendLook(QStringLiteral("improving")),
                  tr("Improving, ↘ worsening, → steady: a line fitted through the last %1 "
                     "periods")
                      .arg(Scorecard::kTrendPeriods));
    html += entry(trendLook(QStringLiteral("too_few_periods")),
                  tr("Too few periods: fewer than %1 periods with values, too few to call a "
                     "trend")
                      .arg(kMinTrendPoints));
    html += QStringLiteral("</table>");
    html += tr("<p>(thin): the period's cases are fewer than a quarter of the usual (the "
               "median of the %1 periods before it); its status rests on a handful of cases and "
               "it is left out of the trend.</p>")
                .arg(ThinRule::kUsualPeriods);
    html += tr("<p>Recent: the last %1 periods, oldest first; the dashed line is the target, "
               "the dot the period shown. Hover over a cell for the figures behind it; "
               "double-click a standard to open it in the catalogue.</p>")
                .arg(Scorecard::kRecentPeriods);
    setText(html);
}

} // namespace Yardstick
