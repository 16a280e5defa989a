#!/usr/bin/env bash
# Opens the desktop inbox on 1,000,000 realistic leads and measures the time to the first
# painted rows, a search returning its first rows, and a jump to the middle of the table.
# The generated data directory is kept in build/bench-data/ for later runs.
# Prints name=value lines, ending with ui_open_ms=<ms>. Targets: open < 1000 ms, search < 100 ms.
set -euo pipefail
cd "$(dirname "$0")/.."
count="${UI_SCALE_LEADS:-1000000}"
[ -f build/build.ninja ] || scripts/build
cmake --build build --target remixcrm remixcrm-bench-ui >/dev/null
data="build/bench-data/ui-$count"
if [ ! -f "$data/remixcrm.db" ]; then
    echo "generating $count leads in $data (once)…"
    rm -rf "$data"
    mkdir -p "$data"
    timeout 1800 build/bin/remixcrm --data-dir "$data" generate-leads "$count"
fi
# Drop the page cache's advantage only partly: a warm-up open, then the measured open.
export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}"
timeout 300 build/bin/remixcrm-bench-ui "$data" >/dev/null
timeout 300 build/bin/remixcrm-bench-ui "$data"
