#!/usr/bin/env python3
"""Writes the reference-class series of the seed panel (seeds/class_*.csv).

Plans' shares (online-service rates, coverage, penetration) mostly start at 70-95 % and the
national references of the seeds have no share series near those levels. The reference class
of a share (plancast::ReferenceClass::Share) is compared at the baseline's level, so the seed
panel carries the Eurostat adoption shares shipped in examples/data/panels/ (Eurostat reuse
policy: free reuse with the source acknowledged) as class series: 38 countries' household
internet access and internet use (2002-2025) and 27 EU states' five digital indicators.
Aggregates (EU27, euro area) are left out. Ids: region `eu_<code>`, indicator `eu_<id>`.

Run from the repository root:  python3 seeds/tools/make_class_series.py
"""
import csv
import os

ROOT = os.path.join(os.path.dirname(__file__), "..", "..")
PANELS = os.path.join(ROOT, "examples", "data", "panels")
SOURCES = ["eurostat_isoc_internet", "eurostat_eu27_digital"]
# The Eurostat dataset of each indicator (the folders' README.md give the filters).
DATASET = {
    "households_internet_access_pct": "eurostat:isoc_ci_in_h",
    "individuals_internet_use_3m_pct": "eurostat:isoc_ci_ifp_iu",
    "ecommerce_buyers_3m_pct": "eurostat:isoc_ec_ibuy+isoc_ec_ib20",
    "ict_specialists_pct_employment": "eurostat:isoc_sks_itspt",
    "enterprises_cloud_pct": "eurostat:isoc_cicce_use",
    "enterprises_ai_pct": "eurostat:isoc_eb_ai",
    "basic_digital_skills_pct": "eurostat:isoc_sk_dskl_i21",
}


def main():
    regions, indicators, obs = {}, {}, []
    for folder in SOURCES:
        d = os.path.join(PANELS, folder)
        aggregates = set()
        for r in csv.DictReader(open(os.path.join(d, "regions.csv"), encoding="utf-8")):
            if r.get("is_aggregate") == "1":
                aggregates.add(r["region"])
            else:
                regions.setdefault("eu_" + r["region"].lower(), r["name"])
        for r in csv.DictReader(open(os.path.join(d, "indicators.csv"), encoding="utf-8")):
            indicators["eu_" + r["indicator"]] = r
        for r in csv.DictReader(open(os.path.join(d, "observations.csv"), encoding="utf-8")):
            if r["region"] in aggregates:
                continue
            obs.append(
                {
                    "region": "eu_" + r["region"].lower(),
                    "indicator": "eu_" + r["indicator"],
                    "year": r["year"],
                    "value": r["value"],
                    "provenance": "reference",
                    "source": DATASET[r["indicator"]],
                }
            )
    out = os.path.join(ROOT, "seeds")
    with open(os.path.join(out, "class_regions.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["region", "name_zh", "name_en", "province", "level", "plan_title",
                    "period_start", "period_end", "seed_file"])
        for k in sorted(regions):
            w.writerow([k, regions[k], regions[k], "", "class_reference", "", "", "", ""])
    with open(os.path.join(out, "class_indicators.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["indicator", "name_zh", "name_en", "unit", "direction", "lower", "upper",
                    "category"])
        for k in sorted(indicators):
            r = indicators[k]
            w.writerow([k, r["indicator"], r["indicator"], "%", r["direction"], r["lower"],
                        r["upper"], "reference_class"])
    obs.sort(key=lambda r: (r["region"], r["indicator"], int(r["year"])))
    with open(os.path.join(out, "class_observations.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=list(obs[0].keys()), lineterminator="\n")
        w.writeheader()
        w.writerows(obs)
    print(f"{len(regions)} regions, {len(indicators)} indicators, {len(obs)} observations")


if __name__ == "__main__":
    main()
