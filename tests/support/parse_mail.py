#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Reads one RFC 5322 message on stdin and prints, as JSON, what Python's email package
(email.policy.default, a strict modern parser) makes of it: decoded headers, bodies, defects."""
import email
import email.policy
import json
import sys

raw = sys.stdin.buffer.read()
msg = email.message_from_bytes(raw, policy=email.policy.default)


def addresses(name):
    header = msg[name]
    if header is None:
        return []
    return [{"name": a.display_name, "address": a.addr_spec} for a in header.addresses]


def body(subtype):
    part = msg.get_body(preferencelist=(subtype,))
    # Line ends as a mail program shows them (on the wire they are CRLF).
    return part.get_content().replace("\r\n", "\n") if part is not None else None


defects = [type(d).__name__ for d in msg.defects]
for part in msg.walk():
    defects += [type(d).__name__ for d in part.defects]
    for header_name in part.keys():
        defects += [type(d).__name__ for d in part[header_name].defects]

print(json.dumps({
    "subject": str(msg["subject"]) if msg["subject"] is not None else None,
    "from": addresses("from"),
    "to": addresses("to"),
    "reply_to": addresses("reply-to"),
    "message_id": msg["message-id"],
    "date": msg["date"],
    "date_iso": msg["date"].datetime.isoformat() if msg["date"] is not None else None,
    "auto_submitted": msg["auto-submitted"],
    "mime_version": msg["mime-version"],
    "content_type": msg.get_content_type(),
    "text": body("plain"),
    "html": body("html"),
    "defects": defects,
}))
