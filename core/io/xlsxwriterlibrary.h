// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <xlsxwriter.h>

namespace Yardstick {

// libxlsxwriter's functions, reached through a private copy of the library
// loaded in a link-map namespace of its own (dlmopen).
//
// Why: libxlsxwriter writes its ZIP container through minizip's zipOpen…
// functions, and QuaZip (which the xlsx import links) exports functions of
// the same names that take a QIODevice instead of a file name. In one
// namespace the dynamic linker binds libxlsxwriter to QuaZip's and the
// write crashes. In its own namespace libxlsxwriter binds to Debian's
// libminizip as it was built to. (RTLD_DEEPBIND would do too, but the
// sanitizer runtimes refuse it.) The program still links libxlsxwriter, so
// the packaging sees the dependency, and the copy loaded is that same file.
struct XlsxWriterLibrary
{
    decltype(&::workbook_new) workbookNew = nullptr;
    decltype(&::workbook_add_worksheet) addWorksheet = nullptr;
    decltype(&::workbook_add_format) addFormat = nullptr;
    decltype(&::workbook_close) close = nullptr;
    decltype(&::format_set_bold) setBold = nullptr;
    decltype(&::format_set_bottom) setBottom = nullptr;
    decltype(&::format_set_num_format) setNumberFormat = nullptr;
    decltype(&::worksheet_write_string) writeString = nullptr;
    decltype(&::worksheet_write_number) writeNumber = nullptr;
    decltype(&::worksheet_write_datetime) writeDateTime = nullptr;
    decltype(&::worksheet_set_column) setColumn = nullptr;
    decltype(&::worksheet_freeze_panes) freezePanes = nullptr;
    decltype(&::worksheet_autofilter) autofilter = nullptr;
    decltype(&::worksheet_set_landscape) setLandscape = nullptr;
    decltype(&::worksheet_fit_to_pages) fitToPages = nullptr;
    decltype(&::worksheet_repeat_rows) repeatRows = nullptr;
    decltype(&::lxw_strerror) errorText = nullptr;
    // Empty once every function is found; otherwise why the library is not
    // usable.
    QString error;

    // The library, loaded on first use and kept for the process: a
    // namespace cannot be given back (each holds a copy of the C library's
    // thread-local storage, of which there is room for a few only).
    static const XlsxWriterLibrary &loaded();
};

} // namespace Yardstick
