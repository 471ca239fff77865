// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/basis.h"
#include "model/direction.h"
#include "model/metric.h"
#include "model/statistic.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace Yardstick {

// The words a standards catalogue may be written in. Analysts type what the
// window shows them ("Customer expectation", "Lower is better"), short forms
// ("customer", "P90", "% within 5 days") or Chinese ("客户期望", "越低越好"),
// not only the file keys; all of these read as the same value, whatever the
// case and spacing. A word that is still unknown gets a refusal that lists the
// words to use instead.
class CatalogueTerms final
{
    Q_DECLARE_TR_FUNCTIONS(Yardstick::CatalogueTerms)

public:
    // Case-folded and width-folded (NFKC), "_", "-" and brackets read as
    // spaces, runs of spaces as one, no spaces at the ends: what the words
    // below are compared as.
    static QString normalised(const QString &text);

    // One or more bases, separated by ";", ",", "/", "+", "&", "and", "、" or
    // "和"; an empty text is no basis. nullopt if any part is unknown.
    static std::optional<Basis> basis(const QString &text);
    static std::optional<Metric> metric(const QString &text);
    // Also checks the parameter: "p100" and "within 0 days" are refused.
    static std::optional<Statistic> statistic(const QString &text);
    static std::optional<Direction> direction(const QString &text);
    // The unit a known way of writing it stands for ("day" -> "days", "pct"
    // -> "%"). A unit is free text ("per 1,000 statements"), so any other
    // text is kept as written, trimmed.
    static QString unit(const QString &text);

    // A dimension as the catalogue names it: the key it is stored under and
    // the name a new one gets. The reference dimensions' keys, English names
    // and Chinese names give their own key and English name ("及时性" ->
    // timeliness, "Timeliness"); any other text gives its normalised form
    // with "_" for spaces as the key and itself, capitalised, as the name.
    struct DimensionTerm
    {
        QString key;
        QString name;
    };
    static DimensionTerm dimension(const QString &text);

    // '"xyz" is not a basis; use one of: customer expectation, ...'
    static QString basisRefusal(const QString &text);
    static QString metricRefusal(const QString &text);
    static QString statisticRefusal(const QString &text);
    static QString directionRefusal(const QString &text);
};

} // namespace Yardstick
