#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Mail benchmark on 127.0.0.1, against a real SMTP server (tests/support/smtp_server.py on
# Debian's python3-aiosmtpd, STARTTLS with a certificate made here, AUTH): latency from a lead's
# 201 until the server accepted its auto-reply (p50/p99, sequential leads), the rate at which
# the auto-replies of a burst of 1,000 leads are accepted, and the Lead API's throughput with
# mail on against mail off in the same run (wrk and bench/lead_api.lua, as bench/lead_api.sh),
# in alternating rounds with a fresh mail-on server per round, so no round's mail backlog
# slows another down. Ends with `mail_on_off_ratio=<median over the rounds of created req/s
# with mail on / with mail off>` (target >= 0.9).
#
# Environment: BENCH_DURATION (10s), BENCH_CONNECTIONS (16), BENCH_THREADS (2),
# BENCH_ROUNDS (3), BENCH_SEQUENTIAL (200), BENCH_BURST (1000), BUILD_DIR (build).
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
build="${BUILD_DIR:-$root/build}"
duration="${BENCH_DURATION:-10s}"
connections="${BENCH_CONNECTIONS:-16}"
wrk_threads="${BENCH_THREADS:-2}"
sequential="${BENCH_SEQUENTIAL:-200}"
burst="${BENCH_BURST:-1000}"
rounds="${BENCH_ROUNDS:-3}"
python="${PYTHON:-/usr/bin/python3}" # Debian's, with python3-aiosmtpd

command -v wrk >/dev/null || { echo "wrk is missing: run scripts/deps" >&2; exit 1; }
"$python" -c 'import aiosmtpd' 2>/dev/null \
    || { echo "python3-aiosmtpd is missing: run scripts/deps" >&2; exit 1; }

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

cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat"; }

# The SMTP server, with a certificate for 127.0.0.1 trusted through mail_ca_file.
openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -days 2 \
    -subj /CN=localhost -addext "subjectAltName=DNS:localhost,IP:127.0.0.1" \
    -keyout "$work/key.pem" -out "$work/cert.pem" 2>/dev/null
mkdir -p "$work/mail"
smtp_user="bench@janephoto.example"
smtp_password="bench-app-password-0123"
# Niced: it stands for the provider's server, which does not share the vendor's CPU.
nice -n 10 "$python" "$root/tests/support/smtp_server.py" --dir "$work/mail" --mode starttls \
    --cert "$work/cert.pem" --key "$work/key.pem" --user "$smtp_user" \
    --password "$smtp_password" >"$work/smtp.out" 2>"$work/smtp.err" &
smtp_pid="$!"
pids+=("$smtp_pid")
for _ in $(seq 100); do
    grep -q "^PORT " "$work/smtp.out" 2>/dev/null && break
    sleep 0.1
done
smtp_port="$(sed -n 's/^PORT //p' "$work/smtp.out")"
[ -n "$smtp_port" ] || { cat "$work/smtp.err" >&2; exit 1; }

on="$work/data-on"
off="$work/data-off"
"$app" --data-dir "$off" config set lead_rate_limit_per_hour 0 >/dev/null
# Mail set up in data directory $1 against the SMTP server, one auto-reply per lead.
configure_on() {
    local data="$1" setting
    printf '%s\n' "$smtp_password" | "$app" --data-dir "$data" config set mail_smtp_password - >/dev/null
    for setting in "lead_rate_limit_per_hour=0" "mail_smtp_url=smtp://127.0.0.1:$smtp_port" \
        "mail_smtp_username=$smtp_user" "mail_ca_file=$work/cert.pem" \
        "mail_from=Bench Photo <hello@janephoto.example>" "owner_email=owner@janephoto.example" \
        "owner_alerts=off" "auto_reply_enabled=true" "auto_reply_min_interval_hours=0" \
        "auto_reply_max_per_hour=100000"; do
        "$app" --data-dir "$data" config set "${setting%%=*}" "${setting#*=}" >/dev/null
    done
    "$app" --data-dir "$data" keys create --name bench | tail -n 1
}
key_on="$(configure_on "$on")"
key_off="$("$app" --data-dir "$off" keys create --name bench | tail -n 1)"

start_server "$work/on.log" "$app" --headless --data-dir "$on" --listen 127.0.0.1:0
on_url="$url" on_pid="$pid"
start_server "$work/off.log" "$app" --headless --data-dir "$off" --listen 127.0.0.1:0
off_url="$url" off_pid="$pid"

echo "== Auto-replies: $sequential sequential leads, then a burst of $burst from 8 clients =="
timeout 600 python3 "$root/bench/mail_bench.py" "${on_url##*:}" "$key_on" "$work/mail" \
    "$sequential" "$burst" | tee "$work/mail.out"
echo

