// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

namespace Yardstick {

class Workbench;

// Surveys: definitions, waves, importing answers (creating the survey and wave
// in the same transaction), the analysis of a wave beside the previous one and
// the measurements surveys feed.
// Each user action is one transaction; what derives from it is refreshed in
// it, and the change is announced so every view follows.
class SurveyService final : public QObject
{
    Q_OBJECT

public:
    explicit SurveyService(Workbench &workbench, QObject *parent = nullptr);

private:
    Workbench &m_workbench;
};

} // namespace Yardstick
