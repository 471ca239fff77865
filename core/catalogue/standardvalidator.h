// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/standard.h"
#include "validationissue.h"

#include <QCoreApplication>

namespace Yardstick {

// The rules a standard must satisfy before it is stored: required fields, a
// well-formed code, and a target and threshold that make sense for the
// metric and the direction. Code uniqueness needs the catalogue and is
// checked by StandardCatalogue.
class StandardValidator final
{
    Q_DECLARE_TR_FUNCTIONS(Yardstick::StandardValidator)

public:
    static ValidationIssues validate(const Standard &standard);
    static bool isWellFormedCode(const QString &code);
};

} // namespace Yardstick
