#!/usr/bin/env python3
"""Checks, on a running Tandem, the facts that the reasons in allowlist.tsv rest on, and prints them as JSON.

    python3 probe.py BASE_URL [ADMIN_COOKIE]

- hsts_behind_tls: behind a TLS proxy (X-Forwarded-Proto: https from loopback, which Tandem trusts through
  TANDEM_TRUSTED_PROXIES by default) the answer carries Strict-Transport-Security with a max-age.
- secure_cookie_behind_tls: there the session cookie is marked Secure (and HttpOnly).
- xss_protection_zero: X-XSS-Protection is exactly "0", the value Spring Security sends on purpose.
- csrf_checked_on_import (with ADMIN_COOKIE, "SESSION=..." of a signed-in administrator): the multipart CSV upload
  POST /people/import answers 200 with the page's CSRF token, and 403 with a changed token and without one.
"""
import http.client
import json
import re
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


def upload_status(cookie, token):
    boundary = "----tandem-probe-boundary"
    parts = []
    if token is not None:
        parts.append('--%s\r\nContent-Disposition: form-data; name="_csrf"\r\n\r\n%s\r\n' % (boundary, token))
    parts.append('--%s\r\nContent-Disposition: form-data; name="file"; filename="people.csv"\r\n'
                 'Content-Type: text/csv\r\n\r\nemail,name\r\nprobe-csrf@example.org,Probe\r\n' % boundary)
    body = ("".join(parts) + "--%s--\r\n" % boundary).encode("utf-8")
    connection = http.client.HTTPConnection("127.0.0.1", base.port or 80, timeout=20)
    connection.request("POST", "/people/import", body=body, headers={
        "Cookie": cookie, "Content-Type": "multipart/form-data; boundary=" + boundary})
    response = connection.getresponse()
    response.read()
    connection.close()
    return response.status


def csrf_checked_on_import(cookie):
    connection = http.client.HTTPConnection("127.0.0.1", base.port or 80, timeout=20)
    connection.request("GET", "/people/import", headers={"Cookie": cookie})
    page = connection.getresponse().read().decode("utf-8", "replace")
    connection.close()
    found = re.search(r'name="_csrf" value="([^"]+)"', page)
    if not found:
        return False, "no CSRF token on /people/import: not signed in as an administrator?"
    token = found.group(1)
    statuses = {"right": upload_status(cookie, token), "changed": upload_status(cookie, "x" + token),
                "missing": upload_status(cookie, None)}
    return statuses == {"right": 200, "changed": 403, "missing": 403}, statuses


admin_cookie = sys.argv[2] if len(sys.argv) > 2 else None
import_checked, import_statuses = csrf_checked_on_import(admin_cookie) if admin_cookie else (False, "not probed")

result = {
    "hsts_behind_tls": "max-age=" in (behind_tls.headers.get("Strict-Transport-Security") or ""),
    "secure_cookie_behind_tls": bool(tls_cookies) and all("secure" in flags(c) and "httponly" in flags(c)
                                                          for c in tls_cookies),
    "xss_protection_zero": (plain.headers.get("X-XSS-Protection") or "").strip() == "0",
    "csrf_checked_on_import": import_checked,
    "details": {
        "csrf_on_import": import_statuses,
        "hsts_behind_tls": behind_tls.headers.get("Strict-Transport-Security"),
        "session_cookie_behind_tls": [c.split(";", 1)[1].strip() for c in tls_cookies],
        "session_cookie_plain_http": [c.split(";", 1)[1].strip() for c in plain_cookies],
        "x_xss_protection": plain.headers.get("X-XSS-Protection"),
    },
}
print(json.dumps(result, indent=2))
