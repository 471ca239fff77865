// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "xlsxwriterlibrary.h"

#include <dlfcn.h>

namespace Yardstick {

namespace {

template<typename Function>
bool resolve(void *handle, const char *name, Function &function)
{
    function = reinterpret_cast<Function>(dlsym(handle, name));
    return function != nullptr;
}

XlsxWriterLibrary load()
{
    XlsxWriterLibrary library;
    // The file the program was linked against: lxw_version touches no ZIP
    // function, so calling the linked copy is safe.
    Dl_info linked{};
    if (dladdr(reinterpret_cast<void *>(&::lxw_version), &linked) == 0 || !linked.dli_fname) {
        library.error = QStringLiteral("libxlsxwriter was not found");
        return library;
    }
    void *handle = dlmopen(LM_ID_NEWLM, linked.dli_fname, RTLD_NOW | RTLD_LOCAL);
    if (!handle) {
        library.error = QString::fromLocal8Bit(dlerror());
        return library;
    }
    const bool found = resolve(handle, "workbook_new", library.workbookNew) &&
                       resolve(handle, "workbook_add_worksheet", library.addWorksheet) &&
                       resolve(handle, "workbook_add_format", library.addFormat) &&
                       resolve(handle, "workbook_close", library.close) &&
                       resolve(handle, "format_set_bold", library.setBold) &&
                       resolve(handle, "format_set_bottom", library.setBottom) &&
                       resolve(handle, "format_set_num_format", library.setNumberFormat) &&
                       resolve(handle, "worksheet_write_string", library.writeString) &&
                       resolve(handle, "worksheet_write_number", library.writeNumber) &&
                       resolve(handle, "worksheet_write_datetime", library.writeDateTime) &&
                       resolve(handle, "worksheet_set_column", library.setColumn) &&
                       resolve(handle, "worksheet_freeze_panes", library.freezePanes) &&
                       resolve(handle, "worksheet_autofilter", library.autofilter) &&
                       resolve(handle, "worksheet_set_landscape", library.setLandscape) &&
                       resolve(handle, "worksheet_fit_to_pages", library.fitToPages) &&
                       resolve(handle, "worksheet_repeat_rows", library.repeatRows) &&
                       resolve(handle, "lxw_strerror", library.errorText);
    if (!found)
        library.error = QStringLiteral("libxlsxwriter %1 lacks a function Yardstick uses")
                            .arg(QString::fromUtf8(lxw_version()));
    return library;
}

} // namespace

const XlsxWriterLibrary &XlsxWriterLibrary::loaded()
{
    static const XlsxWriterLibrary library = load();
    return library;
}

} // namespace Yardstick
