#!/usr/bin/env bash
# Installs what is missing, builds, and runs the whole test suite through ctest.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/deps.sh
scripts/build.sh
cd build
# GUI tests run offscreen. The keychain test gets a private D-Bus session with an unlocked
# gnome-keyring, so the real OS keychain is exercised without touching the user's own.
export QT_QPA_PLATFORM=offscreen
if command -v dbus-run-session >/dev/null 2>&1 && command -v gnome-keyring-daemon >/dev/null 2>&1; then
  # A keyring of its own (in a fresh XDG_DATA_HOME), unlocked with a throw-away password.
  keyring_home=$(mktemp -d "${TMPDIR:-/tmp}/casedesk-test-keyring.XXXXXX")
  exec dbus-run-session -- env XDG_DATA_HOME="$keyring_home" bash -c '
    eval "$(echo casedesk-test | gnome-keyring-daemon --unlock --components=secrets 2>/dev/null)"
    export CASEDESK_TEST_KEYRING=1
    exec ctest --output-on-failure -j2 --timeout 600'
fi
exec ctest --output-on-failure -j2 --timeout 600
