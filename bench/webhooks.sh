#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Webhook delivery benchmark on 127.0.0.1: latency from a lead's 201 to its signed webhook at a
# local receiver (p50/p99), then a burst of 1,000 leads delivered to a healthy receiver while a
# second receiver hangs, and the rate at which a backlog of 1,000 drains to a receiver that was
# paused (SIGSTOP) and resumed. The lead POST time is printed as the same-run baseline.
# Usage: bench/webhooks.sh [path/to/remixcrm]   Ends with webhook_p50_ms=<x>.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
binary="${1:-$here/../build/bin/remixcrm}"
[ -x "$binary" ] || { echo "build the remixcrm binary first ($binary)" >&2; exit 1; }

work="$(mktemp -d)"
pids=()
cleanup() {
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    wait 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
data="$work/data"
rx_port="$(free_port)"
hang_port="$(free_port)"
api_port="$(free_port)"

python3 "$here/webhook_receiver.py" "$rx_port" ok "$work/received.log" >"$work/rx.out" &
rx_pid=$!
pids+=($rx_pid)
python3 "$here/webhook_receiver.py" "$hang_port" hang /dev/null >"$work/hang.out" &
pids+=($!)

"$binary" --data-dir "$data" config set lead_rate_limit_per_hour 0 >/dev/null
key="$("$binary" --data-dir "$data" keys create --name bench | tail -n 1)"
healthy_id="$("$binary" --data-dir "$data" webhooks add "http://127.0.0.1:$rx_port/hook" \
    --events lead.created --secret bench-signing-secret-0123 | tail -n 1)"
"$binary" --data-dir "$data" webhooks add "http://127.0.0.1:$hang_port/hook" \
    --events lead.created --secret bench-signing-secret-0123 >/dev/null

"$binary" --headless --data-dir "$data" --listen "127.0.0.1:$api_port" >"$work/server.out" \
    2>"$work/server.err" &
server_pid=$!
pids+=($server_pid)
for _ in $(seq 1 100); do
    grep -q "listening on" "$work/server.out" 2>/dev/null && break
    sleep 0.1
done
grep -q "listening on" "$work/server.out" || { cat "$work/server.err" >&2; exit 1; }

status=0
timeout 300 python3 "$here/webhook_bench.py" "$api_port" "$key" "$work/received.log" 200 1000 "$rx_pid" "$server_pid" || status=$?
# Failed attempts to the healthy receiver would explain outliers: show them.
grep "failed:" "$work/server.err" | grep "$healthy_id" | head -5 >&2 || true
exit $status
