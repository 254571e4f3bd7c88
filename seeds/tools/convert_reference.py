#!/usr/bin/env python3
"""Convert ../shared/data/reference_observations.csv, and the series of
../shared/data/national_series.csv that map onto a seed indicator, into plancast's observation CSV.

Run from the repository root:  python3 seeds/tools/convert_reference.py
Inputs: seeds/tools/reference_observations.csv and seeds/tools/national_series.csv (verbatim
        copies of the shared files)
Output: seeds/reference_observations.csv

What it does, so that nothing happens silently:
- maps Chinese region names to region ids (全国 -> china, 内蒙古自治区 -> inner_mongolia, ...);
- strips the markers from `indicator_zh` and keeps them as data: `[截至YYYY-MM]` -> column
  `as_of`, `(下限)` -> column `bound` = lower, `[规划基期约2020]` -> a note;
- maps the indicator to plancast's indicator id and converts the value into that indicator's unit
  (e.g. 万个 -> 个 multiplies by 10,000); every conversion is written in the `note` column;
- keeps `source_url` and `quote` verbatim.
CI never runs this script; its output is committed.
"""
import csv, re, sys

REGIONS = {
    "全国": "china", "内蒙古自治区": "inner_mongolia", "辽宁省": "liaoning", "江苏省": "jiangsu",
    "通辽市": "tongliao", "乌海市": "wuhai", "营口市": "yingkou", "准格尔旗": "zhungeer",
    "东北地区": "northeast", "西部地区": "west",
}
# indicator_zh (markers removed) -> (indicator id, {source unit: factor into the id's unit}, note)
INDICATORS = {
    "5G基站数量": ("5g_base_stations", {"万个": 1e4, "个": 1}, ""),
    "4G基站数量": ("4g_base_stations", {"万个": 1e4}, ""),
    "移动电话基站总数": ("mobile_base_stations", {"万个": 1e4}, ""),
    "5G基站占移动电话基站比重": ("5g_base_station_share", {"%": 1}, ""),
    "每万人拥有5G基站数": ("5g_base_stations_per_10k", {"个": 1}, ""),
    "5G用户占移动电话用户比重": ("5g_user_penetration", {"%": 1},
        "share of mobile-phone users; used as the reference for plans' 5G用户普及率"),
    "5G移动电话用户": ("5g_mobile_users", {"亿户": 1e4, "万户": 1}, ""),
    "5G签约用户": ("5g_mobile_users", {"万户": 1}, "signed 5G subscribers (签约用户)"),
    "移动电话用户": ("mobile_phone_users", {"亿户": 1e4, "万户": 1}, ""),
    "4G用户": ("4g_users", {"亿户": 1e4}, ""),
    "固定互联网宽带接入用户": ("fixed_broadband_users", {"亿户": 1e4, "万户": 1}, ""),
    "固定宽带接入用户": ("fixed_broadband_users", {"万户": 1}, ""),
    "千兆宽带用户": ("gigabit_broadband_users", {"亿户": 1e4, "万户": 1}, ""),
    "千兆用户占固定宽带用户比重": ("gigabit_share_of_broadband_users", {"%": 1}, ""),
    "农村宽带用户": ("rural_broadband_users", {"亿户": 1e4}, ""),
    "农村宽带接入用户": ("rural_broadband_users", {"万户": 1}, ""),
    "互联网宽带接入端口": ("broadband_ports", {"万个": 1}, ""),
    "省际互联网出口带宽": ("internet_export_bandwidth", {"Tb": 1},
        "provincial inter-provincial export bandwidth, Tb read as Tbps"),
    "移动物联网终端用户": ("mobile_iot_connections", {"亿户": 1e4, "万户": 1}, ""),
    "电信业务收入": ("telecom_revenue", {"万亿元": 1e4, "亿元": 1}, ""),
    "软件业务收入": ("software_it_services_revenue", {"亿元": 1},
        "software business revenue (软件业务收入), used for plans' 软件和信息技术服务业收入"),
    "数字经济核心产业增加值": ("digital_core_industry_value_added", {"亿元": 1}, ""),
    "数字经济核心产业增加值占GDP比重": ("digital_core_industry_gdp_share", {"%": 1}, ""),
    "数字经济规模(信通院口径)": ("digital_economy_scale", {"万亿元": 1e4}, "CAICT definition (信通院口径)"),
    "数字经济占GDP比重(信通院口径)": ("digital_economy_gdp_share", {"%": 1}, "CAICT definition (信通院口径)"),
    "在用算力中心标准机架数": ("data_centre_racks", {"万架": 1e4}, "computing centres in use (在用算力中心)"),
    "社保卡人口覆盖率": ("social_security_card_coverage", {"%": 1}, "share of population"),
    "社保卡覆盖率": ("social_security_card_coverage", {"%": 1}, ""),
    "社保卡持卡人数": ("social_security_card_holders", {"亿人": 1e4}, ""),
    "社保卡发卡数": ("social_security_card_holders", {"万张": 1}, "cards issued (发卡数), 1 card = 1 holder assumed"),
    "电子社保卡领用人数": ("e_social_security_card_holders", {"亿人": 1e4}, ""),
    "电子社保卡签发量": ("e_social_security_card_holders", {"万张": 1}, "cards signed (签发量)"),
    "政务服务事项网上可办率": ("gov_service_online_rate", {"%": 1}, ""),
    "政务服务事项全程网办率": ("gov_service_full_online_rate", {"%": 1}, ""),
    "网上零售额": ("online_retail_sales", {"万亿元": 1e4}, ""),
    "实物商品网上零售额": ("physical_goods_online_retail", {"万亿元": 1e4}, ""),
    "实物商品网上零售额占社零比重": ("physical_goods_online_retail_share", {"%": 1}, ""),
    "农村网络零售额": ("rural_online_retail", {"万亿元": 1e4}, ""),
    "农产品网络零售额": ("agri_online_retail", {"万亿元": 1e4}, ""),
    "网络购物用户规模": ("online_shoppers", {"亿人": 1e4}, ""),
    "地区生产总值": ("gdp", {"亿元": 1}, ""),
    "常住人口": ("resident_population", {"万人": 1, "人": 1e-4}, ""),
}

