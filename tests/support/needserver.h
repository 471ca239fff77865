// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The first line of a test that needs the PostgreSQL test server: makes a
// fresh database called `database` on it, or, outside scripts/dev test
// (no YARDSTICK_TEST_PG_URI), warns and leaves the test. Include after
// Catch2.
#include "support/pgtestdatabase.h"

#define NEED_SERVER(database)                                                                      \
    if (PgTestDatabase::clusterUri().isEmpty()) {                                                  \
        WARN("Skipped: no PostgreSQL test server (YARDSTICK_TEST_PG_URI is unset; "                \
             "scripts/dev test starts one).");                                                     \
        return;                                                                                    \
    }                                                                                              \
    PgTestDatabase database;                                                                       \
    INFO(database.error().toStdString());                                                          \
    REQUIRE(database.isValid())
