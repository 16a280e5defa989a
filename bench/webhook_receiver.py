#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""A small asyncio HTTP/1.1 webhook receiver for bench/webhooks.sh.

mode "ok": answers 200 to every POST and appends "<unix ms> <event> <data.id>" per request to
the log file. mode "hang": reads requests and never answers (a dead receiver)."""
import asyncio
import json
import sys
import time


class Receiver(asyncio.Protocol):
    def __init__(self, mode, log):
        self.mode = mode
        self.log = log
        self.buffer = b""

    def connection_made(self, transport):
        self.transport = transport

    def data_received(self, data):
        self.buffer += data
        while True:
            end = self.buffer.find(b"\r\n\r\n")
            if end < 0:
                return
            length = 0
            for line in self.buffer[:end].split(b"\r\n")[1:]:
                name, _, value = line.partition(b":")
                if name.strip().lower() == b"content-length":
                    length = int(value.strip())
            if len(self.buffer) < end + 4 + length:
                return
            body = self.buffer[end + 4 : end + 4 + length]
            self.buffer = self.buffer[end + 4 + length :]
            if self.mode == "hang":
                continue
            now = time.time() * 1000.0
            try:
                envelope = json.loads(body)
                self.log.write(f"{now:.3f} {envelope['event']} {envelope['data'].get('id')}\n")
            except ValueError:
                self.log.write(f"{now:.3f} invalid -\n")
            self.transport.write(b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok")


async def main():
    port, mode, path = int(sys.argv[1]), sys.argv[2], sys.argv[3]
    log = open(path, "a", buffering=1)
    loop = asyncio.get_running_loop()
    server = await loop.create_server(lambda: Receiver(mode, log), "127.0.0.1", port, backlog=512)
    print("ready", flush=True)
    async with server:
        await server.serve_forever()


asyncio.run(main())
