# SPDX-FileCopyrightText: 2026 The Yardstick authors
# SPDX-License-Identifier: GPL-3.0-or-later

# The Debian package, built by `scripts/dev package` (CPack's DEB generator)
# from what `cmake --install` installs. Its Depends are the Debian packages
# of the shared libraries the programs link, found by dpkg-shlibdeps, plus
# the plug-ins Qt loads at run time, which dpkg-shlibdeps cannot see.

set(YARDSTICK_MAINTAINER "The Yardstick authors <yardstick@example.org>"
    CACHE STRING "The Maintainer field of the Debian package")

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME yardstick)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_VENDOR "The Yardstick authors")
set(CPACK_PACKAGE_CONTACT ${YARDSTICK_MAINTAINER})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "quality-control workbench for customer-service analysts")
set(CPACK_PACKAGE_DESCRIPTION [[
Yardstick keeps a catalogue of service standards (timeliness, accuracy,
responsiveness), loads the measurements and case records taken against
them, the complaint letters and survey answers that show what customers
feel, and shows which standards slip: scorecards, control charts, Pareto
charts and SERVQUAL gaps, exported as PDF, SVG, PowerPoint and Excel.

This package holds the window (yardstick) and the command-line tool
(yardstick-cli), which computes the same figures for scripts.]])
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/LICENSE)
# Installed under /usr, as Debian's own packages are.
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
# build/package/yardstick_0.1.0_amd64.deb, beside the build it came from.
set(CPACK_PACKAGE_DIRECTORY ${CMAKE_BINARY_DIR})
set(CPACK_STRIP_FILES ON)

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER ${YARDSTICK_MAINTAINER})
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Loaded as plug-ins, so no ELF file names them: the SQLite driver of QtSql
# (every workbench is an SQLite file). dpkg-shlibdeps adds the rest.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite")
# Qt's own words for standard dialogs in Chinese, and the fonts Chinese
# charts and report packs are drawn and embedded with.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n, fonts-noto-cjk")
set(CPACK_DEBIAN_COMPRESSION_TYPE xz)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)

include(CPack)
