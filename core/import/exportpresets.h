// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "caseimportsettings.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace Yardstick {

// A case export of a service-desk system (or a regulator's complaint
// register) recognised by its header, with the mapping Yardstick proposes
// for it. The analyst confirms the proposal in the wizard; the command line
// uses it when nothing more specific (--map, a remembered mapping) applies.
struct RecognisedExport
{
    QString name; // translated: "ServiceNow incident export"
    // The columns, the "latest row" column and the case identity; dates are
    // left to Auto unless the system writes one fixed form (a pattern).
    CaseImportSettings settings;
    // How the system writes dates, in words for the analyst (translated).
    QString dates;
};

// The export this header comes from, if it is one Yardstick knows: ServiceNow
// incidents and requests, Zendesk tickets, Jira Service Management issues,
// Salesforce Service Cloud cases, Freshdesk tickets, a CFPB-style complaint
// register. Columns are matched ignoring case, spaces and punctuation, and
// each export needs its distinctive columns, so a generic file is not taken
// for one.
std::optional<RecognisedExport> recogniseExport(const QStringList &header);

// One line saying how a recognised export is read, as the command line
// prints it: "Recognised a ServiceNow incident export: case_id=number,
// received=opened_at, ...; latest row by sys_mod_count; case ids are global."
// The settings are those used: the proposal, or it with the options given.
QString describeRecognisedExport(const QString &name, const CaseImportSettings &settings);

} // namespace Yardstick
