# SPDX-FileCopyrightText: 2026 The Yardstick authors
# SPDX-License-Identifier: GPL-3.0-or-later

# catch_discover_tests splits a test name at ';' (a CMake list separator):
# neither half matches a test, Catch2 v2 prints "No test cases matched" and
# exits 0, so the test never runs and ctest counts it passed. This check fails
# while any test binary has such a name. Run with -DBINARIES=a|b|c.
string(REPLACE "|" ";" binaries "${BINARIES}")
foreach(binary IN LISTS binaries)
    execute_process(COMMAND "${binary}" --list-test-names-only
                    OUTPUT_VARIABLE names RESULT_VARIABLE result)
    string(FIND "${names}" ";" semicolon)
    if(NOT semicolon EQUAL -1)
        string(SUBSTRING "${names}" 0 ${semicolon} before)
        string(REGEX REPLACE ".*\n" "" line "${before}")
        message(FATAL_ERROR "${binary}: a test name contains ';' and would never run: ${line}...")
    endif()
endforeach()
