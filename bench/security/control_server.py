#!/usr/bin/env python3
"""A deliberately vulnerable web application: the planted control for bench/security-scan.sh.

It listens on 127.0.0.1 only and has two flaws that a working scanner must find:
  GET /item?id=1      builds an SQLite query by string concatenation (SQL injection, with error messages)
  POST /api/items     the same injection, with the id in a JSON body {"id": "1"} (as Tandem's API takes input)
  GET /search?q=text  writes q into the page unescaped (reflected cross-site scripting)
The home page links to both and has a search form, so a crawler finds them. Never run it anywhere but on
loopback, and only for as long as the scan of the control lasts.

    python3 control_server.py PORT
"""
import html
import json
import sqlite3
import sys
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlparse

ROWS = [(1, "Ada", "archives"), (2, "Grace", "cataloguing"), (3, "Linus", "systems")]


def database():
    connection = sqlite3.connect(":memory:")
    connection.execute("create table items (id integer primary key, name text, topic text)")
    connection.executemany("insert into items values (?, ?, ?)", ROWS)
    connection.execute("create table secrets (id integer primary key, secret text)")
    connection.execute("insert into secrets values (1, 'planted-control-secret')")
    return connection


class Handler(BaseHTTPRequestHandler):
    server_version = "PlantedControl/1"

    def do_GET(self):
        url = urlparse(self.path)
        params = parse_qs(url.query, keep_blank_values=True)
        if url.path == "/":
            self.page(200, '<h1>Planted control</h1><ul><li><a href="/item?id=1">Item 1</a></li>'
                      '<li><a href="/search?q=archives">Search archives</a></li></ul>'
                      '<form action="/search" method="get"><input name="q" value="x"><button>Search</button></form>')
        elif url.path == "/item":
            self.item(params.get("id", ["1"])[0])
        elif url.path == "/search":
            # The planted flaw: the query is written into the page unescaped.
            self.page(200, "<p>Results for " + params.get("q", [""])[0] + "</p><p>No results.</p>")
        else:
            self.page(404, "<p>Not found.</p>")

    def do_POST(self):
        length = int(self.headers.get("Content-Length") or 0)
        if urlparse(self.path).path != "/api/items":
            self.page(404, "<p>Not found.</p>")
            return
        try:
            item = str(json.loads(self.rfile.read(length) or b"{}").get("id", "1"))
        except ValueError:
            self.page(400, "<p>Bad JSON.</p>")
            return
        self.item(item)

    def item(self, item):
        try:
            # The planted flaw: the parameter is pasted into the SQL text.
            rows = database().execute("select id, name, topic from items where id = " + item).fetchall()
        except Exception as error:  # noqa: BLE001 (the control answers every error with its message)
            self.page(500, "<p>Database error: " + html.escape(str(error)) + "</p>")
            return
        self.page(200, "".join("<p>%s</p>" % html.escape(" ".join(str(c) for c in r)) for r in rows)
                  or "<p>No item.</p>")

    def page(self, status, body):
        data = ("<!doctype html><html><head><title>Control</title></head><body>" + body
                + "</body></html>").encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, format, *args):  # noqa: A002 (the base class's name)
        pass


if __name__ == "__main__":
    ThreadingHTTPServer(("127.0.0.1", int(sys.argv[1])), Handler).serve_forever()
