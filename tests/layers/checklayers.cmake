cmake_minimum_required(VERSION 3.22)
# Reads every #include of core/, ui/ and app/ and fails on any edge the table below does not
# allow. Run by ctest: cmake -DSOURCE_DIR=<project> -P checklayers.cmake
#
# library    may use
# common     Qt Core
# domain     common
# store      domain, common, SQLite
# triage     domain, common
# zalo       common, Qt Network, libcurl, qtkeychain
# sync       zalo, store, triage, domain, common
# report     store, domain, common
# simulator  common, Qt HttpServer (not zalo, not store)
# ui         everything above but simulator
# app        everything

set(allowed_common "common")
set(allowed_domain "domain;common")
set(allowed_store "store;domain;common")
set(allowed_triage "triage;domain;common")
set(allowed_zalo "zalo;common")
set(allowed_sync "sync;zalo;store;triage;domain;common")
set(allowed_report "report;store;domain;common")
set(allowed_simulator "simulator;common")
set(allowed_ui "common;domain;store;triage;zalo;sync;report;ui")
set(allowed_app "common;domain;store;triage;zalo;sync;report;simulator;ui;app;translations")

# Headers of outside libraries and of the Qt modules beyond Qt Core, and who may include them.
set(external_sqlite "sqlite3\\.h")
set(external_sqlite_users "store")
set(external_curl "curl/")
set(external_curl_users "zalo")
set(external_keychain "qt6keychain/|qtkeychain/")
set(external_keychain_users "zalo")
set(external_network "QNetwork|QTcpSocket|QTcpServer|QSslSocket|QSslConfiguration|QHostAddress|QAbstractSocket|QLocalSocket")
set(external_network_users "zalo;simulator;ui;app")
set(external_httpserver "QHttpServer")
set(external_httpserver_users "simulator;app")
set(external_gui "QWidget|QApplication|QGuiApplication|QPainter|QImage|QPixmap|QIcon|QColor|QFont|QPdfWriter|QPrinter|QtCharts|QChart|QAction|QDialog|QMainWindow|QLabel|QTextDocument")
set(external_gui_users "ui;app")
set(external_dbus "QDBus|QtDBus")
set(external_dbus_users "ui;app")
set(externals sqlite curl keychain network httpserver gui dbus)

set(violations "")
set(checked 0)
foreach(part common domain store triage zalo sync report simulator ui app)
  if(part STREQUAL "ui" OR part STREQUAL "app")
    set(folder "${SOURCE_DIR}/${part}")
  else()
    set(folder "${SOURCE_DIR}/core/${part}")
  endif()
  file(GLOB_RECURSE sources "${folder}/*.h" "${folder}/*.cpp")
  foreach(source ${sources})
    math(EXPR checked "${checked} + 1")
    file(STRINGS "${source}" includes REGEX "^[ \t]*#[ \t]*include")
    file(RELATIVE_PATH where "${SOURCE_DIR}" "${source}")
    foreach(line ${includes})
      # Project headers: "core/<lib>/…", "ui/…", "app/…", "translations/…".
      if(line MATCHES "#[ \t]*include[ \t]*\"(core/([a-z]+)|ui|app|translations)/")
        if(CMAKE_MATCH_2)
          set(target "${CMAKE_MATCH_2}")
        else()
          set(target "${CMAKE_MATCH_1}")
        endif()
        if(NOT target IN_LIST allowed_${part})
          list(APPEND violations "${where}: ${part} may not use ${target} (${line})")
        endif()
      endif()
      foreach(ext ${externals})
        if(line MATCHES "#[ \t]*include[ \t]*<(${external_${ext}})")
          if(NOT part IN_LIST external_${ext}_users)
            list(APPEND violations "${where}: ${part} may not use ${ext} (${line})")
          endif()
        endif()
      endforeach()
    endforeach()
  endforeach()
endforeach()

if(checked LESS 50)
  message(FATAL_ERROR "layers: only ${checked} files found under ${SOURCE_DIR}: wrong folder?")
endif()
if(violations)
  list(LENGTH violations count)
  string(REPLACE ";" "\n  " text "${violations}")
  message(FATAL_ERROR "layers: ${count} include(s) break the table of tests/layers/checklayers.cmake:\n  ${text}")
endif()
message(STATUS "layers: ${checked} files follow the table")