run_load() {
    local name="$1" url="$2" pid="$3" key="$4" before after
    RMX_BENCH_KEY="$key" RMX_BENCH_RUN="$name-warmup-$$" timeout 60 \
        wrk -t"$wrk_threads" -c"$connections" -d2s -s "$root/bench/lead_api.lua" "$url" >/dev/null
    before="$(cpu_ticks "$pid")"
    RMX_BENCH_KEY="$key" RMX_BENCH_RUN="$name-$$" timeout 60 \
        wrk -t"$wrk_threads" -c"$connections" -d"$duration" --latency \
        -s "$root/bench/lead_api.lua" "$url" >"$work/$name.out"
    after="$(cpu_ticks "$pid")"
    awk -v t="$((after - before))" -v hz="$(getconf CLK_TCK)" \
        -v n="$(sed -n 's/^responses=//p' "$work/$name.out")" \
        'BEGIN { printf "server_cpu_us_per_req=%.1f\n", t / hz * 1e6 / n }' >>"$work/$name.out"
    if [ "$(sed -n 's/^failures=//p' "$work/$name.out")" != "0" ]; then
        echo "$name: requests failed or were not answered 201" >&2
        exit 1
    fi
}

# A mail-on server of its own for each round: the backlog a load leaves behind (leads arrive
# faster than any SMTP server takes them) would otherwise be sent during the next round.
fresh_on_server() {
    round_key="$(configure_on "$work/data-on-$1")"
    start_server "$work/on-$1.log" "$app" --headless --data-dir "$work/data-on-$1" --listen 127.0.0.1:0
}

# The loads alternate, each after a 2 s warm-up: mail off; mail queued only (auto-replies due
# tomorrow: the cost of queueing in the lead's transaction); mail on (queued and sent meanwhile).
"$app" --data-dir "$on" config set auto_reply_delay_seconds 86400 >/dev/null
for round in $(seq "$rounds"); do
    echo "== Lead API, round $round of $rounds: mail off, mail queued, mail on ($connections connections, $duration each) =="
    run_load "off-$round" "$off_url" "$off_pid" "$key_off"
    run_load "queued-$round" "$on_url" "$on_pid" "$key_on"
    fresh_on_server "$round"
    smtp_before="$(find "$work/mail" -name '*.eml' | wc -l)"
    smtp_cpu_before="$(cpu_ticks "$smtp_pid")"
    run_load "on-$round" "$url" "$pid" "$round_key"
    smtp_after="$(find "$work/mail" -name '*.eml' | wc -l)"
    smtp_cpu_after="$(cpu_ticks "$smtp_pid")"
    kill -TERM "$pid"
    echo "sent_during_load=$((smtp_after - smtp_before))" >>"$work/on-$round.out"
    awk -v t="$((smtp_cpu_after - smtp_cpu_before))" -v hz="$(getconf CLK_TCK)" \
        'BEGIN { printf "smtp_server_cpu_s=%.2f\n", t / hz }' >>"$work/on-$round.out"
done
echo

printf '%-18s %10s %8s %8s %11s %12s\n' "" "req/s" "p50 ms" "p99 ms" "CPU us/req" "mails sent"
on_ratios=()
queued_ratios=()
for round in $(seq "$rounds"); do
    for name in "off-$round" "queued-$round" "on-$round"; do
        printf '%-18s %10s %8s %8s %11s %12s\n' "mail $name" "$(value "$name" created_per_sec)" \
            "$(value "$name" p50_ms)" "$(value "$name" p99_ms)" \
            "$(value "$name" server_cpu_us_per_req)" "$(value "$name" sent_during_load)"
    done
    on_ratios+=("$(awk -v a="$(value "on-$round" created_per_sec)" \
        -v b="$(value "off-$round" created_per_sec)" 'BEGIN { printf "%.3f", a / b }')")
    queued_ratios+=("$(awk -v a="$(value "queued-$round" created_per_sec)" \
        -v b="$(value "off-$round" created_per_sec)" 'BEGIN { printf "%.3f", a / b }')")
done
echo "mail on / off per round: ${on_ratios[*]}; queued / off: ${queued_ratios[*]} (medians below)"
sed -n 's/^\(latency_p50_ms\|latency_p99_ms\|burst_mails_per_sec\|burst_leads_per_sec\)=/\1=/p' \
    "$work/mail.out"
median() { sort -n | awk '{ r[NR] = $1 } END { m = (NR % 2) ? r[(NR + 1) / 2] : (r[NR / 2] + r[NR / 2 + 1]) / 2; printf "%.3f", m }'; }
echo "mail_queued_off_ratio=$(printf '%s\n' "${queued_ratios[@]}" | median)"
echo "mail_on_off_ratio=$(printf '%s\n' "${on_ratios[@]}" | median)"
