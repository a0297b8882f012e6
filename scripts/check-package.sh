#!/usr/bin/env bash
# Installs the CaseDesk .deb on THIS machine with apt-get (which brings the dependencies it
# declares), checks that it works, and removes it again. It changes the machine's packages: run
# it on a CI machine or another you may change, as root (or with sudo).
#   scripts/check-package.sh [FILE.deb]     (default: the one scripts/package.sh built)
# Checks: casedesk-cli --version prints the version; the CLI makes a data folder, classifies a
# message and writes a PDF summary (the offscreen platform, fonts, printing); casedesk starts Qt
# on X11 (Xvfb) and loads its plugins; every library the two programs link and every plugin Qt
# loaded (with libsecret, which qtkeychain opens itself) belongs to a package the .deb depends
# on, directly or through others; the man pages, desktop entry and icon are where they belong.
# The packages apt installed for it stay (apt-get autoremove removes them).
set -euo pipefail
cd "$(dirname "$0")/.."

deb=${1:-}
if [ -z "$deb" ]; then
  deb=$(find build-package -maxdepth 1 -name 'casedesk_*.deb' 2>/dev/null | sort | tail -n 1)
  if [ -z "$deb" ]; then
    echo "check-package: no build-package/casedesk_*.deb; build it with scripts/package.sh" >&2
    exit 1
  fi
fi
deb=$(realpath "$deb")

if [ "$(id -u)" -eq 0 ]; then
  runner=()
elif command -v sudo >/dev/null 2>&1; then
  runner=(sudo)
else
  echo "check-package: installing a package needs root" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive

failures=0
fail() {
  echo "check-package: FAIL: $*" >&2
  failures=$((failures + 1))
}
ok() { echo "check-package: ok: $*"; }

version=$(dpkg-deb -f "$deb" Version)
echo "check-package: $deb ($(du -h "$deb" | cut -f1))"
echo "  Depends: $(dpkg-deb -f "$deb" Depends)"
echo "  Recommends: $(dpkg-deb -f "$deb" Recommends)"

# (No "| grep -q" or early "exit" in awk in this script: with pipefail, the writer's SIGPIPE
# would fail the pipeline.)
is_installed() { [ "$(dpkg-query -W -f='${Status}' casedesk 2>/dev/null || true)" = 'install ok installed' ]; }
installed_before=no
if is_installed; then
  installed_before=yes
  echo "check-package: casedesk was installed before; it is replaced, and left installed"
fi
work=$(mktemp -d "${TMPDIR:-/tmp}/casedesk-check-package.XXXXXX")
cleanup() {
  rm -rf "$work"
  if [ "$installed_before" = no ] && is_installed; then
    "${runner[@]}" apt-get remove -y -qq casedesk >/dev/null && echo "check-package: casedesk removed"
  fi
}
trap cleanup EXIT
mkdir -m 0700 "$work/runtime"
export XDG_RUNTIME_DIR="${XDG_RUNTIME_DIR:-$work/runtime}"
log="$work/stderr.log" # the programs' warnings, shown when a check fails

# Without Recommends: what Depends names must be enough. apt needs package lists to resolve them.
if ! compgen -G '/var/lib/apt/lists/*_Packages' >/dev/null; then
  "${runner[@]}" apt-get update -qq
fi
# A copy apt's unprivileged downloader may read (it warns about files it cannot).
cp "$deb" "$work/" && chmod 0755 "$work" && chmod 0644 "$work/$(basename "$deb")"
"${runner[@]}" apt-get install -y -qq --no-install-recommends "$work/$(basename "$deb")" >/dev/null
ok "installed $(dpkg-query -W -f='${Package} ${Version}' casedesk)"

# The command-line program.
if out=$(/usr/bin/casedesk-cli --version) && [ "$out" = "casedesk-cli ${version}" ]; then
  ok "casedesk-cli --version: $out"
else
  fail "casedesk-cli --version printed \"${out:-}\", not \"casedesk-cli ${version}\""
fi
data="$work/data"
if units=$(casedesk-cli --data-dir "$data" --lang en units list 2>>"$log") && [ "$(printf '%s\n' "$units" | wc -l)" -gt 100 ]; then
  ok "casedesk-cli units list: $(printf '%s\n' "$units" | wc -l) units in a new data folder"
