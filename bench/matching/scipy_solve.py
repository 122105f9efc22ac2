#!/usr/bin/env python3
"""Solves a solve-command file with scipy.optimize.linear_sum_assignment for comparison.

Mentor columns are expanded to slots (capacity copies). Matched-count-first is encoded like
Tandem does: a feasible pair is worth BIG + score with BIG larger than any total score
difference, a forbidden pair is worth 0 (it then counts as unmatched). Prints one JSON line
like the solve command; millis is the linear_sum_assignment call only.
"""
import json
import sys
import time

import numpy as np
from scipy.optimize import linear_sum_assignment


def main():
    with open(sys.argv[1], "rb") as f:
        numbers = np.array(f.read().split(), dtype=np.int64)
    m, n = int(numbers[0]), int(numbers[1])
    caps = numbers[2:2 + n]
    scores = numbers[2 + n:].reshape(m, n)
    slot_mentor = np.repeat(np.arange(n), np.minimum(caps, m))
    feasible = scores >= 0
    top = scores[feasible].max() if feasible.any() else 0
    low = scores[feasible].min() if feasible.any() else 0
    big = min(m, len(slot_mentor)) * (top - low) + 1
    weight = np.where(feasible, big + scores - low, 0)[:, slot_mentor].astype(np.float64)
    start = time.perf_counter()
    rows, cols = linear_sum_assignment(weight, maximize=True)
    millis = (time.perf_counter() - start) * 1000
    assignment = [-1] * m
    objective = matched = 0
    for r, c in zip(rows.tolist(), cols.tolist()):
        j = int(slot_mentor[c])
        if scores[r, j] >= 0:
            assignment[r] = j
            objective += int(scores[r, j])
            matched += 1
    print(json.dumps({"objective": objective, "matched": matched, "millis": round(millis, 3)}))


if __name__ == "__main__":
    main()
