// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What yardstick-cli's exit status means. Scripts branch on these, so the
// numbers are part of the tool's contract.
namespace Yardstick::ExitCode {

inline constexpr int Success = 0;
// The command line was fine but the input was not: a file that is not a
// workbench, a file that already exists, a write that failed.
inline constexpr int BadInput = 1;
// The command line itself was wrong: unknown command or option, a missing
// argument, a value that is not allowed.
inline constexpr int UsageError = 2;

} // namespace Yardstick::ExitCode
