// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The Catch2 runner for the core tests, in its own translation unit because
// Catch's main is slow to compile. Core tests need an event loop object but
// no GUI.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QCoreApplication>

#include <cstdio>
#include <string>

namespace {

// The test files whose tests ctest runs a second time with every workbench
// on the PostgreSQL test server (YARDSTICK_TEST_ENGINE=postgresql, see
// tests/CMakeLists.txt): storage, imports and the services, less the tests
// of what only a file has ([sqlite-only]: PRAGMAs, VACUUM INTO, in-memory
// workbenches). The demo's own tests are left out: each would generate the
// demo again over the network.
constexpr const char *kServerTestFiles[] = {
    "test_storage",
    "test_letterstorage",
    "test_surveystorage",
    "test_auditstorage",
    "test_caseimport",
    "test_caseimportservice",
    "test_caseimportbatches",
    "test_casereimport",
    "test_caseimportcreatemissing",
    "test_caseimportvaluemaps",
    "test_measurementimport",
    "test_standardimport",
    "test_letterimport",
    "test_letterservice",
    "test_changelog",
    "test_editconflicts",
    "test_surveyimport",
    "test_organisationservice",
    "test_rememberedmappings",
    "test_surveyservice",
    "test_auditservice",
    "test_processphases",
    "test_valuemodels",
    "test_periodvalues",
    "test_scorecard",
    "test_complainthandling",
    "test_chartservice",
    "test_storedmoment",
    "test_newworkbench",
};

std::string serverTestSpec()
{
    std::string spec;
    for (const char *file : kServerTestFiles)
        spec += (spec.empty() ? "" : ",") + std::string("[#") + file + "]~[sqlite-only]";
    return spec;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    Catch::Session session;
    bool serverPass = false;
    session.cli(session.cli() |
                Catch::clara::Opt(serverPass)["--server-pass"](
                    "only the tests ctest runs again on the PostgreSQL test server"));
    if (const int error = session.applyCommandLine(argc, argv); error != 0)
        return error;
    if (serverPass) {
        session.configData().filenamesAsTags = true;
        session.configData().testsOrTags.push_back(serverTestSpec());
    }
    // The PostgreSQL pass needs the server scripts/dev test starts; run
    // without it (ctest by hand), it is skipped, as the [postgresql] tests
    // are, rather than failing every test.
    if (!session.configData().listTestNamesOnly &&
        qEnvironmentVariable("YARDSTICK_TEST_ENGINE") == QLatin1String("postgresql") &&
        qEnvironmentVariableIsEmpty("YARDSTICK_TEST_PG_URI")) {
        std::fputs("Skipped: no PostgreSQL test server (YARDSTICK_TEST_PG_URI is unset; "
                   "scripts/dev test starts one).\n",
                   stderr);
        return 0;
    }
    return session.run();
}
