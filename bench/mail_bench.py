#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Drives bench/mail.sh: latency from each lead's 201 to the SMTP server accepting its
auto-reply (sequential leads), then a burst of leads from several clients and the rate at
which their auto-replies are accepted. The SMTP server (tests/support/smtp_server.py) writes
N.json for each message it accepts just before its 250 reply; its modification time is the
moment of acceptance. Prints name=value lines."""
import http.client
import json
import os
import statistics
import sys
import threading
import time

port, key, mail_dir = int(sys.argv[1]), sys.argv[2], sys.argv[3]
sequential = int(sys.argv[4]) if len(sys.argv) > 4 else 200
burst = int(sys.argv[5]) if len(sys.argv) > 5 else 1000
run = str(os.getpid())


def post_lead(conn, email):
    body = json.dumps({"name": "Bench Lead", "email": email, "phone": "+15551234567",
                       "event_date": "2026-08-15", "event_type": "Wedding"})
    conn.request("POST", "/api/v1/leads", body,
                 {"Authorization": "Bearer " + key, "Content-Type": "application/json"})
    response = conn.getresponse()
    payload = response.read()
    done = time.time()
    if response.status != 201:
        raise SystemExit(f"lead POST failed: {response.status} {payload!r}")
    return done


seen = {}  # recipient -> acceptance time (s)
seen_files = set()


def scan():
    for name in os.listdir(mail_dir):
        if not name.endswith(".json") or name in seen_files:
            continue
        path = os.path.join(mail_dir, name)
        with open(path) as f:
            envelope = json.load(f)
        seen_files.add(name)
        for rcpt in envelope["rcpt_tos"]:
            seen.setdefault(rcpt.lower(), os.stat(path).st_mtime_ns / 1e9)


def wait_for(addresses, timeout_s):
    deadline = time.time() + timeout_s
    while time.time() < deadline:
        scan()
        if all(a in seen for a in addresses):
            return True
        time.sleep(0.0005 if len(addresses) == 1 else 0.05)
    return False


# Sequential: one lead at a time, its auto-reply awaited before the next.
conn = http.client.HTTPConnection("127.0.0.1", port)
latencies = []
for i in range(sequential):
    address = f"seq-{run}-{i}@example.com"
    created = post_lead(conn, address)
    if not wait_for([address], 30):
        raise SystemExit(f"no auto-reply for {address} within 30 s")
    latencies.append((seen[address] - created) * 1000.0)
latencies.sort()
p50 = statistics.median(latencies)
p99 = latencies[min(len(latencies) - 1, int(len(latencies) * 0.99))]
print(f"sequential_leads={sequential}")
print(f"latency_p50_ms={p50:.1f}")
print(f"latency_p99_ms={p99:.1f}")

# Burst: `burst` leads from 8 clients as fast as they are answered.
clients = 8
addresses = [f"burst-{run}-{i}@example.com" for i in range(burst)]
first_post = time.time()
created_at = [0.0] * burst


def client(index):
    c = http.client.HTTPConnection("127.0.0.1", port)
    for i in range(index, burst, clients):
        created_at[i] = post_lead(c, addresses[i])


threads = [threading.Thread(target=client, args=(n,)) for n in range(clients)]
for t in threads:
    t.start()
for t in threads:
    t.join()
posted = time.time()
if not wait_for(addresses, 300):
    missing = sum(1 for a in addresses if a not in seen)
    raise SystemExit(f"{missing} auto-replies of the burst missing after 300 s")
last = max(seen[a] for a in addresses)
print(f"burst_leads={burst}")
print(f"burst_leads_per_sec={burst / (posted - first_post):.0f}")
print(f"burst_mails_per_sec={burst / (last - first_post):.1f}")
print(f"burst_last_reply_after_s={last - first_post:.2f}")
