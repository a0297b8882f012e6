# What `cmake --install` puts beside the two programs (app/CMakeLists.txt installs those), and
# the Debian package cpack builds of it (scripts/package.sh). Included from the top-level
# CMakeLists.txt after the programs.
include(GNUInstallDirs)
# GNUInstallDirs' DOCDIR would be share/doc/CaseDesk; Debian names it after the package.
set(casedesk_docdir ${CMAKE_INSTALL_DATAROOTDIR}/doc/casedesk)

if(UNIX AND NOT APPLE)
  # The desktop entry and its icon (the same SVG is the window's icon, as a Qt resource).
  install(FILES resources/desktop/casedesk.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
  install(FILES resources/casedesk.svg DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)

  # Man pages, written by hand in resources/man/; compressed as Debian prefers when gzip is
  # there (-n: no name or time in the header, so the package is the same from one build to the
  # next), plain otherwise.
  find_program(CASEDESK_GZIP gzip)
  foreach(page casedesk.1 casedesk-cli.1)
    set(source ${PROJECT_SOURCE_DIR}/resources/man/${page})
    if(CASEDESK_GZIP)
      set(compressed ${CMAKE_CURRENT_BINARY_DIR}/man/${page}.gz)
      add_custom_command(OUTPUT ${compressed}
        COMMAND ${CMAKE_COMMAND} -E make_directory ${CMAKE_CURRENT_BINARY_DIR}/man
        COMMAND ${CASEDESK_GZIP} -9 -n -c ${source} > ${compressed}
        DEPENDS ${source}
        COMMENT "Compressing the man page ${page}"
        VERBATIM)
      list(APPEND casedesk_man_pages ${compressed})
    else()
      list(APPEND casedesk_man_pages ${source})
    endif()
  endforeach()
  add_custom_target(casedesk_man ALL DEPENDS ${casedesk_man_pages})
  install(FILES ${casedesk_man_pages} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)

  # The README (which the systemd unit names as its documentation), the licence, and the sync
  # host's unit file as an example to adjust.
  install(FILES README.md DESTINATION ${casedesk_docdir})
  install(FILES LICENSE DESTINATION ${casedesk_docdir} RENAME copyright)
  install(FILES resources/systemd/casedesk-sync.service DESTINATION ${casedesk_docdir}/examples)
endif()

# The Debian package. dpkg-shlibdeps (dpkg-dev) finds the libraries the programs link; what Qt
# and qtkeychain load at run time is not linked, so it is named here:
#  - libqt6svg6: the SVG icon engine and image plugin, for the window's icon;
#  - libsecret-1-0: qtkeychain opens libsecret-1.so.0 itself to reach the Secret Service, where
#    Zalo tokens are kept (without it, and without KWallet, a PC can only use --secrets-file).
# The xcb and offscreen platform plugins, the JPEG/GIF/ICO image plugins, the CUPS print plugin
# and the TLS plugins come with libqt6gui6, libqt6printsupport6 and libqt6network6, which the
# programs link: dpkg-shlibdeps names those. No QtSql plugin: SQLite and libpq are linked directly.
set(CASEDESK_PACKAGE_MAINTAINER "CaseDesk maintainers <maintainers@casedesk.invalid>"
    CACHE STRING "The Maintainer field of the Debian package")
set(CPACK_PACKAGE_NAME casedesk)
set(CPACK_PACKAGE_VENDOR CaseDesk)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "desk for citizens' Zalo messages to police units")
# Lines of at most 80 characters, as Debian's control files want them.
string(CONCAT CPACK_PACKAGE_DESCRIPTION
  "CaseDesk polls the Zalo Official Accounts of a province's police units,\n"
  "sorts the citizens' messages (crime reports, security and public-order\n"
  "reports, petitions, questions about procedures) into one triage queue by\n"
  "category and unit level, and lets officers answer, forward and escalate each\n"
  "case, with deadlines, an audit trail and a daily summary. One PC keeps\n"
  "everything in a SQLite file; a province shares one PostgreSQL database.\n"
  "This package holds the window (casedesk) and the command-line program\n"
  "(casedesk-cli).")
set(CPACK_PACKAGE_CONTACT "${CASEDESK_PACKAGE_MAINTAINER}")
set(CPACK_STRIP_FILES ON)
if(UNIX AND NOT APPLE)
  set(CPACK_GENERATOR DEB)
else()
  set(CPACK_GENERATOR ZIP)
endif()
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${CASEDESK_PACKAGE_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6svg6, libsecret-1-0")
# The Secret Service itself; the fonts the printed daily summary is set in (DejaVu otherwise).
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gnome-keyring, fonts-noto-core")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
set(CPACK_DEBIAN_COMPRESSION_TYPE xz)
include(CPack)
