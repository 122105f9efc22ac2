#!/usr/bin/env python3
"""Prints the fields of one form of an HTML page as a URL-encoded body, for sqlmap's --data.

    python3 form_data.py ACTION [name=value ...] < page.html

ACTION is the form's action path, exactly as in the page. Hidden fields (the CSRF token) keep their values; a text
field, date or textarea keeps its value unless name=value overrides it; a select takes its selected (or first)
option. Exits non-zero if the page has no such form, so a scan never tests a form that is not there.
"""
import sys
from html.parser import HTMLParser
from urllib.parse import urlencode


class Forms(HTMLParser):
    def __init__(self, action):
        super().__init__(convert_charrefs=True)
        self.action = action
        self.inside = False
        self.found = False
        self.fields = []
        self.select = None
        self.textarea = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "form" and a.get("action") == self.action and not self.found:
            self.inside = self.found = True
        elif not self.inside:
            return
        elif tag == "input" and a.get("name") and a.get("type", "text") not in ("submit", "button", "image", "reset"):
            if a.get("type") in ("checkbox", "radio") and "checked" not in a:
                return
            self.fields.append([a["name"], a.get("value") or ""])
        elif tag == "select" and a.get("name"):
            self.select = [a["name"], None]
            self.fields.append(self.select)
        elif tag == "option" and self.select is not None:
            if self.select[1] is None or "selected" in a:
                self.select[1] = a.get("value", "")
        elif tag == "textarea" and a.get("name"):
            self.textarea = [a["name"], ""]
            self.fields.append(self.textarea)

    def handle_data(self, data):
        if self.textarea is not None:
            self.textarea[1] += data

    def handle_endtag(self, tag):
        if tag == "form":
            self.inside = False
        elif tag == "select":
            self.select = None
        elif tag == "textarea":
            self.textarea = None


parser = Forms(sys.argv[1])
parser.feed(sys.stdin.read())
if not parser.found:
    sys.exit("form_data: no form with action " + sys.argv[1])
overrides = dict(arg.split("=", 1) for arg in sys.argv[2:])
print(urlencode([(name, overrides.get(name, value or "")) for name, value in parser.fields]))
