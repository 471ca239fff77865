// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later

// An SPC data file of any chart kind (the first byte picks it), read as the
// spc command reads it and, when it reads cleanly, charted with each rule set:
// the numbers in a file (huge, tiny, zero sizes) reach the chart engine.
#include "fuzzsupport.h"
#include "import/spcdatareader.h"
#include "spc/controlchart.h"
#include "spc/runrules.h"

using namespace Yardstick;
using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Fuzz::ensureApplication();
    Fuzz::Input input(data, size);
    static const ControlChartType kinds[] = {ControlChartType::IndividualsMovingRange,
                                             ControlChartType::XbarR,
                                             ControlChartType::XbarS,
                                             ControlChartType::P,
                                             ControlChartType::Np,
                                             ControlChartType::C,
                                             ControlChartType::U};
    const ControlChartType kind = kinds[input.choose(7)];
    const RuleSet rules = input.choose(2) == 0 ? RuleSet::Nelson : RuleSet::WesternElectric;
    const QString path = Fuzz::writeInput(u"spc.csv"_s, input.rest());
    const SpcDataReadResult read = readSpcData(path, kind);
    if (!read.ok())
        return 0;
    ControlChartRequest request;
    request.kind = kind;
    request.data = read.data;
    request.rules = rules;
    const ControlChartResult chart = computeControlChart(request);
    if (const SpcError *error = std::get_if<SpcError>(&chart))
        (void)read.locate(*error);
    return 0;
}
