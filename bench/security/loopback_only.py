#!/usr/bin/env python3
"""Runs a Python program (sqlmap, wapiti) with outgoing connections limited to the loopback range.

Any connect() to an address outside 127.0.0.0/8 and ::1 raises an error before a packet leaves, so a scanner can
only ever reach the planted control and Tandem on this machine, whatever it finds in a page.
Wapiti 3.0.4 on Python 3.11 also needs one repair: its -x wildcard patterns put a global regex flag at the end,
which Python 3.11 rejects; the flag is moved to the front here.

    python3 loopback_only.py sqlmap ARGS...
    python3 loopback_only.py wapiti ARGS...
"""
import ipaddress
import re
import runpy
import socket
import sys

_connect = socket.socket.connect
_connect_ex = socket.socket.connect_ex


def _check(address):
    if isinstance(address, tuple):
        host = address[0]
        try:
            ip = ipaddress.ip_address(host.split("%")[0])
        except ValueError:
            ip = ipaddress.ip_address(socket.gethostbyname(host))
        if not ip.is_loopback:
            raise ConnectionRefusedError("loopback_only: refused a connection to " + str(address))


def connect(self, address):
    _check(address)
    return _connect(self, address)


def connect_ex(self, address):
    _check(address)
    return _connect_ex(self, address)


socket.socket.connect = connect
socket.socket.connect_ex = connect_ex

tool = sys.argv[1]
sys.argv = [tool] + sys.argv[2:]
if tool == "sqlmap":
    sys.path.insert(0, "/usr/share/sqlmap")
    runpy.run_path("/usr/share/sqlmap/sqlmap.py", run_name="__main__")
elif tool == "wapiti":
    import wapitiCore.net.crawler as crawler

    def wildcard_translate(pattern):
        return re.compile("(?ms)" + "".join(".*" if c == "*" else re.escape(c) for c in pattern) + r"\Z")

    crawler.wildcard_translate = wildcard_translate
    from wapitiCore.main.wapiti import wapiti_main

    sys.exit(wapiti_main())
else:
    sys.exit("loopback_only: unknown tool " + tool)
