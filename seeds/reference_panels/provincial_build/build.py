import csv, os
R = '/work/data30/raw/'
PROV_ZH = ["北京市","天津市","河北省","山西省","内蒙古自治区","辽宁省","吉林省","黑龙江省","上海市","江苏省","浙江省","安徽省","福建省","江西省","山东省","河南省","湖北省","湖南省","广东省","广西壮族自治区","海南省","重庆市","四川省","贵州省","云南省","西藏自治区","陕西省","甘肃省","青海省","宁夏回族自治区","新疆维吾尔自治区"]
PROV_ID = ["beijing","tianjin","hebei","shanxi","inner_mongolia","liaoning","jilin","heilongjiang","shanghai","jiangsu","zhejiang","anhui","fujian","jiangxi","shandong","henan","hubei","hunan","guangdong","guangxi","hainan","chongqing","sichuan","guizhou","yunnan","tibet","shaanxi","gansu","qinghai","ningxia","xinjiang"]
ID = dict(zip(PROV_ZH, PROV_ID))
COLS = "region,region_zh,level,indicator,indicator_zh,unit,definition,year,as_of,value,bound,source_url,quote,note".split(',')
rows = []
def add(**kw):
    d = {c: '' for c in COLS}; d.update(kw); d['level'] = d['level'] or 'province'
    rows.append(d)

TJ = 'https://github.com/lanyuanzhe1/tongjimodule/blob/'
# ---- tongjimodule full-row tables ----
def tj_table(fname, commit, path, specs, origin, xnote=''):
    with open(R+fname, encoding='utf-8') as f:
        lines = f.read().strip().split('\n')
    header = lines[0]; hcols = header.split(',')
    for line in lines[1:]:
        c = line.split(',')
        prov, year = c[1], c[2]
        for col, ind, ind_zh, unit, defin, cx in specs:
            i = hcols.index(col); v = c[i]
            if v == '':
                continue
            note = origin + ' ' + cx
            extra = xnote(prov, year, ind, v) if callable(xnote) else ''
            if extra: note += ' ' + extra
            add(region=ID[prov], region_zh=prov, indicator=ind, indicator_zh=ind_zh, unit=unit,
                definition=defin, year=year, as_of=f'{year}-12', value=v,
                source_url=TJ+commit+'/'+path,
                quote=f'{header} … {line}', note=note.strip())

ORIG_NBS = ("Whole table: NBS data portal data.stats.gov.cn 分省年度数据 (new platform, getEsDataByCidAndDt API) as scraped by "
            "lanyuanzhe1/tongjimodule (fetch script in data/0412/, rootId c4d82af16c3d4f0cb4f09d4af7d5888e); the repo states 国家统计局 as the source via the scraper; "
            "same series as the China Statistical Yearbook province tables.")
tj_table('internet_nbs.csv', 'ab9de784f548b5eeb1c11bc81931d69bb4c8394b', 'data/0412/%E5%88%86%E7%9C%81%E4%BA%92%E8%81%94%E7%BD%91%E4%B8%BB%E8%A6%81%E6%8C%87%E6%A0%87_%E5%A4%9A%E5%B9%B4%E6%9C%9F_%E9%9D%A2%E6%9D%BF%E6%95%B0%E6%8D%AE.csv', [
    ('互联网宽带接入用户 (万户)', 'fixed_broadband_users', '互联网宽带接入用户', '万户',
     'NBS 互联网宽带接入用户 (fixed internet broadband access subscribers of the basic telecom operators), year-end; NBS provincial split',
     'Table \'互联网主要指标发展情况\' (yearbook: 分地区互联网主要指标). Cross-check: 31-province sums 2019=44927.8, 2020=48354.9, 2022=58964.9, 2023=63630.8 万户 match MIIT national totals 4.49/4.84/5.9/6.36 亿户 (national_series.csv; 2023: MIIT 2023年通信业统计公报 via https://xinwust.com/caisahng/23344.html). Independent province-level check vs china_provinces.csv (provincial communications-administration/bulletin figures): Hebei 2021 2796.9, Jiangsu 2021 4071.6 and 2022 4451.6, Shanxi 2022 1470.6 identical; Tibet 2020 96.0 vs 96.3. EXCEPTION: Jiangsu 2020 here 3756.8 vs 4167.6 in the Jiangsu Communications Administration report - unexplained; do not splice.'),
    ('移动互联网用户 (万户)', 'mobile_internet_users', '移动互联网用户', '万户',
     'NBS 移动互联网用户 (mobile internet subscribers), year-end; NBS provincial split',
     'Table \'互联网主要指标发展情况\'. 31-province sum 2022=145385.1万户 (national total not independently checked in this session).'),
], ORIG_NBS)