else
  fail "casedesk-cli units list: $(tail -n 3 "$log")"
fi
if sorted=$(echo "Nhà tôi bị trộm đột nhập lấy mất xe máy đêm qua" | casedesk-cli --lang en classify --json 2>>"$log") \
  && grep -q '"crime_report"' <<<"$sorted"; then
  ok "casedesk-cli classify: a burglary is a crime report"
else
  fail "casedesk-cli classify: ${sorted:-no output} $(tail -n 3 "$log")"
fi
# Drawn on Qt's offscreen platform: its plugins join the window's in the check below.
if QT_DEBUG_PLUGINS=1 casedesk-cli --data-dir "$data" --lang en report daily --date "$(date +%F)" --format pdf \
  --out "$work/summary.pdf" >/dev/null 2>"$work/cli-plugins.log" && [ "$(head -c 5 "$work/summary.pdf")" = '%PDF-' ]; then
  ok "casedesk-cli report daily --format pdf: a PDF of $(du -h "$work/summary.pdf" | cut -f1)"
else
  fail "casedesk-cli report daily --format pdf: $(grep -v '^qt\.\|QFactoryLoader\|^ *"' "$work/cli-plugins.log" | tail -n 3)"
fi

# The window: Qt starts on X11 (a private Xvfb when there is no display), reads the icon, exits.
plugin_log="$work/plugins.log"
if [ -n "${DISPLAY:-}" ]; then
  gui=(env)
elif command -v xvfb-run >/dev/null 2>&1; then
  gui=(xvfb-run -a -s "-screen 0 1366x768x24")
else
  gui=(env QT_QPA_PLATFORM=offscreen)
  echo "check-package: no display and no xvfb-run: casedesk starts on the offscreen platform"
fi
if out=$("${gui[@]}" env QT_DEBUG_PLUGINS=1 /usr/bin/casedesk --version 2>"$plugin_log") \
  && [ "$out" = "casedesk ${version}" ]; then
  platform=$(sed -n 's/^.*"[^"]*\/platforms\/libq\([a-z]*\)\.so" loaded library$/\1/p' "$plugin_log" | tr '\n' ' ')
  ok "casedesk --version, Qt on the ${platform% } platform: $out"
else
  fail "casedesk --version printed \"${out:-}\": $(tail -n 5 "$plugin_log")"
fi
if grep -q 'iconengines/libqsvgicon.so' "$plugin_log"; then
  ok "casedesk loads the SVG icon engine for its window icon"
else
  fail "casedesk did not load the SVG icon engine (libqt6svg6)"
fi

# Every library the programs link and the plugins Qt loaded need, and libsecret (qtkeychain
# opens it to reach the Secret Service), must come from a package casedesk depends on, directly
# or through the packages it depends on.
closure=$(apt-cache depends --recurse --installed --no-recommends --no-suggests --no-conflicts \
  --no-breaks --no-replaces --no-enhances casedesk 2>/dev/null | grep -v '^ ' | sed 's/:.*//' | sort -u)
mapfile -t plugins < <(cat "$plugin_log" "$work/cli-plugins.log" | sed -n 's/^.*"\(\/[^"]*\/plugins\/[^"]*\.so\)" loaded library$/\1/p' | sort -u)
optional=$(cat "$plugin_log" "$work/cli-plugins.log" | sed -n 's/^.*"\([^"/]*\)" loaded library$/\1/p' | sort -u | tr '\n' ' ')
libsecret=$(ldconfig -p | awk '/libsecret-1\.so\.0 / {found = $NF} END {print found}')
if [ -z "$libsecret" ]; then
  fail "libsecret-1.so.0 is not installed"
fi
objects=(/usr/bin/casedesk /usr/bin/casedesk-cli "${plugins[@]}")
if [ -n "$libsecret" ]; then objects+=("$libsecret"); fi
mapfile -t libraries < <(for object in "${objects[@]}"; do
  echo "$object"
  ldd "$object" | awk '/=> \//{print $3}'
done | sort -u)
unresolved=$(for object in "${objects[@]}"; do ldd "$object" | sed -n "/not found/s|^|$object: |p"; done)
if [ -n "$unresolved" ]; then
  fail "libraries not found: $unresolved"
