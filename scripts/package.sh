#!/usr/bin/env bash
# Builds the Debian package of CaseDesk: installs what is missing, builds the two programs in
# build-package/ (without tests and benchmarks), runs cpack -G DEB and prints the .deb's path
# (the only line on stdout; the build's output goes to stderr):
#   deb=$(scripts/package.sh) && scripts/check-package.sh "$deb"
# The build is RelWithDebInfo (-O2 -g, as Debian builds its own packages), stripped by cpack: the
# same flags as scripts/build.sh, so that after it nearly every object comes from ccache (a
# Release build compiles everything again: about 15 minutes on 2 cores).
# CASEDESK_PACKAGE_BUILD_TYPE=Release chooses another build type.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
{
  scripts/deps.sh
  export CCACHE_BASEDIR="$root" CCACHE_NOHASHDIR=true
  cmake -S . -B build-package -G Ninja -DCMAKE_BUILD_TYPE="${CASEDESK_PACKAGE_BUILD_TYPE:-RelWithDebInfo}" -DCASEDESK_WERROR=ON \
    -DCASEDESK_BUILD_TESTS=OFF -DCASEDESK_BUILD_BENCH=OFF >/dev/null
  cmake --build build-package
  rm -f build-package/casedesk_*.deb
  (cd build-package && cpack -G DEB)
} >&2
deb=$(ls build-package/casedesk_*.deb)
echo "$root/$deb"