def ecom_note(prov, year, ind, v):
    return ''
tj_table('ecom_nbs.csv', 'd36519a27a58f36a455ef911421ee0280f669aa9', 'data/0412/%E5%88%86%E7%9C%81%E4%BC%81%E4%B8%9A%E4%BF%A1%E6%81%AF%E5%8C%96%E5%8F%8A%E7%94%B5%E5%AD%90%E5%95%86%E5%8A%A1%E6%83%85%E5%86%B5_%E5%A4%9A%E5%B9%B4%E6%9C%9F_%E9%9D%A2%E6%9D%BF%E6%95%B0%E6%8D%AE.csv', [
    ('电子商务销售额 (亿元)', 'ecommerce_sales', '电子商务销售额', '亿元',
     'NBS enterprise informatization survey: e-commerce sales of enterprises above designated size (规模以上/限额以上 surveyed enterprises), full year',
     'Table \'企业信息化及电子商务情况\' (yearbook: 分地区企业信息化及电子商务情况). Covers surveyed enterprises only, not total e-commerce.'),
    ('电子商务采购额 (亿元)', 'ecommerce_purchases', '电子商务采购额', '亿元',
     'NBS enterprise informatization survey: e-commerce purchases of surveyed enterprises, full year',
     'Table \'企业信息化及电子商务情况\'.'),
    ('有电子商务交易活动的企业数比重 (%)', 'ecommerce_enterprise_share', '有电子商务交易活动的企业比重', '%',
     'NBS enterprise informatization survey: share of surveyed enterprises with e-commerce transactions',
     'Table \'企业信息化及电子商务情况\' (2024 value blank in source).'),
], ORIG_NBS)

SOFT_FLAG = {('河北省','2020'), ('内蒙古自治区','2021'), ('陕西省','2024'), ('海南省','2020'), ('广西壮族自治区','2023'), ('新疆维吾尔自治区','2023'), ('黑龙江省','2018'), ('吉林省','2019')}
def soft_note(prov, year, ind, v):
    return 'FLAG: large break vs neighbouring years in the source series (as published; check before use).' if (prov, year) in SOFT_FLAG else ''
tj_table('soft_nbs.csv', 'd36519a27a58f36a455ef911421ee0280f669aa9', 'data/0412/%E5%88%86%E7%9C%81%E8%BD%AF%E4%BB%B6%E5%92%8C%E4%BF%A1%E6%81%AF%E6%8A%80%E6%9C%AF%E6%9C%8D%E5%8A%A1%E4%B8%9A%E4%B8%BB%E8%A6%81%E7%BB%8F%E6%B5%8E%E6%8C%87%E6%A0%87_%E5%A4%9A%E5%B9%B4%E6%9C%9F_%E9%9D%A2%E6%9D%BF%E6%95%B0%E6%8D%AE.csv', [
    ('软件业务收入 (万元)', 'software_revenue', '软件业务收入', '万元',
     'Software business revenue of software & IT-service enterprises above designated size (MIIT statistics, NBS 分省 table), full year; unit 万元 (divide by 1e4 for 亿元)',
     'Table \'软件和信息技术服务业主要经济指标\' (MIIT data republished by NBS). Cross-check: 31-province sum 2023 = 123642.8亿元 vs MIIT national 2023 软件业务收入 123258亿元 (工信部 2023年软件业经济运行情况, http://cinic.org.cn/hy/tx/1515357.html) - within 0.3%. Tibet blank in source.'),
], ORIG_NBS, soft_note)

# optical cable (prefix rows: first 7 fields are verbatim row prefix)
CAB_HDR = '省辖市代码,省份,年份,固定长途电话交换机容量 (万路端),局用交换机容量 (万门),移动电话交换机容量 (万户),光缆线路长度 (公里)'
with open(R+'cable_nbs_prefix.csv', encoding='utf-8') as f:
    for line in f.read().strip().split('\n'):
        c = line.split(','); prov, year, v = c[1], c[2], c[6]
        add(region=ID[prov], region_zh=prov, indicator='optical_cable_length', indicator_zh='光缆线路长度', unit='公里',
            definition='Length of optical cable lines, year-end (NBS 电信主要通信能力)', year=year, as_of=f'{year}-12', value=v,
            source_url=TJ+'d36519a27a58f36a455ef911421ee0280f669aa9/data/0412/%E5%88%86%E7%9C%81%E7%94%B5%E4%BF%A1%E4%B8%BB%E8%A6%81%E9%80%9A%E8%A1%8C%E8%83%BD%E5%8A%9B_%E5%A4%9A%E5%B9%B4%E6%9C%9F_%E9%9D%A2%E6%9D%BF%E6%95%B0%E6%8D%AE.csv',
            quote=f'{CAB_HDR},… {line},…', note=ORIG_NBS + " Table '电信主要通信能力' (file 分省电信主要通行能力_多年期_面板数据.csv). Quote is the verbatim row prefix up to the value. Extra indicator (not in the brief).")

