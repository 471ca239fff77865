// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace Yardstick {

// How a file's cases are told apart: by case id within the service (ids
// repeat across services in many files), or by case id alone (systems whose
// ids are unique, such as ServiceNow's INC numbers); then a case whose service
// changed between rows or imports moves instead of doubling.
enum class CaseIdentity
{
    PerService,
    Global,
};

} // namespace Yardstick
