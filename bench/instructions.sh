#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Instructions per request of `remixcrm --headless` under wrk's load, counted by callgrind: a
# figure that, unlike req/s, does not move with other work on the machine. It counts user-space
# instructions of every server thread (not system calls or cache misses), and callgrind runs
# the threads one at a time, so compare it only with itself. Loopback only, bounded in time.
# Ends with `instructions_per_lead=<x>` (BENCH_LUA=bench/capture.lua:
# `instructions_per_capture=<x>`).
#
# Environment: BENCH_DURATION (20s), BENCH_WARMUP (5s), BENCH_LUA (bench/lead_api.lua),
# BUILD_DIR (build).
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
build="${BUILD_DIR:-$root/build}"
duration="${BENCH_DURATION:-20s}"
warmup="${BENCH_WARMUP:-5s}"
script="${BENCH_LUA:-$root/bench/lead_api.lua}"
name="instructions_per_lead"
[[ "$script" == *capture.lua ]] && name="instructions_per_capture"

for tool in wrk valgrind callgrind_control callgrind_annotate; do
    command -v "$tool" >/dev/null || { echo "$tool is missing: run scripts/deps" >&2; exit 1; }
done
if [ ! -f "$build/build.ninja" ] && [ ! -f "$build/Makefile" ]; then
    cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE="${CMAKE_BUILD_TYPE:-RelWithDebInfo}" >/dev/null
fi
if ! build_log="$(cmake --build "$build" --target remixcrm 2>&1)"; then
    echo "$build_log" >&2
    exit 1
fi
app="$build/bin/remixcrm"

# shellcheck source=bench/common.sh
source "$root/bench/common.sh"

"$app" config set lead_rate_limit_per_hour 0 >/dev/null
"$app" config set capture_rate_limit_per_minute 0 >/dev/null
"$app" config set capture_new_contacts_per_hour 0 >/dev/null
RMX_BENCH_KEY="$("$app" keys create --name bench | tail -n 1)"
export RMX_BENCH_KEY

# Under callgrind the server starts in seconds, not milliseconds.
start_server "$work/app.log" valgrind --tool=callgrind --callgrind-out-file="$work/callgrind.out" \
    "$app" --headless --listen 127.0.0.1:0
RMX_BENCH_RUN="warmup-$$" timeout 120 wrk -t1 -c8 -d"$warmup" -s "$script" "$url" >/dev/null
callgrind_control --zero "$pid" >/dev/null
RMX_BENCH_RUN="run-$$" timeout 120 wrk -t1 -c8 -d"$duration" -s "$script" "$url" | tee "$work/wrk.out"
callgrind_control --dump "$pid" >/dev/null
answers="$(sed -n 's/^responses=//p' "$work/wrk.out")"
failures="$(sed -n 's/^failures=//p' "$work/wrk.out")"
if [ "${failures:-1}" != "0" ] || [ "${answers:-0}" -eq 0 ]; then
    echo "requests failed or were not answered 201 (see the status_ lines above)" >&2
    exit 1
fi
dump="$(ls "$work"/callgrind.out.* | head -n 1)"
total="$(callgrind_annotate "$dump" | sed -n 's/^ *\([0-9,]*\) .*PROGRAM TOTALS.*/\1/p' | tr -d ,)"
echo "answers=$answers instructions=$total"
echo "$name=$((total / answers))"
