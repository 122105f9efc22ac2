#!/usr/bin/env python3
"""Writes a random instance in the solve command's format to stdout.

usage: generate.py MENTEES MENTORS CAP_MIN CAP_MAX MAX_SCORE FORBIDDEN_SHARE SEED [STEP]
Scores are uniform in 0..MAX_SCORE on multiples of STEP (default 1: every integer; 10 with
MAX_SCORE 120 gives 13 values, like criteria points, so a mentee has many equally good
mentors); each pair is forbidden (-1) with probability FORBIDDEN_SHARE.
"""
import sys

import numpy as np


def main():
    m, n, cap_min, cap_max, max_score = (int(a) for a in sys.argv[1:6])
    forbidden, seed = float(sys.argv[6]), int(sys.argv[7])
    step = int(sys.argv[8]) if len(sys.argv) > 8 else 1
    rng = np.random.default_rng(seed)
    caps = rng.integers(cap_min, cap_max + 1, size=n)
    scores = rng.integers(0, max_score // step + 1, size=(m, n)) * step
    scores[rng.random((m, n)) < forbidden] = -1
    out = sys.stdout
    out.write(f"{m} {n}\n")
    out.write(" ".join(map(str, caps.tolist())) + "\n")
    for row in scores.tolist():
        out.write(" ".join(map(str, row)) + "\n")


if __name__ == "__main__":
    main()
