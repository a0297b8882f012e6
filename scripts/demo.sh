#!/usr/bin/env bash
# Installs what is missing, builds, and opens CaseDesk on a fresh demo data folder. Without a
# display it runs the headless demo instead and prints what it did.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/deps.sh
scripts/build.sh casedesk casedesk-cli
demo_dir=$(mktemp -d "${TMPDIR:-/tmp}/casedesk-demo.XXXXXX")
if [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; then
  echo "CaseDesk demo: data in $demo_dir"
  exec build/bin/casedesk --demo --data-dir "$demo_dir" "$@"
fi
echo "No display found (DISPLAY and WAYLAND_DISPLAY are unset): running the headless demo instead."
exec build/bin/casedesk-cli demo --data-dir "$demo_dir" "$@"
