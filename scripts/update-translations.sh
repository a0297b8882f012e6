#!/usr/bin/env bash
# Refreshes translations/*.ts from the sources (then translate new entries with Qt Linguist).
set -euo pipefail
cd "$(dirname "$0")/.."
lupdate=/usr/lib/qt6/bin/lupdate
dirs=(app core ui translations)
"$lupdate" -silent -locations none -no-obsolete "${dirs[@]}" -ts translations/casedesk_vi.ts
"$lupdate" -silent -locations none -no-obsolete -pluralonly "${dirs[@]}" -ts translations/casedesk_en.ts