# population (tongjimodule) 2016-2024
POP_HDR = '省辖市代码,省份,年份,年末常住人口 (万人),城镇人口 (万人),乡村人口 (万人)'
codes = {}
with open(R+'internet_nbs.csv', encoding='utf-8') as f:
    for l in f.read().split('\n')[1:]:
        if l: codes[l.split(',')[1]] = l.split(',')[0]
for l in open(R+'pop_tj.txt', encoding='utf-8'):
    p = l.split(); prov = p[0]
    for i, y in enumerate(range(2024, 2015, -1)):
        v = p[1+i]
        add(region=ID[prov], region_zh=prov, indicator='population', indicator_zh='年末常住人口', unit='万人',
            definition='Year-end resident population (常住人口), NBS', year=str(y), as_of=f'{y}-12', value=v,
            source_url=TJ+'ab9de784f548b5eeb1c11bc81931d69bb4c8394b/data/0412/%E5%88%86%E7%9C%81%E4%BA%BA%E5%8F%A3_%E5%A4%9A%E5%B9%B4%E6%9C%9F_%E9%9D%A2%E6%9D%BF%E6%95%B0%E6%8D%AE.csv',
            quote=f'{POP_HDR} … {codes[prov]},{prov},{y},{v},…',
            note=ORIG_NBS + " Table '人口' (分省人口_多年期_面板数据.csv). Quote = verbatim row prefix. Cross-check: 2024 values identical to Liushenwuzhu-Alpaca/province-economy data/raw/nbs_exports/分省年度数据人口.csv (NBS export, 数据来源：国家统计局). Post-2020-census revised series: 2016-2019 differ from originally published values (e.g. Hebei 2019 7447 here vs 7591.97 in china_provinces.csv; Zhejiang 2019 6375 vs 5850); 2021-2024 match the china_provinces.csv rows.")

# GDP: RenJiyi163 NBS export (最近20年), 2015-2024 (verbatim prefix)
RJ = 'https://github.com/RenJiyi163/panel_data_analysis_for_thesis/blob/e6d65372ec36319dd3d838f5c5e12841f7c77f26/%E5%88%86%E7%9C%81%E5%B9%B4%E5%BA%A6%E6%95%B0%E6%8D%AE.csv'
with open(R+'gdp_renjiyi_prefix.csv', encoding='utf-8') as f:
    lines = f.read().strip().split('\n')
hdr = lines[0]
for line in lines[1:]:
    c = line.split(','); prov = c[0]
    for i, y in enumerate(range(2024, 2014, -1)):
        v = c[1+i]
        add(region=ID[prov], region_zh=prov, indicator='gdp', indicator_zh='地区生产总值', unit='亿元',
            definition='Regional GDP, current prices, NBS series revised after the 5th economic census (later vintage; 2024 value is the revised one, not the January-2025 preliminary)',
            year=str(y), as_of=f'{y}-12', value=v, source_url=RJ,
            quote=f'数据库：分省年度数据 指标：地区生产总值(亿元) 时间：最近20年 {hdr},… {line},…',
            note="Whole table: NBS data-portal export (file ends '数据来源：国家统计局'; note: 第五次全国经济普查后对1992-2023年地区生产总值历史数据进行了系统修订). Quote = verbatim header/row prefix (2024..2015). Cross-check: 2016-2023 values identical to lanyuanzhe1/tongjimodule 分省GDP_多年期_面板数据.csv and 2019-2024 to Liushenwuzhu-Alpaca/province-economy NBS exports. Revised values differ from originally published GDP (e.g. in china_provinces.csv; Beijing 2019 37767.0 vs 35371.3 published) - do not splice vintages. The 2024 column is a later vintage than the first-published 2024 figures (see gdp_2024_preliminary).")

