# SPDX-License-Identifier: GPL-3.0-or-later
# Shared by the HTTP benchmarks (sourced, not run): a temporary work directory, servers that are
# always stopped on exit, and start_server. Sets $work and $pids.

work="$(mktemp -d -t remixcrm-bench.XXXXXX)"
pids=()
cleanup() {
    for pid in "${pids[@]}"; do
        kill -TERM "$pid" 2>/dev/null || true
    done
    for pid in "${pids[@]}"; do
        for _ in $(seq 50); do
            kill -0 "$pid" 2>/dev/null || break
            sleep 0.1
        done
        kill -KILL "$pid" 2>/dev/null || true
        wait "$pid" 2>/dev/null || true
    done
    rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# Access logs off for every server: a log line per request would measure the terminal.
export QT_LOGGING_RULES="remixcrm.http.access=false"
export REMIXCRM_DATA_DIR="$work/data"

# Starts a server (port 0: the kernel picks a free loopback port), waits for its readiness
# line and sets $url and $pid.
start_server() {
    local log="$1"
    shift
    "$@" >"$log" 2>"$log.err" &
    pid="$!"
    pids+=("$pid")
    for _ in $(seq 150); do
        url="$(sed -n 's/^listening on \(http:\/\/127\.0\.0\.1:[0-9]*\)$/\1/p' "$log")"
        [ -n "$url" ] && return 0
        if ! kill -0 "$pid" 2>/dev/null; then
            echo "server exited early:" >&2
            cat "$log.err" >&2
            exit 1
        fi
        sleep 0.1
    done
    echo "server did not report readiness within 15 s" >&2
    exit 1
}

# The database writer alone (remixcrm-bench-writer): the transactions of the HTTP load with no
# HTTP at all, fed first by as many in-process clients as wrk has connections, then by 512.
# SQLite has one writer, so no listener can create faster than this. Needs $build and
# $connections; leaves writer_per_sec in $work/writer-<clients>.out.
run_writer_bound() {
    local mode="$1" clients
    for clients in "$connections" 512; do
        echo "== Writer alone: the same $mode transactions without HTTP, $clients in flight =="
        "$build/bin/remixcrm-bench-writer" "$mode" "$clients" "${BENCH_WRITER_SECONDS:-5}" \
            "$work/writer-data-$clients" | tee "$work/writer-$clients.out"
        echo
    done
}

# A name=value result left in $work/<name>.out.
value() { sed -n "s/^$2=//p" "$work/$1.out"; }

# After run_writer_bound: the writer's rows of the summary table (labels $1 characters wide),
# then its bounds as ratios to the ceiling's req/s ($2).
report_writer_bound() {
    local width="$1" ceiling_rps="$2" clients
    for clients in "$connections" 512; do
        printf "%-${width}s %12s\n" "writer x$clients" "$(value "writer-$clients" writer_per_sec)"
    done
    for clients in "$connections" 512; do
        awk -v a="$(value "writer-$clients" writer_per_sec)" -v b="$ceiling_rps" -v c="$clients" \
            'BEGIN { printf "writer_bound_ratio_%s=%.3f\n", c, a / b }'
    done
}
