#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Drives bench/webhooks.sh: latency from each lead's 201 to the receiver getting its signed
lead.created POST (sequential leads), then a burst of leads from several clients while a second
subscription's receiver hangs. Prints name=value lines."""
import http.client
import json
import os
import signal
import statistics
import sys
import threading
import time

port, key, log_path = int(sys.argv[1]), sys.argv[2], sys.argv[3]
sequential = int(sys.argv[4]) if len(sys.argv) > 4 else 200
burst = int(sys.argv[5]) if len(sys.argv) > 5 else 1000
receiver_pid = int(sys.argv[6]) if len(sys.argv) > 6 else 0
server_pid = int(sys.argv[7]) if len(sys.argv) > 7 else 0


def cpu_ms(pid):
    """User + system CPU time of a process, in ms (load-independent cost measure)."""
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) * 1000.0 / os.sysconf("SC_CLK_TCK")


def post_lead(conn, email):
    body = json.dumps({"name": "Bench Lead", "email": email, "phone": "+15551234567",
                       "event_date": "2026-08-15", "event_type": "Wedding"})
    start = time.time() * 1000.0
    conn.request("POST", "/api/v1/leads", body,
                 {"Authorization": "Bearer " + key, "Content-Type": "application/json"})
    response = conn.getresponse()
    payload = response.read()
    done = time.time() * 1000.0
    if response.status != 201:
        raise SystemExit(f"lead POST failed: {response.status} {payload!r}")
    return json.loads(payload)["id"], start, done


def receipts():
    out = {}
    with open(log_path) as f:
        for line in f:
            parts = line.split()
            if len(parts) == 3 and parts[1] == "lead.created":
                out.setdefault(parts[2], float(parts[0]))
    return out


def wait_for(ids, timeout_s):
    deadline = time.time() + timeout_s
    while time.time() < deadline:
        got = receipts()
        if all(i in got for i in ids):
            return got
        time.sleep(0.05)
    got = receipts()
    missing = [i for i in ids if i not in got]
    raise SystemExit(f"{len(missing)} of {len(ids)} webhooks not received in {timeout_s} s")


def percentile(values, p):
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p / 100.0 * (len(values) - 1))))]


# 1. Latency: one lead at a time, each measured from its 201 to its webhook's arrival.
conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
answered = {}
post_ms = []
for i in range(sequential):
    lead_id, start, done = post_lead(conn, f"seq{i}@bench.example")
    answered[lead_id] = done
    post_ms.append(done - start)
    time.sleep(0.01)
got = wait_for(list(answered), 60)
latency = [max(0.0, got[i] - answered[i]) for i in answered]
print(f"lead_post_p50_ms={statistics.median(post_ms):.2f}")
print(f"webhook_latency_p99_ms={percentile(latency, 99):.2f}")
webhook_p50 = statistics.median(latency)

# 2. Burst: `burst` leads from 8 clients at once; the hanging receiver must not slow delivery.
ids = []
lock = threading.Lock()


def client(n, offset):
    c = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    for i in range(n):
        lead_id, _, _ = post_lead(c, f"burst{offset + i}@bench.example")
        with lock:
            ids.append(lead_id)


threads = []
per = burst // 8
start = time.time() * 1000.0
for t in range(8):
    threads.append(threading.Thread(target=client, args=(per + (burst % 8 if t == 0 else 0),
                                                         t * 100000)))
    threads[-1].start()
for t in threads:
    t.join()
posted = time.time() * 1000.0
got = wait_for(ids, 120)
last = max(got[i] for i in ids)
first = min(got[i] for i in ids)
print(f"burst_leads={len(ids)}")
print(f"burst_post_rate_per_s={len(ids) / ((posted - start) / 1000.0):.0f}")
print(f"burst_webhook_rate_per_s={len(ids) / ((last - start) / 1000.0):.0f}")
print(f"burst_delivery_span_ms={last - first:.0f}")
print(f"burst_last_delivery_after_last_201_ms={max(0.0, last - posted):.0f}")

# 3. Delivery throughput on its own: the healthy receiver is paused (SIGSTOP) while another
# burst is created, so its deliveries queue up; then it resumes and the backlog drains.
if receiver_pid:
    ids.clear()
    os.kill(receiver_pid, signal.SIGSTOP)
    threads = [threading.Thread(target=client, args=(per + (burst % 8 if t == 0 else 0),
                                                     (t + 8) * 100000)) for t in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    time.sleep(1.5)  # let the fan-out of the last events finish before measuring
    cpu_before = cpu_ms(server_pid) if server_pid else 0.0
    resumed = time.time() * 1000.0
    os.kill(receiver_pid, signal.SIGCONT)
    got = wait_for(ids, 120)
    last = max(got[i] for i in ids)
    print(f"drain_deliveries={len(ids)}")
    print(f"drain_deliveries_per_s={len(ids) / ((last - resumed) / 1000.0):.0f}")
    if server_pid:
        time.sleep(0.5)
        spent = cpu_ms(server_pid) - cpu_before
        print(f"drain_server_cpu_ms_per_delivery={spent / len(ids):.3f}")
        with open("/proc/loadavg") as f:
            print(f"loadavg_1m={f.read().split()[0]}")
print(f"webhook_p50_ms={webhook_p50:.2f}")
