#!/usr/bin/env python3
"""Build the Chinese regional reference panel the crate embeds, from the quoted values of
seeds/reference_panels/*.csv (china_provinces.csv and any later collection with the same columns).

Run from the repository root:  python3 seeds/tools/make_china_panel.py
Output: seeds/china_observations.csv (observation format, provenance `reference`) and
        seeds/china_regions.csv (the regions it names, with their province and level).

What it keeps, so that nothing happens silently (every dropped row is counted on stdout):
- year-end values (`as_of` in December of `year`, or empty for population and GDP, which
  bulletins state for the year) as year-end observations; for cumulative counts (5G base
  stations) also the values of other months, with their `as_of` (the panel keeps them out of
  year-end series; the intensity module reads them at their month); mid-year GDP and population
  are dropped, except a population counted in November (the 2020 census), which stands for its
  year;
- indicators with one definition each (`MAP` below): the value is converted into the seed
  indicator's unit and the conversion written in `note`; other definitions are left out, never
  spliced into these;
- one value per region, indicator, year and month: the first listed (an exact value replaces a
  lower bound); a second that disagrees by more than 0.5 % is reported on stdout and left out;
- whole tables (provincial_series.csv: NBS provincial tables as scraped into public repositories,
  see provincial_sources.md) before single quoted values, so that every province's GDP and
  population come from one vintage;
- no value the seed files already hold (`seeds/observations.csv`,
  `seeds/reference_observations.csv`): those stay as they are.
CI never runs this script; its output is committed.
"""
import csv, glob, sys

# (source indicator, unit) -> (seed indicator id, factor into the seed unit)
MAP = {
    ("5g_base_stations", "个"): ("5g_base_stations", 1), ("5g_base_stations", "座"): ("5g_base_stations", 1),
    ("5g_base_stations", "万个"): ("5g_base_stations", 1e4), ("5g_base_stations", "万座"): ("5g_base_stations", 1e4),
    ("5g_base_stations", "千个"): ("5g_base_stations", 1e3),
    ("population", "万人"): ("resident_population", 1), ("population", "人"): ("resident_population", 1e-4),
    ("resident_population", "万人"): ("resident_population", 1),
    ("gdp", "亿元"): ("gdp", 1), ("gdp", "万亿元"): ("gdp", 1e4),
    ("fixed_broadband_users", "万户"): ("fixed_broadband_users", 1),
    ("fixed_broadband_users", "亿户"): ("fixed_broadband_users", 1e4),
    ("mobile_phone_users", "万户"): ("mobile_phone_users", 1),
    ("mobile_phone_users", "亿户"): ("mobile_phone_users", 1e4),
    ("online_retail_sales", "亿元"): ("online_retail_sales", 1),
    # Provincial software revenue (NBS 分省 table of MIIT's 软件业务收入): the breaks the table's
    # notes flag ("FLAG: large break", eight provinces) are cut off — the flagged year and every
    # earlier one of that province are left out (BREAK_CUT below), so no series crosses a break.
    ("software_revenue", "万元"): ("software_it_services_revenue", 1e-4),
    # Shares and indices compared at their level (Scale::Level): quoted provincial and national
    # values (levels.csv); the CAICT digital-economy share is the seeds' digital_economy_gdp_share
    # (China's 2023 value there is CAICT's too).
    ("digital_design_tool_rate", "%"): ("digital_design_tool_rate", 1),
    ("key_process_nc_rate", "%"): ("key_process_nc_rate", 1),
    ("digital_core_industry_gdp_share", "%"): ("digital_core_industry_gdp_share", 1),
    ("integration_index", "指数"): ("integration_index", 1),
    ("digital_economy_gdp_share_caict", "%"): ("digital_economy_gdp_share", 1),
    # China's gigabit share of fixed-broadband subscribers (two years derived from quoted
    # counts, one implied by a quoted change: each row's note says), the national path of
    # plans' 千兆宽带家庭普及率.
    ("gigabit_household_penetration", "%"): ("gigabit_household_penetration", 1),
}
# Indicators stated for a whole year (an empty `as_of` is the year's value).
ANNUAL = {"resident_population", "gdp", "software_it_services_revenue", "digital_design_tool_rate",
          "key_process_nc_rate", "digital_core_industry_gdp_share", "integration_index",
          "digital_economy_gdp_share"}
