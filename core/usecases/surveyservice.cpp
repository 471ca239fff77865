// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "surveyservice.h"

#include "workbench/workbench.h"

namespace Yardstick {

SurveyService::SurveyService(Workbench &workbench, QObject *parent)
    : QObject(parent)
    , m_workbench(workbench)
{}

} // namespace Yardstick
