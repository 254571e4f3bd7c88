#!/usr/bin/env python3
"""Convert ../shared/data/reference_observations.csv into plancast's observation CSV.

Run from the repository root:  python3 seeds/tools/convert_reference.py
Input:  seeds/tools/reference_observations.csv (a verbatim copy of the shared file)
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
    with open(dst, "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=list(out[0].keys()), lineterminator="\n")
        w.writeheader()
        w.writerows(out)
    print(f"wrote {len(out)} rows to {dst}", file=sys.stderr)

if __name__ == "__main__":
    main()
