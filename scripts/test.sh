#!/usr/bin/env bash
# Installs what is missing, builds, and runs the whole test suite through ctest. Arguments go
# on to ctest (e.g. scripts/test.sh -R layers).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
scripts/deps.sh
scripts/build.sh
cd build
# GUI tests run offscreen. The keychain test gets a private D-Bus session with an unlocked
# gnome-keyring, so the real OS keychain is exercised without touching the user's own.
export QT_QPA_PLATFORM=offscreen

# run_ctest ROOT [CTEST ARGS...] runs ctest with a throw-away PostgreSQL cluster
# (scripts/pgcluster.sh) that lives exactly as long as the shell running it: stopped and its
# folder removed on every way out (success, failing tests, Ctrl-C, kill). CASEDESK_TEST_PG and
# PGPASSFILE (from the cluster's env file) point the tests at it. No cluster, no test run: the
# PostgreSQL tests are never skipped for want of a server. Never returns; exits with ctest's status.
run_ctest() {
  pgcluster=$1/scripts/pgcluster.sh
  shift
  pg_dir=
  trap 'if [ -n "$pg_dir" ]; then "$pgcluster" stop "$pg_dir"; fi' EXIT
  trap 'exit 130' INT
  trap 'exit 143' TERM
  pg_dir=$(mktemp -d "${TMPDIR:-/tmp}/casedesk-test-pg.XXXXXX") || {
    echo "test: cannot make a folder for the PostgreSQL test cluster" >&2
    exit 1
  }
  local status=0
  "$pgcluster" start "$pg_dir" || status=$?
  if [ "$status" -ne 0 ]; then
    echo "test: the PostgreSQL test cluster did not start (see above); the tests need it" >&2
    exit "$status"
  fi
  # shellcheck source=/dev/null
  source "$pg_dir/env"
  ctest --output-on-failure -j2 --timeout 600 "$@" || status=$?
  exit "$status"
}

if command -v dbus-run-session >/dev/null 2>&1 && command -v gnome-keyring-daemon >/dev/null 2>&1; then
  # A keyring of its own (in a fresh XDG_DATA_HOME), unlocked with a throw-away password.
  keyring_home=$(mktemp -d "${TMPDIR:-/tmp}/casedesk-test-keyring.XXXXXX")
  # shellcheck disable=SC2016  # the inner shell expands
  exec dbus-run-session -- env XDG_DATA_HOME="$keyring_home" bash -c "$(declare -f run_ctest)"'
    eval "$(echo casedesk-test | gnome-keyring-daemon --unlock --components=secrets 2>/dev/null)"
    export CASEDESK_TEST_KEYRING=1
    run_ctest "$@"' bash "$root" "$@"
fi
run_ctest "$root" "$@"
