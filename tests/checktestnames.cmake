# SPDX-FileCopyrightText: 2026 The Yardstick authors
# SPDX-License-Identifier: GPL-3.0-or-later

# catch_discover_tests splits a test name at ';' (a CMake list separator):
# neither half matches a test, Catch2 v2 prints "No test cases matched" and
# exits 0, so the test never runs and ctest counts it passed. This check fails
# while any test binary has such a name, or while the test cases the binaries
# list (plus this check) are not exactly the tests ctest runs. Run with
# -DBINARIES=a|b|c -DCTEST=path/to/ctest -DBUILD_DIR=dir, and -DPLAIN=n for the
# ctest entries that are plain programs rather than Catch2 test cases (the
# fuzz regression replays).
string(REPLACE "|" ";" binaries "${BINARIES}")
if(NOT PLAIN)
    set(PLAIN 0)
endif()
math(EXPR listed "1 + ${PLAIN}") # this check itself and the plain programs
foreach(binary IN LISTS binaries)
    execute_process(COMMAND "${binary}" --list-test-names-only
                    OUTPUT_VARIABLE names RESULT_VARIABLE result)
    string(FIND "${names}" ";" semicolon)
    if(NOT semicolon EQUAL -1)
        string(SUBSTRING "${names}" 0 ${semicolon} before)
        string(REGEX REPLACE ".*\n" "" line "${before}")
        message(FATAL_ERROR "${binary}: a test name contains ';' and would never run: ${line}...")
    endif()
    string(REGEX MATCHALL "[^\n]+" lines "${names}")
    list(LENGTH lines count)
    math(EXPR listed "${listed} + ${count}")
endforeach()
# The tests ctest runs a second time on the PostgreSQL server.
if(SERVER_BINARY)
    execute_process(COMMAND "${SERVER_BINARY}" --server-pass --list-test-names-only
                    OUTPUT_VARIABLE names)
    string(REGEX MATCHALL "[^\n]+" lines "${names}")
    list(LENGTH lines count)
    math(EXPR listed "${listed} + ${count}")
endif()
if(CTEST)
    execute_process(COMMAND "${CTEST}" -N WORKING_DIRECTORY "${BUILD_DIR}"
                    OUTPUT_VARIABLE summary)
    string(REGEX MATCH "Total Tests: ([0-9]+)" found "${summary}")
    if(NOT CMAKE_MATCH_1 EQUAL listed)
        message(FATAL_ERROR "ctest runs ${CMAKE_MATCH_1} tests but the binaries list ${listed} "
                            "(with this check and ${PLAIN} plain programs): a test is hidden or counted twice")
    endif()
endif()
