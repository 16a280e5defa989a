#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Capture benchmark: durable contact creation (POST /capture on `remixcrm --headless`, each
# request a new email) against the framework's ceiling (remixcrm-bench-ceiling: the same
# listener with a trivial POST route), under the same wrk load in the same run. Loopback only,
# bounded in time. The per-IP limit and the new-contact ceiling are switched off for the run.
# It also runs the capture transactions through the database writer alone, without HTTP
# (remixcrm-bench-writer): the bound no listener can pass. Ends with
# `capture_ratio=<created req/s / ceiling req/s>`; fails on any non-201 answer.
#
# Environment: BENCH_DURATION (10s), BENCH_CONNECTIONS (16), BENCH_THREADS (2),
# BENCH_WARMUP (2s, 0 to skip), BUILD_DIR (build), CEILING_BIN (the ceiling server; built
# from bench/ when unset), BENCH_WRITER_SECONDS (5).
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
build="${BUILD_DIR:-$root/build}"
duration="${BENCH_DURATION:-10s}"
connections="${BENCH_CONNECTIONS:-16}"
wrk_threads="${BENCH_THREADS:-2}"
warmup="${BENCH_WARMUP:-2s}"
script="$root/bench/capture.lua"

command -v wrk >/dev/null || { echo "wrk is missing: run scripts/deps" >&2; exit 1; }

# Build what is needed (configuring first when build/ is new).
if [ ! -f "$build/build.ninja" ] && [ ! -f "$build/Makefile" ]; then
    cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE="${CMAKE_BUILD_TYPE:-RelWithDebInfo}" >/dev/null
fi
if [ -n "${CEILING_BIN:-}" ]; then
    cmake --build "$build" --target remixcrm remixcrm-bench-writer >/dev/null
    ceiling="$CEILING_BIN"
else
    cmake --build "$build" --target remixcrm remixcrm-bench-ceiling remixcrm-bench-writer >/dev/null
    ceiling="$build/bin/remixcrm-bench-ceiling"
fi
app="$build/bin/remixcrm"

# shellcheck source=bench/common.sh
source "$root/bench/common.sh"

stop_server() {
    local pid="${pids[-1]}"
    kill -TERM "$pid" 2>/dev/null || true
    timeout 20 tail --pid="$pid" -f /dev/null || kill -KILL "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    unset 'pids[-1]'
}

# Runs the load; prints wrk's report and leaves name=value results in $work/$1.out.
run_load() {
    local name="$1"
    if [ "$warmup" != "0" ]; then
        RMX_BENCH_RUN="$name-warmup-$$" timeout 60 \
            wrk -t"$wrk_threads" -c"$connections" -d"$warmup" -s "$script" "$url" >/dev/null
    fi
    RMX_BENCH_RUN="$name-$$" timeout 60 \
        wrk -t"$wrk_threads" -c"$connections" -d"$duration" --latency -s "$script" "$url" \
        | tee "$work/$name.out"
    local failures
    failures="$(sed -n 's/^failures=//p' "$work/$name.out")"
    if [ "${failures:-1}" != "0" ]; then
        echo "$name: $failures requests were not answered 201 (see the status_ lines above)" >&2
        exit 1
    fi
}

"$app" config set capture_rate_limit_per_minute 0 >/dev/null
"$app" config set capture_new_contacts_per_hour 0 >/dev/null

echo "== Capture: durable contact creation ($connections connections, $duration) =="
export RMX_BENCH_PATH=/capture
start_server "$work/app.log" "$app" --headless --listen 127.0.0.1:0
run_load capture
stop_server

echo
echo "== Ceiling: trivial POST route on the same listener =="
export RMX_BENCH_PATH=/api/v1/leads
start_server "$work/ceiling.log" "$ceiling" 127.0.0.1:0
run_load ceiling
stop_server

echo
run_writer_bound capture

capture_rps="$(value capture created_per_sec)"
ceiling_rps="$(value ceiling created_per_sec)"
echo
printf '%-10s %12s %10s %10s\n' "" "req/s" "p50 ms" "p99 ms"
printf '%-10s %12s %10s %10s\n' "capture" "$capture_rps" "$(value capture p50_ms)" "$(value capture p99_ms)"
printf '%-10s %12s %10s %10s\n' "ceiling" "$ceiling_rps" "$(value ceiling p50_ms)" "$(value ceiling p99_ms)"
report_writer_bound 10 "$ceiling_rps"
awk -v a="$capture_rps" -v b="$ceiling_rps" 'BEGIN { printf "capture_ratio=%.3f\n", a / b }'
