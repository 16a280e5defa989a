# An independent Standard Webhooks verifier (the algorithm of the standardwebhooks and svix
# libraries): secret "whsec_<base64>", HMAC-SHA256 over "<id>.<timestamp>.<body>", header
# "v1,<base64>" (space-separated list), timestamp within 5 minutes.
# Usage: python3 standard_webhooks_verify.py BODY_FILE SECRET ID TIMESTAMP SIGNATURE
import base64, hashlib, hmac, sys, time

def verify(payload: bytes, secret: str, msg_id: str, timestamp: str, signature: str) -> bool:
    if not secret.startswith("whsec_"):
        return False
    key = base64.b64decode(secret[len("whsec_"):], validate=True)
    now = int(time.time())
    if abs(now - int(timestamp)) > 300:
        return False
    expected = base64.b64encode(
        hmac.new(key, f"{msg_id}.{timestamp}.".encode() + payload, hashlib.sha256).digest()
    ).decode()
    for versioned in signature.split(" "):
        version, _, sig = versioned.partition(",")
        if version == "v1" and hmac.compare_digest(sig, expected):
            return True
    return False

if __name__ == "__main__":
    with open(sys.argv[1], "rb") as f:
        body = f.read()
    print(verify(body, *sys.argv[2:6]))
