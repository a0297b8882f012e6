# What `cmake --install` puts beside the two programs (app/CMakeLists.txt installs those), and
# the Debian package cpack builds of it (scripts/package.sh). Included from the top-level
# CMakeLists.txt after the programs.
include(GNUInstallDirs)
# GNUInstallDirs' DOCDIR would be share/doc/CaseDesk; Debian names it after the package.
set(casedesk_docdir ${CMAKE_INSTALL_DATAROOTDIR}/doc/casedesk)

set(CASEDESK_PACKAGE_MAINTAINER "CaseDesk maintainers <maintainers@casedesk.invalid>"
    CACHE STRING "The Maintainer field of the Debian package")

if(UNIX AND NOT APPLE)
  # The desktop entry and its icon (the same SVG is the window's icon, as a Qt resource).
  install(FILES resources/desktop/casedesk.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
  install(FILES resources/casedesk.svg DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)

  # Files compressed as Debian wants them when gzip is there (-n: no name or time in the header,
  # so that the package is the same from one build to the next), plain otherwise.
  find_program(CASEDESK_GZIP gzip)
  function(casedesk_compress source out_var)
    if(NOT CASEDESK_GZIP)
      set(${out_var} ${source} PARENT_SCOPE)
      return()
    endif()
    get_filename_component(name ${source} NAME)
    set(compressed ${CMAKE_CURRENT_BINARY_DIR}/compressed/${name}.gz)
    add_custom_command(OUTPUT ${compressed}
      COMMAND ${CMAKE_COMMAND} -E make_directory ${CMAKE_CURRENT_BINARY_DIR}/compressed
      COMMAND ${CASEDESK_GZIP} -9 -n -c ${source} > ${compressed}
      DEPENDS ${source}
      COMMENT "Compressing ${name}"
      VERBATIM)
    set(${out_var} ${compressed} PARENT_SCOPE)
  endfunction()

  # Man pages, written by hand in resources/man/.
  set(casedesk_man_pages)
  foreach(page casedesk.1 casedesk-cli.1)
    casedesk_compress(${PROJECT_SOURCE_DIR}/resources/man/${page} installed)
    list(APPEND casedesk_man_pages ${installed})
  endforeach()
  install(FILES ${casedesk_man_pages} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)

  # The README (which the systemd unit names as its documentation), the copyright file in
  # Debian's format, a changelog entry for this version (dated when configured, or at
  # SOURCE_DATE_EPOCH), and the sync host's unit file as an example to adjust.
  string(TIMESTAMP casedesk_changelog_date "%a, %d %b %Y %H:%M:%S +0000" UTC)
  configure_file(resources/debian/changelog.in ${CMAKE_CURRENT_BINARY_DIR}/debian/changelog @ONLY)
  casedesk_compress(${CMAKE_CURRENT_BINARY_DIR}/debian/changelog casedesk_changelog)
  install(FILES README.md resources/debian/copyright ${casedesk_changelog} DESTINATION ${casedesk_docdir})
  install(FILES resources/systemd/casedesk-sync.service DESTINATION ${casedesk_docdir}/examples)
  add_custom_target(casedesk_compressed_docs ALL DEPENDS ${casedesk_man_pages} ${casedesk_changelog})
endif()

# The Debian package. dpkg-shlibdeps (dpkg-dev) finds the libraries the programs link; what Qt
# and qtkeychain load at run time is not linked, so it is named here:
#  - libqt6svg6: the SVG icon engine and image plugin, for the window's icon;
#  - libsecret-1-0: qtkeychain opens libsecret-1.so.0 itself to reach the Secret Service, where
#    Zalo tokens are kept (without it, and without KWallet, a PC can only use --secrets-file).
# The xcb and offscreen platform plugins, the JPEG/GIF/ICO image plugins, the CUPS print plugin
# and the TLS plugins come with libqt6gui6, libqt6printsupport6 and libqt6network6, which the
# programs link: dpkg-shlibdeps names those. No QtSql plugin: SQLite and libpq are linked directly.
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
