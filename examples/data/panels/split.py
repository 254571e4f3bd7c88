#!/usr/bin/env python3
"""The frozen split of the shipped real panels (issue 29), made once on 2026-12-03.

Every region of a panel goes to `tuning` or `test` by the parity of the first 32 bits of
SHA-256("plancast frozen split 2026-12-03/" + lowercased region id): a fixed salt instead of a
seeded shuffle, so the split does not depend on the order of the files or on regions added later.
Aggregates (`is_aggregate = 1`: world, EU totals, income groups) are `reference`: they set paces
and lend paths, and are never scored. Method choices are made on `tuning`; the README's tables
are computed on `test` (docs/methods.md, "The frozen split"). Re-running this script rewrites
`split.csv` identically; `tests/real_panels.rs` checks that every region is in it.
"""
import csv
import hashlib
import pathlib

SALT = "plancast frozen split 2026-12-03/"
root = pathlib.Path(__file__).parent


def part(region: str, aggregate: bool) -> str:
    if aggregate:
        return "reference"
    h = int(hashlib.sha256((SALT + region.lower()).encode()).hexdigest()[:8], 16)
    return "test" if h % 2 else "tuning"


for d in sorted(p for p in root.iterdir() if (p / "regions.csv").exists()):
    with open(d / "regions.csv", newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    with open(d / "split.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["region", "part"])
        for r in rows:
            w.writerow([r["region"].lower(), part(r["region"], r.get("is_aggregate") == "1")])
    counts = {}
    for r in rows:
        p = part(r["region"], r.get("is_aggregate") == "1")
        counts[p] = counts.get(p, 0) + 1
    print(d.name, counts)
