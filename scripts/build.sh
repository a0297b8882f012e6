#!/usr/bin/env bash
# Configures and builds CaseDesk into build/ (Ninja, ccache where present). Extra arguments are
# passed to the build (e.g. a target name).
set -euo pipefail
cd "$(dirname "$0")/.."
export CCACHE_NOHASHDIR=true
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCASEDESK_WERROR=ON >/dev/null
cmake --build build "$@"
