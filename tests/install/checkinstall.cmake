# SPDX-FileCopyrightText: 2026 The Yardstick authors
# SPDX-License-Identifier: GPL-3.0-or-later

# Installs the build into a scratch prefix, as `cmake --install` and the
# Debian package do, and fails unless exactly the expected files arrive:
# both programs (and the command-line one runs from there), the menu entry
# (valid, naming an installed program and icon), the icon at every hicolor
# size (each PNG really that size), the file type, every .qm the build made,
# the manual pages and the copyright. Run with -DBUILD_DIR=dir -DPREFIX=dir
# -DVERSION=x.y.z -DICON_SIZES=16|22|... [-DDESKTOP_FILE_VALIDATE=program].
string(REPLACE "|" ";" icon_sizes "${ICON_SIZES}")

file(REMOVE_RECURSE "${PREFIX}")
execute_process(COMMAND "${CMAKE_COMMAND}" --install "${BUILD_DIR}" --prefix "${PREFIX}"
                RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "cmake --install failed (${result}):\n${output}")
endif()

set(expected
    bin/yardstick
    bin/yardstick-cli
    share/applications/yardstick.desktop
    share/icons/hicolor/scalable/apps/yardstick.svg
    share/mime/packages/yardstick.xml
    share/doc/yardstick/copyright
    share/doc/yardstick/changelog.gz
    share/doc/yardstick/README.md
    share/man/man1/yardstick.1.gz
    share/man/man1/yardstick-cli.1.gz)
foreach(size IN LISTS icon_sizes)
    list(APPEND expected share/icons/hicolor/${size}x${size}/apps/yardstick.png)
endforeach()
file(GLOB built_translations RELATIVE "${BUILD_DIR}/translations" "${BUILD_DIR}/translations/*.qm")
foreach(qm IN LISTS built_translations)
    list(APPEND expected share/yardstick/translations/${qm})
endforeach()

file(GLOB_RECURSE installed RELATIVE "${PREFIX}" "${PREFIX}/*")
set(missing ${expected})
list(REMOVE_ITEM missing ${installed})
set(unexpected ${installed})
list(REMOVE_ITEM unexpected ${expected})
if(missing)
    message(FATAL_ERROR "Not installed: ${missing}")
endif()
if(unexpected)
    message(FATAL_ERROR "Installed but not expected (add them to tests/install/checkinstall.cmake "
                        "if they belong): ${unexpected}")
endif()

# A PNG's width and height are the two big-endian 32-bit numbers at byte 16.
foreach(size IN LISTS icon_sizes)
    set(png "${PREFIX}/share/icons/hicolor/${size}x${size}/apps/yardstick.png")
    file(READ "${png}" header LIMIT 24 HEX)
    string(SUBSTRING "${header}" 32 8 width_hex)
    string(SUBSTRING "${header}" 40 8 height_hex)
    math(EXPR width "0x${width_hex}")
    math(EXPR height "0x${height_hex}")
    if(NOT width EQUAL size OR NOT height EQUAL size)
        message(FATAL_ERROR "${png} is ${width}x${height} pixels, not ${size}x${size}")
    endif()
endforeach()

execute_process(COMMAND "${PREFIX}/bin/yardstick-cli" --version
                RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
if(NOT result EQUAL 0 OR NOT output MATCHES "${VERSION}")
    message(FATAL_ERROR "The installed yardstick-cli --version said (${result}): ${output}")
endif()

# The menu entry starts an installed program and shows the installed icon.
set(desktop "${PREFIX}/share/applications/yardstick.desktop")
file(STRINGS "${desktop}" exec_line REGEX "^Exec=")
file(STRINGS "${desktop}" icon_line REGEX "^Icon=")
string(REGEX REPLACE "^Exec=([^ ]+).*" "\\1" exec_program "${exec_line}")
string(REGEX REPLACE "^Icon=" "" icon_name "${icon_line}")
if(NOT EXISTS "${PREFIX}/bin/${exec_program}")
    message(FATAL_ERROR "The menu entry runs '${exec_program}', which is not in bin/")
endif()
if(NOT EXISTS "${PREFIX}/share/icons/hicolor/scalable/apps/${icon_name}.svg")
    message(FATAL_ERROR "The menu entry shows icon '${icon_name}', which is not installed")
endif()
if(DESKTOP_FILE_VALIDATE)
    execute_process(COMMAND "${DESKTOP_FILE_VALIDATE}" "${desktop}"
                    RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
    if(NOT result EQUAL 0 OR output)
        message(FATAL_ERROR "desktop-file-validate ${desktop}:\n${output}")
    endif()
endif()
message(STATUS "Installed as expected: ${expected}")
