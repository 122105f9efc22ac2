#!/usr/bin/env python3
"""Converts curl's cookie jar (Netscape format) into Wapiti's JSON cookie file, keeping each cookie's Secure flag
as Tandem set it, so that Wapiti's cookieflags module judges the real cookie.

    python3 wapiti_cookies.py CURL_JAR WAPITI_JSON
"""
import json
import sys

cookies = {}
with open(sys.argv[1], encoding="utf-8") as jar:
    for line in jar:
        line = line.rstrip("\n")
        if line.startswith("#HttpOnly_"):
            line = line[len("#HttpOnly_"):]
        elif not line or line.startswith("#"):
            continue
        domain, _subdomains, path, secure, expires, name, value = line.split("\t")
        cookies.setdefault(domain, {}).setdefault(path, {})[name] = {
            "value": value,
            "expires": int(expires) or None,
            "secure": secure == "TRUE",
            "port": None,
            "version": 0,
        }
with open(sys.argv[2], "w", encoding="utf-8") as out:
    json.dump(cookies, out, indent=2)
