#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Lead API benchmark: durable lead creation (POST /api/v1/leads on `remixcrm --headless`)
# against the framework's ceiling (remixcrm-bench-ceiling: the same listener with a trivial
# POST route), under the same wrk load in the same run. Loopback only, bounded in time.
# It also runs the lead transactions through the database writer alone, without HTTP
# (remixcrm-bench-writer): the bound no listener can pass. Ends with
# `lead_api_ratio=<created req/s / ceiling req/s>`; fails on any non-201 answer.
#
# Environment: BENCH_DURATION (10s), BENCH_CONNECTIONS (16), BENCH_THREADS (2),
# BENCH_WARMUP (2s, 0 to skip), BENCH_ROUNDS (1: alternate the two loads N times and report
# the median of the per-round ratios, for machines shared with other work),
# BENCH_WRITER_SECONDS (5), BUILD_DIR (build).
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
build="${BUILD_DIR:-$root/build}"
duration="${BENCH_DURATION:-10s}"
connections="${BENCH_CONNECTIONS:-16}"
wrk_threads="${BENCH_THREADS:-2}"
warmup="${BENCH_WARMUP:-2s}"
rounds="${BENCH_ROUNDS:-1}"
script="$root/bench/lead_api.lua"

command -v wrk >/dev/null || { echo "wrk is missing: run scripts/deps" >&2; exit 1; }

# Build what is needed (configuring first when build/ is new).
if [ ! -f "$build/build.ninja" ] && [ ! -f "$build/Makefile" ]; then
    cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE="${CMAKE_BUILD_TYPE:-RelWithDebInfo}" >/dev/null
fi
if ! build_log="$(cmake --build "$build" --target remixcrm remixcrm-bench-ceiling \
    remixcrm-bench-writer 2>&1)"; then
    echo "$build_log" >&2
    exit 1
fi
app="$build/bin/remixcrm"
ceiling="$build/bin/remixcrm-bench-ceiling"

# shellcheck source=bench/common.sh
source "$root/bench/common.sh"

# CPU time (user + system, in clock ticks) the process has used so far.
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat"; }

# Runs the load against one server (name, url, pid); prints wrk's report and leaves
# name=value results in $work/<name>.out, with the server's CPU time per request: less noisy
# than req/s when other work shares the machine.
run_load() {
    local name="$1" url="$2" pid="$3"
    if [ "$warmup" != "0" ]; then
        RMX_BENCH_RUN="$name-warmup-$$" timeout 60 \
            wrk -t"$wrk_threads" -c"$connections" -d"$warmup" -s "$script" "$url" >/dev/null
    fi
    local before after
    before="$(cpu_ticks "$pid")"
    RMX_BENCH_RUN="$name-$$" timeout 60 \
        wrk -t"$wrk_threads" -c"$connections" -d"$duration" --latency -s "$script" "$url" \
        | tee "$work/$name.out"
    after="$(cpu_ticks "$pid")"
    awk -v t="$((after - before))" -v hz="$(getconf CLK_TCK)" \
        -v n="$(sed -n 's/^responses=//p' "$work/$name.out")" \
        'BEGIN { printf "server_cpu_us_per_req=%.1f\n", t / hz * 1e6 / n }' | tee -a "$work/$name.out"
    local failures responses
    failures="$(sed -n 's/^failures=//p' "$work/$name.out")"
    responses="$(sed -n 's/^responses=//p' "$work/$name.out")"
    if [ "${failures:-1}" != "0" ] || [ "${responses:-0}" -eq 0 ]; then
        echo "$name: ${failures:-?} requests failed or were not answered 201" \
            "(see the status_ lines above)" >&2
        exit 1
    fi
}

"$app" config set lead_rate_limit_per_hour 0 >/dev/null
key="$("$app" keys create --name bench | tail -n 1)"
export RMX_BENCH_KEY="$key"

# Both servers run for the whole benchmark (an idle one costs nothing); the loads alternate.
start_server "$work/app.log" "$app" --headless --listen 127.0.0.1:0
lead_url="$url" lead_pid="$pid"
start_server "$work/ceiling.log" "$ceiling" 127.0.0.1:0
ceiling_url="$url" ceiling_pid="$pid"

for round in $(seq "$rounds"); do
    suffix=""
    [ "$rounds" -gt 1 ] && suffix=" (round $round of $rounds)"
    echo "== Lead API: durable lead creation ($connections connections, $duration)$suffix =="
    run_load "lead-$round" "$lead_url" "$lead_pid"
    echo
    echo "== Ceiling: trivial POST route on the same listener$suffix =="
    run_load "ceiling-$round" "$ceiling_url" "$ceiling_pid"
    echo
done

run_writer_bound lead

printf '%-12s %12s %10s %10s %14s\n' "" "req/s" "p50 ms" "p99 ms" "CPU us/req"
ratios=()
for round in $(seq "$rounds"); do
    for name in "lead-$round" "ceiling-$round"; do
        label="${name%-1}"
        [ "$rounds" -gt 1 ] && label="$name"
        printf '%-12s %12s %10s %10s %14s\n' "$label" "$(value "$name" created_per_sec)" \
            "$(value "$name" p50_ms)" "$(value "$name" p99_ms)" \
            "$(value "$name" server_cpu_us_per_req)"
    done
    ratios+=("$(awk -v a="$(value "lead-$round" created_per_sec)" \
        -v b="$(value "ceiling-$round" created_per_sec)" 'BEGIN { printf "%.3f", a / b }')")
done
report_writer_bound 12 "$(value "ceiling-$rounds" created_per_sec)"
if [ "$rounds" -gt 1 ]; then
    echo "ratios per round: ${ratios[*]} (the median is reported)"
fi
printf '%s\n' "${ratios[@]}" | sort -n \
    | awk '{ r[NR] = $1 } END { m = (NR % 2) ? r[(NR + 1) / 2] : (r[NR / 2] + r[NR / 2 + 1]) / 2;
                               printf "lead_api_ratio=%.3f\n", m }'
