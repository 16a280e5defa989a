# The verifier of the capture & webhooks contract, copied verbatim, run against real deliveries.
# Usage: python3 seed_verify_webhook.py BODY_FILE SIGNATURE SECRET  -> prints True or False
import sys

import hmac, hashlib
def verify_webhook(payload: bytes, signature: str, secret: str) -> bool:
    parts = dict(p.split("=", 1) for p in signature.split(","))
    timestamp = parts["t"]
    expected = parts["v1"]
    signed = hmac.new(
        secret.encode(),
        f"{timestamp}.".encode() + payload,
        hashlib.sha256,
    ).hexdigest()
    return hmac.compare_digest(signed, expected)

if __name__ == "__main__":
    with open(sys.argv[1], "rb") as f:
        body = f.read()
    print(verify_webhook(body, sys.argv[2], sys.argv[3]))