# national_series.csv: indicator_zh -> (indicator id, {unit: factor}, note). Only series whose
# definition matches a seed indicator closely enough to lend it a growth path; every mapping
# that is an approximation says so here and in seeds/NOTES.md.
NATIONAL = {
    "固定宽带家庭普及率": ("fixed_broadband_household_penetration", {"%": 1},
        "national household penetration, lent to a county's or city's 固定宽带家庭普及率 (approximation)"),
    "电子商务交易额": ("ecommerce_turnover", {"万亿元": 1e4}, ""),
    "电子信息制造业营业收入": ("electronics_manufacturing_revenue", {"万亿元": 1e4},
        "营业收入 of enterprises above designated size, lent to plans' 主营业务收入 (approximation)"),
    "数字经济核心产业增加值占GDP比重": ("digital_core_industry_gdp_share", {"%": 1}, ""),
    "5G基站数量": ("5g_base_stations", {"万个": 1e4, "个": 1}, ""),
    "软件业务收入": ("software_it_services_revenue", {"亿元": 1, "万亿元": 1e4},
        "MIIT 软件业务收入, lent to plans' 软件和信息技术服务业收入 (the same statistic)"),
    "网上零售额": ("online_retail_sales", {"亿元": 1, "万亿元": 1e4}, ""),
    "5G用户占移动电话用户比重": ("5g_user_penetration", {"%": 1}, ""),
    "移动物联网终端用户": ("mobile_iot_connections", {"亿户": 1e4, "万户": 1},
        "蜂窝物联网终端用户 (subscriptions), the plans' 移动物联网终端连接数"),
    # CAICT's measure (2016-2023), the aggregate a city's 数字经济规模 is judged against per GDP
    # (added 2026-12-04; China's 2023 value was already in reference_observations).
    "数字经济规模(信通院口径)": ("digital_economy_scale", {"万亿元": 1e4}, "CAICT definition (信通院口径)"),
    "数字经济占GDP比重(信通院口径)": ("digital_economy_gdp_share", {"%": 1}, "CAICT definition (信通院口径)"),
}

# Not mapped on purpose: 移动宽带用户普及率 (57.4 → 108 per 100 people, 2015–2020): its two
# year-end points would lend an unbounded exponential of 13 %/yr to a plan at 89 % (Yingkou),
# projecting 168 % for 2025, while the national series itself levelled off after 2020.

# Rows of national_series.csv left out although their series is mapped, and why (conflicts and
# definitional breaks resolved by hand; see seeds/NOTES.md).
NATIONAL_SKIP = {
    ("china", "数字经济核心产业增加值占GDP比重", "2023", "10"):
        "approximate (左右) figure of 数字中国发展报告(2023年); the NBS census-based 9.9 already in the file is kept",
    ("china", "网上零售额", "2020", "11.8"):
        "rounded secondary figure; the 11.76 of the 十四五数字经济发展规划 baseline is kept",
    ("china", "软件业务收入", "2022", "10.81"):
        "rounded (10.81 万亿元); MIIT's statistical bulletin figure 108126 亿元 is kept",
    ("china", "固定宽带家庭普及率", "2025", "117.9"):
        "new definition (subscriptions per 100 households, 部/百户): a break in the series",
}


