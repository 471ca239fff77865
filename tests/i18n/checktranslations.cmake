# SPDX-FileCopyrightText: 2026 The Yardstick authors
# SPDX-License-Identifier: GPL-3.0-or-later

# Fails when a translation catalogue is not complete: an entry marked
# unfinished or left empty, or a tr() text of the sources that the catalogue
# lacks (found by running lupdate over the sources into a copy of it).
#   cmake -DLUPDATE=lupdate -DTS=file.ts -DSOURCE_DIR=repo -DDIRS=ui+app/gui
#         -DWORK_DIR=scratch -P checktranslations.cmake
foreach(var LUPDATE TS SOURCE_DIR DIRS WORK_DIR)
    if(NOT DEFINED ${var})
        message(FATAL_ERROR "checktranslations.cmake needs -D${var}=")
    endif()
endforeach()

# Prints the source texts of the messages in `text` that are unfinished or
# empty and returns how many there are.
function(incomplete_messages text out_count)
    set(count 0)
    string(REGEX MATCHALL
        "<source>[^<]*</source>[ \n]*(<comment>[^<]*</comment>[ \n]*)?<translation( type=\"unfinished\")?( )?(/>|>[ \n]*(<numerusform>[ \n]*</numerusform>[ \n]*)*</translation>|>[ \n]*</translation>)"
        empties "${text}")
    string(REGEX MATCHALL "<source>[^<]*</source>[ \n]*(<comment>[^<]*</comment>[ \n]*)?<translation type=\"unfinished\""
        unfinished "${text}")
    foreach(match IN LISTS empties unfinished)
        string(REGEX MATCH "<source>([^<]*)</source>" source "${match}")
        message(STATUS "  ${CMAKE_MATCH_1}")
        math(EXPR count "${count} + 1")
    endforeach()
    set(${out_count} ${count} PARENT_SCOPE)
endfunction()

get_filename_component(name ${TS} NAME)
file(READ ${TS} text)
message(STATUS "${name}: unfinished or empty entries:")
incomplete_messages("${text}" in_file)

file(REMOVE_RECURSE ${WORK_DIR})
file(MAKE_DIRECTORY ${WORK_DIR})
set(copy ${WORK_DIR}/${name})
file(COPY_FILE ${TS} ${copy})
string(REPLACE "+" ";" dirs "${DIRS}")
execute_process(COMMAND ${LUPDATE} -silent -no-obsolete -locations none ${dirs} -ts ${copy}
                WORKING_DIRECTORY ${SOURCE_DIR}
                RESULT_VARIABLE failed ERROR_VARIABLE warnings)
if(failed)
    message(FATAL_ERROR "lupdate failed (${failed}): ${warnings}")
endif()
file(READ ${copy} updated)
message(STATUS "${name}: texts of ${DIRS} that lupdate finds and the catalogue lacks:")
incomplete_messages("${updated}" missing)

if(in_file GREATER 0 OR missing GREATER 0)
    message(FATAL_ERROR "${name}: ${in_file} unfinished or empty entries, "
                        "${missing} texts missing (run `cmake --build --preset ci --target "
                        "update_translations` and translate them)")
endif()
message(STATUS "${name}: complete")
