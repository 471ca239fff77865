// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/importreport.h"
#include "model/survey.h"
#include "storage/storageresult.h"

#include <QString>

#include <functional>
#include <optional>

namespace Yardstick {

class Workbench;

struct SurveyImportOptions : ImportOptions
{
    // The wave the answers belong to. When no survey has it yet it is added
    // to `survey`, else to the only survey, else (no survey yet) to a new
    // one named after the file; with several surveys `survey` must say.
    QString wave;
    // Optional: the survey to create the wave in when it does not exist yet
    // (created if needed; dates then come from today, edited later).
    QString survey;
    // Optional: the dates and channel the wave gets (its name is `wave`),
    // whether the import adds it or finds it; without them a new wave is
    // dated today. Set by SurveyService, which writes them in the import's
    // transaction.
    std::optional<SurveyWave> waveDefinition;
};

// Imports survey answers from CSV in either layout, told apart by the header:
//  - long: respondent,item,dimension,expectation,perception[,importance]
//    [,customer_ref], one row per respondent and item; an item not yet in the
//    survey is added to it in that dimension;
//  - wide: respondent[,customer_ref] then E_<item>, P_<item> and optionally
//    I_<item> columns, one row per respondent; an item the survey lacks is
//    added when its code begins with a dimension's key or name
//    (E_tangibles_1), else it must be defined in the survey beforehand.
// Values must be numbers on the survey's scale; an empty cell is a missing
// answer and simply absent. Every rejection is located (file, line, column,
// reason); all or nothing unless options.skipBadRows. Answers already stored
// for the same wave, respondent and item are duplicates when identical and
// conflicts when not. The survey, the wave and the answers are written in
// one transaction, taken only once the file is read.
class SurveyImporter final
{
public:
    // More writing that belongs to the import (SurveyService refreshes the
    // survey measurements): run in the import's transaction after the
    // answers are written; its failure keeps nothing.
    using AlsoWrite = std::function<StorageResult()>;

    explicit SurveyImporter(Workbench &workbench);

    ImportSummary run(const QString &path, const SurveyImportOptions &options,
                      const AlsoWrite &alsoWrite = {});

private:
    Workbench &m_workbench;
};

} // namespace Yardstick
