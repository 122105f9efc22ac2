#!/usr/bin/env python3
"""Reads what sqlmap and Wapiti left in the work directory of bench/security-scan.sh and prints the summary.

    python3 summarize.py control WORK              exit 3 unless both scanners caught the planted control
    python3 summarize.py tandem WORK ALLOWLIST     exit 1 on any finding not allow-listed, 2 on a scan that did
                                                   not run properly, else 0

sqlmap: an injection point is a "Parameter: NAME (PLACE)" block in OUTDIR/127.0.0.1/log (sqlmap writes it only for
confirmed injections) or an "is vulnerable" line in its output. A run counts as broken if it could not connect, or
if its answers include 401 (the token or session no longer worked, so it tested the sign-in page, not the target).
Wapiti: every entry under "vulnerabilities" and "anomalies" of its JSON report, by category.
"""
import glob
import json
import os
import re
import sys

INJECTION = re.compile(r"^Parameter: (.+) \((.+)\)$", re.M)


def sqlmap_result(out_file):
    name = os.path.basename(out_file)[:-4]
    outdir = out_file[:-4]
    text = open(out_file, encoding="utf-8", errors="replace").read()
    points = set()
    for log in glob.glob(os.path.join(outdir, "*", "log")):
        points.update("%s (%s)" % m for m in INJECTION.findall(open(log, encoding="utf-8", errors="replace").read()))
    if not points:
        points.update(re.findall(r"(\S+ parameter '[^']+') is vulnerable", text))
    tested = sorted(set(re.findall(r"testing for SQL injection on (.*?parameter '[^']+')", text)))
    codes = dict((c, int(n)) for c, n in re.findall(r"\b(\d{3}) \([^)]*\) - (\d+) times", text))
    problems = []
    if "unable to connect to the target URL" in text or "connection refused" in text.lower():
        problems.append("could not connect")
    if "401" in codes:
        problems.append("%d answers were 401: the sign-in was not accepted" % codes["401"])
    if not tested and not points:
        problems.append("no parameter was tested")
    return name, sorted(points), tested, codes, problems


def wapiti_findings(report):
    data = json.load(open(report, encoding="utf-8"))
    found = []
    for kind in ("vulnerabilities", "anomalies"):
        for category, entries in sorted(data.get(kind, {}).items()):
            for entry in entries:
                found.append((kind, category, entry.get("info", ""), entry.get("method", ""), entry.get("path", ""),
                              entry.get("parameter", "")))
    return found


def control(work):
    sqlmap_ok = {}
    for out in sorted(glob.glob(os.path.join(work, "control", "*.out"))):
        if os.path.basename(out) == "wapiti.out":
            continue
        name, points, tested, _codes, problems = sqlmap_result(out)
        sqlmap_ok[name] = bool(points)
        print("control sqlmap %-10s %s%s" % (name, "CAUGHT " + ", ".join(points) if points else "NOT CAUGHT",
                                             "" if points else " (tested: %s; %s)" % (tested, problems)))
    report = os.path.join(work, "control", "wapiti.json")
    xss = []
    if os.path.exists(report):
        xss = [f for f in wapiti_findings(report) if f[1] == "Cross Site Scripting"]
    print("control wapiti xss        %s" % ("CAUGHT " + "; ".join("%s %s (%s)" % (f[3], f[4], f[5]) for f in xss)
                                            if xss else "NOT CAUGHT"))
    if not sqlmap_ok or not all(sqlmap_ok.values()) or not xss:
        print("A scanner missed the planted control, so its silence on Tandem would prove nothing: stopping.")
        return 3
    return 0


def tandem(work, allowlist_file):
    probes = json.load(open(os.path.join(work, "probes.json"), encoding="utf-8"))
    allow = []
    for line in open(allowlist_file, encoding="utf-8"):
        if line.strip() and not line.startswith("#"):
            scanner, category, info, probe, reason = line.rstrip("\n").split("\t")
            allow.append((scanner, category, re.compile(info), probe, reason))
    findings, accepted, problems = 0, 0, []

    print("sqlmap (level 5, risk 3): one line per target")
    total_points = 0
    for out in sorted(glob.glob(os.path.join(work, "sqlmap", "*.out"))):
        name, points, tested, codes, trouble = sqlmap_result(out)
        total_points += len(points)
        status = "INJECTABLE: " + ", ".join(points) if points else "no injection"
        print("  %-22s %-14s tested %d: %s; answers other than 2xx/3xx: %s%s" % (
            name, status if not points else "", len(tested),
            ", ".join(t.split("parameter ", 1)[1].strip("'") for t in tested) or "-",
            ", ".join("%s x%d" % kv for kv in sorted(codes.items())) or "none",
            ("; PROBLEM: " + "; ".join(trouble)) if trouble else ""))
        if points:
            print("      " + status)
        problems += ["sqlmap %s: %s" % (name, t) for t in trouble]
    findings += total_points
    print("  sqlmap findings on Tandem: %d" % total_points)

    print("\nWapiti (%s)" % "modules xss, permanentxss, crlf, exec, file, csrf, cookieflags, csp, http_headers")
    by_category = {}
    for report in sorted(glob.glob(os.path.join(work, "wapiti", "*.json"))):
        run = os.path.basename(report)[:-5]
        out = report[:-5] + ".out"
        crawled = set()
        if os.path.exists(out):
            text = open(out, encoding="utf-8", errors="replace").read().split("[*] Launching module", 1)[0]
            crawled = set(re.findall(r"^\[\+\] (GET|POST) (\S+)", text, re.M))
        print("  run '%s': crawled %d distinct GET/POST resources" % (run, len(crawled)))
        if len(crawled) < 10:
            problems.append("wapiti %s crawled only %d resources: was it signed in?" % (run, len(crawled)))
        for kind, category, info, method, path, parameter in wapiti_findings(report):
            reason = None
            for scanner, a_category, a_info, probe, a_reason in allow:
                if scanner == "wapiti" and a_category == category and a_info.match(info + " @ " + path) and (
                        probe == "-" or probes.get(probe) is True):
                    reason = a_reason
                    break
            key = (kind, category)
            by_category.setdefault(key, []).append((run, info, method, path, parameter, reason))
    for (kind, category), entries in sorted(by_category.items()):
        open_entries = [e for e in entries if e[5] is None]
        print("  %s / %s: %d (%d allow-listed)" % (kind, category, len(entries), len(entries) - len(open_entries)))
        for run, info, method, path, parameter, reason in entries:
            print("    [%s] %s %s %s%s" % (run, method, path, info, (" (parameter %s)" % parameter) if parameter else ""))
            if reason:
                print("        ALLOW-LISTED: " + reason)
        findings += len(open_entries)
        accepted += len(entries) - len(open_entries)
    if not by_category:
        print("  no vulnerabilities or anomalies")
    print("\nprobes: " + json.dumps({k: v for k, v in probes.items() if k != "details"}))

    if os.path.exists(os.path.join(work, "session-lost")):
        problems.append("the mentor's session ended during the scan")
    print("\nfindings on Tandem: %d not allow-listed, %d allow-listed" % (findings, accepted))
    for problem in problems:
        print("PROBLEM: " + problem)
    if findings:
        return 1
    return 2 if problems else 0


if __name__ == "__main__":
    if sys.argv[1] == "control":
        sys.exit(control(sys.argv[2]))
    sys.exit(tandem(sys.argv[2], sys.argv[3]))