# GDP 2024 later vintage (tongjimodule)
GDP_HDR = '省辖市代码,省份,年份,地区生产总值 (亿元)'
for l in open(R+'gdp_tj_part1.txt', encoding='utf-8'):
    p = l.split(); prov = p[0]; v = p[1]
    add(region=ID[prov], region_zh=prov, indicator='gdp_2024_preliminary', indicator_zh='地区生产总值(2024年初步核算数)', unit='亿元',
        definition='Regional GDP 2024, current prices, as first published (初步核算, early 2025); earlier vintage than indicator gdp 2024',
        year='2024', as_of='2024-12', value=v,
        source_url=TJ+'ab9de784f548b5eeb1c11bc81931d69bb4c8394b/data/0412/%E5%88%86%E7%9C%81GDP_%E5%A4%9A%E5%B9%B4%E6%9C%9F_%E9%9D%A2%E6%9D%BF%E6%95%B0%E6%8D%AE.csv',
        quote=f'{GDP_HDR},… {codes[prov]},{prov},2024,{v},…',
        note=ORIG_NBS + " Table '地区生产总值'. VINTAGE FLAG: this file's 2024 column differs from the later NBS export (indicator gdp) for all 31 provinces while 2016-2023 are identical. It equals the provinces' first-published 2024 GDP where china_provinces.csv has it (Beijing 49843.1, Zhejiang 90131, Yunnan 31534.0, Tibet 2764.94, Anhui 50625.0) - hence labelled preliminary (inference; the file does not say).")

# ---- yingyingchen866/ai-dev-learning: 2015 rows (NBS new platform, long format) ----
YY = 'https://github.com/yingyingchen866/ai-dev-learning/blob/dcdac748b938dfa29612c895d421972aa3989b1e/week2-realdata/data/raw/nbs_digital_economy.csv'
YHDR = '省份,地区代码,年份,数据集,指标,数值,单位'
SHORT = {p[:2] if p[:3] not in ('内蒙古','黑龙江') else p[:3]: p for p in PROV_ZH}
ORIG_Y = ("2015 row from an independent scrape of the same NBS data portal (分省年度数据; script week2-realdata/fetch_nbs_data.py, "
          "dts 2015YY-2024YY; its 数据说明 template cites 国家统计局「国家数据」平台). Its 2016-2024 values were spot-checked identical to "
          "lanyuanzhe1/tongjimodule (e.g. Beijing e-commerce all years; Beijing-Shanxi and Jiangsu 2020 broadband).")
YMAP = {
 '互联网宽带接入用户 (万户)': ('fixed_broadband_users_2015basis', '互联网宽带接入用户(2015年口径)', '万户',
    'NBS 互联网宽带接入用户 as published for 2015 (year-end); WIDER coverage than the 2016+ NBS series',
    'SERIES BREAK: 31-province sum 2015 = 25,946.5万户 vs MIIT 三家基础电信企业 固定互联网宽带接入用户 2.13亿户 (national_series.csv), while 2016+ sums match the MIIT three-operator totals; Beijing 2015 (491.9) > 2016 (475.8). Treat 2015 as a different scope - do not splice with fixed_broadband_users.'),
 '移动互联网用户 (万户)': ('mobile_internet_users', '移动互联网用户', '万户',
    'NBS 移动互联网用户 (mobile internet subscribers), year-end; NBS provincial split',
    'CHECK: 2015 comes from the same vintage in which broadband shows a scope break; 31-province sum 2015 = 96,446.7万户 (not independently checked).'),
 '电子商务销售额 (亿元)': ('ecommerce_sales', '电子商务销售额', '亿元',
    'NBS enterprise informatization survey: e-commerce sales of enterprises above designated size (规模以上/限额以上 surveyed enterprises), full year', ''),
 '电子商务采购额 (亿元)': ('ecommerce_purchases', '电子商务采购额', '亿元',
    'NBS enterprise informatization survey: e-commerce purchases of surveyed enterprises, full year', ''),
 '有电子商务交易活动的企业数比重 (%)': ('ecommerce_enterprise_share', '有电子商务交易活动的企业比重', '%',
    'NBS enterprise informatization survey: share of surveyed enterprises with e-commerce transactions', ''),
}
for fn in ('ecom2015_ying.csv', 'net2015_ying.csv'):
    for line in open(R+fn, encoding='utf-8'):
        line = line.strip()
        if not line: continue
        c = line.split(',')
        prov = SHORT[c[0]]
        ind, ind_zh, unit, defin, cx = YMAP[c[4]]
        add(region=ID[prov], region_zh=prov, indicator=ind, indicator_zh=ind_zh, unit=unit, definition=defin,
            year=c[2], as_of=f'{c[2]}-12', value=c[5], source_url=YY, quote=f'{YHDR} … {line}',
            note=(ORIG_Y + ' ' + cx).strip())

with open('/work/data30/provincial_series.csv', 'w', newline='', encoding='utf-8') as f:
    w = csv.DictWriter(f, fieldnames=COLS); w.writeheader(); w.writerows(rows)
print(len(rows))