# Series taken from a whole table only where the seed files hold none of that region's series of
# the indicator: never spliced with a value from another source (Jiangsu's software revenue).
NO_SPLICE = {"software_it_services_revenue"}
# A flagged break: (region, indicator) -> the flagged year; it and every earlier year are left out.
def break_cuts(paths):
    cuts = {}
    for path in paths:
        for r in csv.DictReader(open(path, encoding="utf-8")):
            if "FLAG: large break" in r["note"] and (r["indicator"], r["unit"]) in MAP:
                k = (r["region"], MAP[(r["indicator"], r["unit"])][0])
                cuts[k] = max(cuts.get(k, 0), int(r["year"]))
    return cuts
# Definitions that are not the seed indicator's (kept out): GDP columns of a later year's table.
SKIP_DEFINITION_WORDS = ("2019 GDP column",)
LEVEL = {"province": "province", "city": "prefecture", "county": "county"}
PROVINCE_OF = {
    "nanjing": "jiangsu", "wuxi": "jiangsu", "xuzhou": "jiangsu", "changzhou": "jiangsu",
    "suzhou_js": "jiangsu", "nantong": "jiangsu", "lianyungang": "jiangsu", "huaian": "jiangsu",
    "yancheng": "jiangsu", "yangzhou": "jiangsu", "zhenjiang": "jiangsu", "taizhou_js": "jiangsu",
    "suqian": "jiangsu", "dongtai": "jiangsu",
    "ordos": "inner_mongolia", "tongliao": "inner_mongolia", "wuhai": "inner_mongolia",
    "baotou": "inner_mongolia", "hohhot": "inner_mongolia", "chifeng": "inner_mongolia",
    "zhungeer": "inner_mongolia", "hulunbuir": "inner_mongolia", "bayannur": "inner_mongolia",
    "ulanqab": "inner_mongolia", "xilingol": "inner_mongolia", "hinggan": "inner_mongolia", "alxa": "inner_mongolia",
    "yingkou": "liaoning", "shenyang": "liaoning", "dalian": "liaoning", "anshan": "liaoning",
    "fushun": "liaoning", "benxi": "liaoning", "dandong": "liaoning", "jinzhou": "liaoning",
    "fuxin": "liaoning", "liaoyang": "liaoning", "panjin": "liaoning", "tieling": "liaoning",
    "chaoyang_ln": "liaoning", "huludao": "liaoning",
    "bozhou": "anhui", "hefei": "anhui", "datong": "shanxi", "taiyuan": "shanxi",
    "dongguan": "guangdong", "foshan": "guangdong", "guangzhou": "guangdong", "shenzhen": "guangdong",
    "dongsheng": "inner_mongolia", "haixi": "qinghai", "harbin": "heilongjiang", "lanzhou": "gansu",
    "qingdao": "shandong", "sanya": "hainan", "urumqi": "xinjiang", "xiongan": "hebei",
    "zhangjiakou": "hebei",
}
SEED_REGIONS = {"tongliao", "zhungeer", "yingkou", "wuhai", "dongtai", "china", "inner_mongolia",
                "liaoning", "jiangsu", "northeast", "west"}

