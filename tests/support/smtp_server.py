#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""A real SMTP server for the mail tests, on Debian's python3-aiosmtpd.

Listens on 127.0.0.1 on a port the kernel picks and prints "PORT <n>" once it accepts
connections. Every message it accepts is written as <n>.eml (the bytes as received after
DATA) beside <n>.json (the envelope) into --dir.

  --mode starttls   plain greeting, STARTTLS offered and required before MAIL and AUTH
  --mode smtps      TLS from the first byte (implicit TLS)
  --mode plain      no TLS at all
  --mode silent     accepts connections and never says anything (for timeouts)
  --user/--password AUTH PLAIN and LOGIN with these credentials, required before MAIL
  --rcpt-reply "450 4.2.1 Try again later"   answer every RCPT TO with this
  --data-reply "554 5.7.1 Rejected"          answer the end of DATA with this
  --port N          listen on N (e.g. the port of an earlier run, to come back "up")

Messages are numbered on from those already in --dir, so a restarted server adds to them.
"""
import argparse
import asyncio
import json
import logging
import os
import ssl
import sys
import warnings

from aiosmtpd.smtp import SMTP, AuthResult, LoginPassword


class Handler:
    def __init__(self, args):
        self.args = args
        self.count = len([n for n in os.listdir(args.dir) if n.endswith(".eml")])

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if self.args.rcpt_reply:
            return self.args.rcpt_reply
        envelope.rcpt_tos.append(address)
        return "250 2.1.5 OK"

    async def handle_DATA(self, server, session, envelope):
        if self.args.data_reply:
            return self.args.data_reply
        self.count += 1
        base = os.path.join(self.args.dir, "%d" % self.count)
        with open(base + ".json.tmp", "w") as f:
            json.dump({"mail_from": envelope.mail_from, "rcpt_tos": envelope.rcpt_tos,
                       "tls": server.transport.get_extra_info("ssl_object") is not None,
                       "login": (session.auth_data.login.decode()
                                 if isinstance(session.auth_data, LoginPassword) else None)}, f)
        with open(base + ".eml.tmp", "wb") as f:
            f.write(envelope.original_content)
        # Renamed into place before the reply, so a test sees whole files once its send returns.
        os.replace(base + ".json.tmp", base + ".json")
        os.replace(base + ".eml.tmp", base + ".eml")
        return "250 2.0.0 Ok: queued as test%d" % self.count


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--dir", required=True)
    parser.add_argument("--mode", choices=["starttls", "smtps", "plain", "silent"],
                        default="starttls")
    parser.add_argument("--cert")
    parser.add_argument("--key")
    parser.add_argument("--user")
    parser.add_argument("--password")
    parser.add_argument("--rcpt-reply")
    parser.add_argument("--data-reply")
    parser.add_argument("--port", type=int, default=0)
    args = parser.parse_args()
    # Refused handshakes are what some tests want: keep aiosmtpd's tracebacks and warnings out.
    logging.basicConfig(level=logging.CRITICAL)
    warnings.simplefilter("ignore")

    context = None
    if args.mode in ("starttls", "smtps"):
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        context.load_cert_chain(args.cert, args.key)

    def authenticate(server, session, envelope, mechanism, auth_data):
        ok = (isinstance(auth_data, LoginPassword) and args.user is not None
              and auth_data.login.decode() == args.user
              and auth_data.password.decode() == args.password)
        return AuthResult(success=ok, handled=False, auth_data=auth_data)

    handler = Handler(args)

    def factory():
        if args.mode == "silent":
            return asyncio.Protocol()
        return SMTP(handler,
                    hostname="mail.test",
                    tls_context=context if args.mode == "starttls" else None,
                    require_starttls=args.mode == "starttls",
                    authenticator=authenticate if args.user else None,
                    auth_required=bool(args.user),
                    # Implicit TLS is TLS too, but aiosmtpd only counts STARTTLS as such.
                    auth_require_tls=args.mode == "starttls")

    loop = asyncio.new_event_loop()
    server = loop.run_until_complete(loop.create_server(
        factory, host="127.0.0.1", port=args.port,
        ssl=context if args.mode == "smtps" else None))
    port = server.sockets[0].getsockname()[1]
    print("PORT %d" % port, flush=True)
    try:
        loop.run_forever()
    except KeyboardInterrupt:
        pass


if __name__ == "__main__":
    sys.exit(main())
