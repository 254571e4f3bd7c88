#!/usr/bin/env python3
"""The frozen split of the Chinese regional reference panel (issue 30), with the rule and salt of
examples/data/panels/split.py: a region goes to `test` when the first 32 bits of
SHA-256("plancast frozen split 2026-12-03/" + region id) are odd, else `tuning`; the nation and the
seed regions (plans and their provinces as references) are `reference` and never scored.
The intensity validation (`cargo run --release --example intensity_check`) scores `test`; nothing
in the intensity method was fitted to either part (its two constants, MIN_PEERS = 5 and
SCALE_YEARS = 3, were set before the first run).
Run from the repository root; writes seeds/china_split.csv.
"""
import csv, hashlib

SALT = "plancast frozen split 2026-12-03/"
REFERENCE = {"china", "tongliao", "zhungeer", "yingkou", "wuhai", "dongtai", "northeast", "west"}
regions = set()
for f in ("seeds/china_observations.csv",):
    for r in csv.DictReader(open(f, encoding="utf-8")):
        regions.add(r["region"])
with open("seeds/china_split.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["region", "part"])
    counts = {}
    for reg in sorted(regions):
        if reg in REFERENCE:
            p = "reference"
        else:
            h = int(hashlib.sha256((SALT + reg.lower()).encode()).hexdigest()[:8], 16)
            p = "test" if h % 2 else "tuning"
        counts[p] = counts.get(p, 0) + 1
        w.writerow([reg, p])
print(counts)