fi
# One dpkg-query for all (a path may be registered with or without /usr, or through a link).
mapfile -t candidates < <(for lib in "${libraries[@]}"; do
  printf '%s\n%s\n' "$lib" "$(readlink -f "$lib")"
  case $lib in /usr/*) echo "${lib#/usr}" ;; *) echo "/usr$lib" ;; esac
done | sort -u)
owners=$(dpkg-query -S "${candidates[@]}" 2>/dev/null | grep -v '^diversion' | sed -n 's/^\(.*\): \(\/.*\)$/\2\t\1/p' || true)
missing=()
unowned=()
for lib in "${libraries[@]}"; do
  package=$(awk -F '\t' -v a="$lib" -v b="$(readlink -f "$lib")" -v c="${lib#/usr}" -v d="/usr$lib" \
    '!found && ($1 == a || $1 == b || $1 == c || $1 == d) {found = $2} END {print found}' <<<"$owners" | sed 's/[:,].*//')
  if [ -z "$package" ]; then
    unowned+=("$lib")
  elif [ "$package" != casedesk ] && ! grep -qx "$package" <<<"$closure"; then
    missing+=("$package ($lib)")
  fi
done
if [ ${#unowned[@]} -ne 0 ]; then
  fail "libraries no package owns: ${unowned[*]}"
fi
if [ ${#missing[@]} -eq 0 ]; then
  ok "${#libraries[@]} libraries of casedesk, casedesk-cli, libsecret and the plugins Qt loaded ($(for p in "${plugins[@]}"; do basename "$p" .so; done | tr '\n' ' ' | sed 's/ $//')) all come from packages casedesk depends on"
else
  fail "libraries from packages casedesk does not depend on: ${missing[*]}"
fi
if [ -n "$optional" ]; then
  echo "check-package: note: Qt also opened, when present: ${optional}(optional, not checked)"
fi

# Man pages, desktop entry, icon. A machine whose dpkg leaves man pages out (Docker's slim
# images: path-exclude=/usr/share/man/*) gets the pages read from the package itself.
man_excluded=$(grep -hs '^path-exclude.*/usr/share/man' /etc/dpkg/dpkg.cfg.d/* || true)
for page in casedesk casedesk-cli; do
  file=/usr/share/man/man1/$page.1.gz
  if [ -n "$man_excluded" ]; then
    file="$work/$page.1.gz"
    if ! dpkg-deb --fsys-tarfile "$deb" | tar -xO "./usr/share/man/man1/$page.1.gz" >"$file" 2>/dev/null; then
      fail "the package holds no usr/share/man/man1/$page.1.gz"
      continue
    fi
    where="$page.1.gz in the package (this machine's dpkg does not install man pages)"
  elif command -v man >/dev/null 2>&1 && where=$(man -w "$page" 2>/dev/null); then
    :
  elif [ -f "$file" ]; then
    where=$file
  else
    fail "$file is missing"
    continue
  fi
  if command -v man >/dev/null 2>&1; then
    warnings=$(MANWIDTH=80 man --warnings -E UTF-8 -l "$file" 2>&1 >/dev/null || true)
    if [ -z "$warnings" ]; then ok "man $page: $where, read without warnings"; else fail "man $page: $warnings"; fi
  else
    ok "man $page: $where (no man program to read it)"
  fi
done
desktop=/usr/share/applications/casedesk.desktop
if [ ! -f "$desktop" ]; then
  fail "$desktop is missing"
elif command -v desktop-file-validate >/dev/null 2>&1; then
  if problems=$(desktop-file-validate "$desktop" 2>&1) && [ -z "$problems" ]; then
    ok "desktop-file-validate $desktop"
  else
    fail "desktop-file-validate $desktop: $problems"
  fi
else
  ok "$desktop (desktop-file-validate is not installed)"
fi
icon=/usr/share/icons/hicolor/scalable/apps/casedesk.svg
if [ -f "$icon" ] && grep -q '<svg' "$icon"; then ok "$icon"; else fail "$icon is missing"; fi

if [ "$failures" -ne 0 ]; then
  echo "check-package: $failures check(s) failed" >&2
  exit 1
fi
echo "check-package: the package installs and runs"
