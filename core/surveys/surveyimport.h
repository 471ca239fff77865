// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/importreport.h"

#include <QString>

namespace Yardstick {

class Workbench;

struct SurveyImportOptions : ImportOptions
{
    // The wave the answers belong to. A wave of that name must exist (in a
    // survey's definition) unless `survey` names the survey to add it to.
    QString wave;
    // Optional: the survey to create the wave in when it does not exist yet
    // (dates then come from today; the analyst edits them later).
    QString survey;
};

// Imports survey answers from CSV in either layout, told apart by the header:
//  - long: respondent,item,dimension,expectation,perception[,importance]
//    [,customer_ref], one row per respondent and item; an item not yet in the
//    survey is added to it in that dimension;
//  - wide: respondent[,customer_ref] then E_<item>, P_<item> and optionally
//    I_<item> columns, one row per respondent; the items must be defined in
//    the survey beforehand.
// Values must be numbers on the survey's scale; an empty cell is a missing
// answer and simply absent. Every rejection is located (file, line, column,
// reason); all or nothing unless options.skipBadRows. Answers already stored
// for the same wave, respondent and item are duplicates when identical and
// conflicts when not.
ImportSummary importSurveyResponses(Workbench &workbench, const QString &path,
                                    const SurveyImportOptions &options);

} // namespace Yardstick
