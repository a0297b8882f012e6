#!/usr/bin/env bash
# Configures and builds CaseDesk into build/ (Ninja, ccache where present). Arguments name the
# targets to build (default: everything).
set -euo pipefail
cd "$(dirname "$0")/.."
# Paths relative to the checkout in ccache's keys: build-package/ (scripts/package.sh) and other
# clones then reuse these objects.
export CCACHE_BASEDIR="$PWD" CCACHE_NOHASHDIR=true
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCASEDESK_WERROR=ON >/dev/null
if [ $# -gt 0 ]; then
  cmake --build build --target "$@"
else
  cmake --build build
fi