def year_end(note):
    """A year-end (or full-year) figure: the note says so, or gives December as its date."""
    n = note.lower()
    return n.startswith("year-end") or n.startswith("full year") or re.match(r"as of \d{4}-12", n)


def national(out):
    """Appends the mapped national-series rows: year-end values as observations, others with
    their date in `as_of` (kept as data, left out of year-end series); a (region, indicator,
    year) already in `out` keeps its first value, and a different second one is reported."""
    seen = {(r["region"], r["indicator"], r["year"], r["as_of"]): r for r in out}
    added, conflicts, skipped = 0, [], []
    for r in csv.DictReader(open("seeds/tools/national_series.csv", encoding="utf-8")):
        name = r["indicator_zh"]
        if name not in NATIONAL or r["region"] not in REGIONS.values():
            continue
        key = (r["region"], name, r["year"], r["value"])
        if key in NATIONAL_SKIP:
            skipped.append((key, NATIONAL_SKIP[key]))
            continue
        ind, factors, note = NATIONAL[name]
        unit = r["unit"]
        if unit not in factors:
            skipped.append((key, f"unit {unit} not convertible"))
            continue
        factor = factors[unit]
        value = float(r["value"]) * factor
        notes = []
        if factor != 1:
            notes.append(f"converted from {r['value']} {unit} (x{factor:g})")
        if note:
            notes.append(note)
        notes.append(r["note"])
        low = r["note"].lower()
        bound = "lower" if "lower bound" in low else ""
        as_of = ""
        if not year_end(r["note"]):
            m = re.search(r"(\d{4}-(?:\d{2}|Q\d))", r["note"])
            as_of = m.group(1) if m else f"{r['year']}-partial"
        k = (r["region"], ind, r["year"], as_of)
        if k in seen:
            if abs(float(seen[k]["value"]) - value) > 1e-9 * max(1.0, abs(value)):
                conflicts.append((k, seen[k]["value"], value))
            continue
        row = {
            "region": r["region"], "indicator": ind, "year": r["year"],
            "value": f"{value:.10g}", "as_of": as_of, "bound": bound,
            "provenance": "reference", "source": r["source_url"], "quote": r["quote"],
            "note": "; ".join(x for x in notes if x), "indicator_zh": name, "unit_zh": unit,
        }
        seen[k] = row
        out.append(row)
        added += 1
    print(f"national_series.csv: {added} rows added", file=sys.stderr)
    for k, why in skipped:
        print(f"  skipped {k}: {why}", file=sys.stderr)
    for k, a, b in conflicts:
        print(f"  CONFLICT {k}: kept {a}, dropped {b}", file=sys.stderr)
    return conflicts


def main():
    src, dst = "seeds/tools/reference_observations.csv", "seeds/reference_observations.csv"
    rows = list(csv.DictReader(open(src, encoding="utf-8")))
    out = []
    for r in rows:
        name = r["indicator_zh"]
        as_of, bound, notes = "", "", []
        m = re.search(r"\[截至([^\]]+)\]", name)
        if m:
            as_of = m.group(1)
        if "[规划基期约2020]" in name:
            notes.append("plan baseline, about 2020 (规划基期约2020)")
        if "(下限)" in name:
            bound = "lower"
        base = re.sub(r"\[[^\]]*\]", "", name).replace("(下限)", "")
        ind, factors, note = INDICATORS[base]
        unit = r["unit"]
        factor = factors[unit]
        value = float(r["value"]) * factor
        if factor != 1:
            notes.append(f"converted from {r['value']} {unit} (x{factor:g})")
        if note:
            notes.append(note)
        out.append({
            "region": REGIONS[r["region"]], "indicator": ind, "year": r["year"],
            "value": f"{value:.10g}", "as_of": as_of, "bound": bound,
            "provenance": "reference", "source": r["source_url"], "quote": r["quote"],
            "note": "; ".join(notes), "indicator_zh": name, "unit_zh": unit,
        })
    conflicts = national(out)
    if conflicts:
        sys.exit("unresolved conflicts: add them to NATIONAL_SKIP with the reason")
    with open(dst, "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=list(out[0].keys()), lineterminator="\n")
        w.writeheader()
        w.writerows(out)
    print(f"wrote {len(out)} rows to {dst}", file=sys.stderr)

if __name__ == "__main__":
    main()