def main():
    have, have_series = set(), set()
    for f in ("seeds/observations.csv", "seeds/reference_observations.csv"):
        for r in csv.DictReader(open(f, encoding="utf-8")):
            have.add((r["region"], r["indicator"], r["year"]))
            have_series.add((r["region"], r["indicator"]))
    out, regions, dropped = {}, {}, {}
    def drop(why):
        dropped[why] = dropped.get(why, 0) + 1
    # Whole NBS tables first: one vintage of GDP and population for every province.
    # Collections of 2026-12-04 (seed_regions.csv, levels.csv, cloud.csv) after the earlier
    # ones, so that an earlier source of an equal value keeps its place.
    late = ("seed_regions.csv", "levels.csv", "cloud.csv")
    paths = sorted(glob.glob("seeds/reference_panels/*.csv"),
                   key=lambda p: (not p.endswith("provincial_series.csv"), p.endswith(late), p))
    cuts = break_cuts(paths)
    for (reg, ind), y in sorted(cuts.items()):
        print(f"break: {reg} {ind} {y} and earlier left out")
    for path in paths:
        for r in csv.DictReader(open(path, encoding="utf-8")):
            key = (r["indicator"], r["unit"])
            if key not in MAP:
                drop(f"indicator/unit not mapped: {key}"); continue
            if any(w in (r["definition"] + r["note"]) for w in SKIP_DEFINITION_WORDS):
                drop("another definition"); continue
            # A census day (2020-11-01) is read at its month.
            year, as_of = r["year"], r["as_of"].strip()[:7]
            ind, factor = MAP[key]
            year_end = as_of == f"{year}-12" or (as_of in ("", year) and ind in ANNUAL)
            # A census count of 1 November (2020) stands for its year's population.
            year_end = year_end or (ind == "resident_population" and as_of == f"{year}-11")
            cumulative = ind == "5g_base_stations"
            if not year_end and not (cumulative and len(as_of) == 7 and as_of[4] == "-"):
                drop("not a year-end value"); continue
            as_of = "" if year_end else as_of
            region = r["region"]
            if (region, ind) in cuts and int(year) <= cuts[(region, ind)]:
                drop("at or before a flagged break"); continue
            if ind in NO_SPLICE and (region, ind) in have_series:
                drop("the seed files hold another source's series"); continue
            if (region, ind, year) in have:
                drop("already in the seed files"); continue
            try:
                value = float(r["value"].replace(",", "")) * factor
            except ValueError:
                drop("value not a number"); continue
            k = (region, ind, year, as_of)
            if k in out and out[k]["bound"] == "lower" and r["bound"] != "lower":
                print(f"{k}: the exact {value} replaces the lower bound {out[k]['value']}")
                del out[k]
            if k in out:
                if abs(out[k]["value"] - value) > 0.005 * max(abs(value), 1e-9):
                    print(f"conflict {k}: {out[k]['value']} kept, {value} from {r['source_url']} left out")
                drop("second value"); continue
            note = r["note"]
            if path.endswith("provincial_series.csv"):
                # The table-level provenance (origin, cross-checks) is in provincial_sources.md.
                note = note.split(" Cross-check")[0][:240]
            if factor != 1:
                note = (note + "; " if note else "") + f"converted from {r['value']} {r['unit']} (x{factor:g})"
            out[k] = {"region": region, "indicator": ind, "year": year, "value": value,
                      "as_of": as_of, "bound": r["bound"], "provenance": "reference",
                      "source": r["source_url"], "quote": r["quote"], "note": note}
            if region not in SEED_REGIONS:
                lvl = LEVEL.get(r["level"], r["level"])
                prov = "" if lvl == "province" else PROVINCE_OF.get(region, "")
                if lvl != "province" and not prov:
                    print(f"no province for {region}", file=sys.stderr); sys.exit(1)
                regions.setdefault(region, (r["region_zh"], lvl, prov))
    cols = ["region", "indicator", "year", "value", "as_of", "bound", "provenance", "source", "quote", "note"]
    with open("seeds/china_observations.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=cols, lineterminator="\n")
        w.writeheader()
        for k in sorted(out):
            row = dict(out[k]); v = row["value"]
            row["value"] = f"{v:.6g}" if v != int(v) else str(int(v))
            w.writerow(row)
    with open("seeds/china_regions.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["region", "name_zh", "name_en", "province", "level", "plan_title", "period_start", "period_end", "seed_file"])
        for reg in sorted(regions):
            zh, lvl, prov = regions[reg]
            w.writerow([reg, zh, reg.replace("_js", "").replace("_", " ").title(), prov, lvl, "", "", "", ""])
    print(f"{len(out)} values, {len(regions)} regions; dropped: {dropped}")
    count = {}
    for (reg, ind, y, a) in out:
        count.setdefault(ind + (" (mid-year)" if a else ""), {}).setdefault(y, set()).add(reg)
    for ind in sorted(count):
        print(ind, {y: len(v) for y, v in sorted(count[ind].items())})

main()
