// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "changeentry.h"

#include <array>
#include <utility>

namespace Yardstick {

namespace {
constexpr std::array<std::pair<ChangeSubject, const char *>, 14> kKeys{{
    {ChangeSubject::Standard, "standard"},
    {ChangeSubject::Letter, "letter"},
    {ChangeSubject::Service, "service"},
    {ChangeSubject::Department, "department"},
    {ChangeSubject::Dimension, "dimension"},
    {ChangeSubject::Phase, "phase"},
    {ChangeSubject::ValueModel, "value_model"},
    {ChangeSubject::Holiday, "holiday"},
    {ChangeSubject::Import, "import"},
    {ChangeSubject::Survey, "survey"},
    {ChangeSubject::SurveyFeed, "survey_feed"},
    {ChangeSubject::Lexicon, "lexicon"},
    {ChangeSubject::Checklist, "checklist"},
    {ChangeSubject::AuditFeed, "audit_feed"},
}};
} // namespace

QString ChangeEntry::shownTime() const
{
    return at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString changeSubjectKey(ChangeSubject subject)
{
    for (const auto &[value, key] : kKeys) {
        if (value == subject)
            return QLatin1String(key);
    }
    return {};
}

std::optional<ChangeSubject> changeSubjectFromKey(const QString &key)
{
    for (const auto &[value, name] : kKeys) {
        if (key == QLatin1String(name))
            return value;
    }
    return std::nullopt;
}

} // namespace Yardstick
