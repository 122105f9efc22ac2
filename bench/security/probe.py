#!/usr/bin/env python3
"""Checks, on a running Tandem, the facts that the reasons in allowlist.tsv rest on, and prints them as JSON.

    python3 probe.py BASE_URL

- hsts_behind_tls: behind a TLS proxy (X-Forwarded-Proto: https from loopback, which Tandem trusts through
  server.forward-headers-strategy=native) the answer carries Strict-Transport-Security with a max-age.
- secure_cookie_behind_tls: there the session cookie is marked Secure (and HttpOnly).
- xss_protection_zero: X-XSS-Protection is exactly "0", the value Spring Security sends on purpose.
"""
import http.client
import json
import sys
from urllib.parse import urlsplit

base = urlsplit(sys.argv[1])
if base.hostname not in ("127.0.0.1", "localhost"):
    sys.exit("probe: loopback only")


def get(path, headers):
    connection = http.client.HTTPConnection("127.0.0.1", base.port or 80, timeout=20)
    connection.request("GET", path, headers=headers)
    response = connection.getresponse()
    response.read()
    connection.close()
    return response


behind_tls = get("/login", {"X-Forwarded-Proto": "https"})
plain = get("/login", {})
tls_cookies = [c for c in behind_tls.headers.get_all("Set-Cookie") or [] if c.startswith("SESSION=")]
plain_cookies = [c for c in plain.headers.get_all("Set-Cookie") or [] if c.startswith("SESSION=")]


def flags(cookie):
    return [part.strip().lower() for part in cookie.split(";")[1:]]


result = {
    "hsts_behind_tls": "max-age=" in (behind_tls.headers.get("Strict-Transport-Security") or ""),
    "secure_cookie_behind_tls": bool(tls_cookies) and all("secure" in flags(c) and "httponly" in flags(c)
                                                          for c in tls_cookies),
    "xss_protection_zero": (plain.headers.get("X-XSS-Protection") or "").strip() == "0",
    "details": {
        "hsts_behind_tls": behind_tls.headers.get("Strict-Transport-Security"),
        "session_cookie_behind_tls": [c.split(";", 1)[1].strip() for c in tls_cookies],
        "session_cookie_plain_http": [c.split(";", 1)[1].strip() for c in plain_cookies],
        "x_xss_protection": plain.headers.get("X-XSS-Protection"),
    },
}
print(json.dumps(result, indent=2))
