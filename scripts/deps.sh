#!/usr/bin/env bash
# Installs the Debian 12 packages CaseDesk needs to build, test and run.
# Idempotent: installs only what is missing. Uses apt-get as root, sudo otherwise.
set -euo pipefail

packages=(
  cmake ninja-build ccache g++ pkg-config
  qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-charts-dev qt6-httpserver-dev qt6-websockets-dev
  libqt6sql6-sqlite qt6-qpa-plugins qtkeychain-qt6-dev
  libcurl4-openssl-dev libsqlite3-dev sqlite3 catch2 libsodium-dev
  libqt6opengl6-dev libxkbcommon-dev
  xvfb xauth fonts-noto-core libgl-dev
  poppler-utils imagemagick gnome-keyring dbus dbus-x11
  # PostgreSQL: the client library to build against, and a server only for the tests
  # (scripts/pgcluster.sh starts a throw-away cluster); a single-PC user gets no database server.
  postgresql-15 libpq-dev
  # The Debian package (scripts/package.sh, scripts/check-package.sh): dpkg-shlibdeps, the
  # desktop entry's check, and the SVG plugins that draw the window's icon.
  dpkg-dev desktop-file-utils libqt6svg6
  # The window on a real X server in the tests (tests/cli/test_screen.cpp).
  openbox xdotool x11-utils
  # A system tray on that X server, to see the tray icon and its urgent count by hand
  # (trayer --edge bottom --align right; README "Using the window").
  trayer
)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "deps: all ${#packages[@]} packages present"
  exit 0
fi

echo "deps: installing ${#missing[@]} missing package(s): ${missing[*]}"
if [ "$(id -u)" -eq 0 ]; then
  runner=()
elif command -v sudo >/dev/null 2>&1; then
  runner=(sudo)
else
  echo "deps: need root to install packages. Run as root:" >&2
  echo "  apt-get update && apt-get install -y --no-install-recommends ${missing[*]}" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
"${runner[@]}" apt-get update -qq
"${runner[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
