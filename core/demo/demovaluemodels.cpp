// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "demovaluemodels.h"

#include "workbench/workbench.h"

#include <optional>

namespace Yardstick {

namespace {

struct DemoValueSpec
{
    const char *service;
    const char *title; // the standard's title in DemoStandardSpecs
    double valuePerDay;
    double casesPerYear;
    std::optional<double> costPerYear;
    const char *note;
};

// The cases in the demo file are a sample of the division's work; the
// volumes here are the division's, as the finance department would state
// them. The card figures are DOMAIN.md's: US$0.33 a card-day (the interest
// and fees a card earns once the holder has it) on about 4.25 million cards,
// US$1.4 million a year per day. Applications (35 -> 15 days) and
// replacements (15 -> 2 days) at the same US$0.33 on 1.75 and 1.4 million a
// year: 20 x 0.33 x 1,750,000 + 13 x 0.33 x 1,400,000 = 11.55 + 6.01 = about
// US$17.5 million a year, the case's figure for the faster issuance.
// clang-format off
const DemoValueSpec kSpecs[] = {
    {"NEW", "Mean time for a new card to reach the holder", 0.33, 4'250'000, std::nullopt,
     "A card earns interest and fees from the day the holder has it: about US$0.33 a card-day."},
    {"APP", "Mean application processing time", 0.33, 1'750'000, 1'200'000,
     "Each day a decision comes sooner the card starts earning a day earlier; the cost is the "
     "extra underwriting staff."},
    {"REP", "Mean card replacement time", 0.33, 1'400'000, 800'000,
     "A holder without a card spends on another one; the cost is the overnight courier."},
    {"DSP", "Mean dispute resolution time", 0.40, 60'000, 150'000,
     "Provisional credit carried while a dispute is open."},
    {"CMP", "Mean complaint resolution time", 0.50, 40'000, std::nullopt,
     "Complainants who close their account grow with every day a complaint stays open."},
};
// clang-format on

} // namespace

QList<ValueModel> DemoValueModels::models(const QList<DemoStandard> &plan)
{
    QList<ValueModel> result;
    for (const DemoValueSpec &spec : kSpecs) {
        for (const DemoStandard &d : plan) {
            if (d.serviceCode != QLatin1String(spec.service) ||
                d.standard.title != QString::fromUtf8(spec.title))
                continue;
            ValueModel model;
            model.standardId = d.standard.id;
            model.valuePerDay = spec.valuePerDay;
            model.casesPerYear = spec.casesPerYear;
            model.costPerYear = spec.costPerYear;
            model.note = QString::fromUtf8(spec.note);
            result.append(model);
            break;
        }
    }
    return result;
}

StorageResult DemoValueModels::apply(Workbench &workbench, const QList<DemoStandard> &plan)
{
    for (const ValueModel &model : models(plan)) {
        if (StorageResult r = workbench.valueModels().set(model); !r.ok())
            return r;
    }
    return StorageResult::success();
}

} // namespace Yardstick
