#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""How long the disk takes to make a commit durable, with nothing else running.

Writes like SQLite's WAL does (4 KiB pages, one after another, into a file that already
exists) and times the fdatasync that ends each "commit", for commits of 4 to 320 KiB (one
page, and about what a group commit of 16 leads writes). Every 201 waits for one of these,
so with N connections no server can answer more than N / (this + everything else) a second.

Usage: bench/fsync_floor.py [DIR]   (DIR: where to write, default a temporary directory
under $TMPDIR; use the data directory's file system). Ends with fdatasync_p50_ms=<x> for the
largest commit.
"""
import os
import sys
import tempfile
import time

PAGE = 4096
FILE_BYTES = 32 << 20
COMMITS = 300


def main():
    where = sys.argv[1] if len(sys.argv) > 1 else None
    with tempfile.TemporaryDirectory(dir=where) as tmp:
        path = os.path.join(tmp, "probe-wal")
        fd = os.open(path, os.O_CREAT | os.O_RDWR, 0o600)
        try:
            os.pwrite(fd, b"\0" * FILE_BYTES, 0)  # an existing WAL is overwritten, not grown
            os.fsync(fd)
            p50 = 0.0
            for kib in (4, 48, 192, 320):
                data = os.urandom(kib * 1024)
                offset = 0
                times = []
                for _ in range(COMMITS):
                    for start in range(0, len(data), PAGE):
                        os.pwrite(fd, data[start:start + PAGE], offset)
                        offset = (offset + PAGE + 24) % (FILE_BYTES - 2 * PAGE)
                    begun = time.perf_counter()
                    os.fdatasync(fd)
                    times.append((time.perf_counter() - begun) * 1000)
                times.sort()
                p50 = times[len(times) // 2]
                print(f"{kib:4d} KiB per commit: fdatasync p50 {p50:.3f} ms, "
                      f"p90 {times[len(times) * 9 // 10]:.3f} ms")
        finally:
            os.close(fd)
    print(f"fdatasync_p50_ms={p50:.3f}")


if __name__ == "__main__":
    main()
