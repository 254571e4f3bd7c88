//! The track record of targets: kind and level inference on names not used to write the rules,
//! the outside view's fit, the shipped coefficients against the refit, and the outside view on
//! a target with no observation.

#[path = "../examples/support/outcomes.rs"]
mod outcomes;

use plancast::io::{load_panel, PanelSources};
use plancast::{
    infer_kind, AssessOptions, GovernmentLevel, IndicatorKind, ProbabilityFrom, RecordCase,
    RecordModel, Status, TargetKind,
};

/// The distinct indicators of the held-out plans of `seeds/outcomes/targets_2021_2025.csv`
/// (FNV-1a of the plan title ≡ 0 mod 4, fixed before any name was read), each labelled by hand
/// before the rules were run on them. Labels follow the kinds' definitions, not the rules: an
/// industry's R&D intensity is not a share of GDP; internet users are adoption.
const HELD_OUT: &[(&str, &str, &str, IndicatorKind)] = &[
    ("千兆宽带用户数(1000Mbps及以上固定宽带用户)", "Gigabit (>=1000 Mbps) fixed-broadband subscribers", "万户", IndicatorKind::Adoption),
    ("全国网上零售额", "National online retail sales (goods and services)", "万亿元", IndicatorKind::Money),
    ("网民规模", "Internet users", "亿人", IndicatorKind::Adoption),
    ("通信业研发经费占电信业务收入比重", "Telecom-sector R&D spending as share of telecom revenue", "%", IndicatorKind::Other),
    ("电子商务交易额", "E-commerce transaction volume", "万亿元", IndicatorKind::Money),
    ("IPv6活跃用户数", "IPv6 active users", "亿户", IndicatorKind::Adoption),
    ("千兆宽带用户数", "Gigabit fixed-broadband subscribers", "万户", IndicatorKind::Adoption),
    ("5G个人用户普及率", "5G personal-user penetration (per population)", "%", IndicatorKind::Adoption),
    ("5G用户普及率", "5G user penetration", "%", IndicatorKind::Adoption),
    ("5G用户数", "5G subscribers", "万户", IndicatorKind::Adoption),
    ("千兆宽带用户数", "Gigabit broadband subscribers", "万户", IndicatorKind::Adoption),
    ("10G-PON(万兆光网)及以上端口数", "10G-PON and above ports", "万个", IndicatorKind::Infrastructure),
    ("行政村5G通达率", "Share of administrative villages reached by 5G", "%", IndicatorKind::Infrastructure),
    ("5G基站数", "5G base stations", "万个", IndicatorKind::Infrastructure),
    ("5G网络用户普及率", "5G user penetration", "%", IndicatorKind::Adoption),
    ("数字经济规模", "Digital-economy size (broad measure)", "万亿元", IndicatorKind::Money),
    ("地区生产总值增长", "Real GDP growth", "%", IndicatorKind::Growth),
    ("城镇调查失业率", "Surveyed urban unemployment rate", "%", IndicatorKind::Other),
    ("居民消费价格涨幅", "CPI inflation", "%", IndicatorKind::Growth),
    ("居民人均可支配收入增长", "Growth of per-capita disposable income (vs GDP)", "%", IndicatorKind::Growth),
    ("社会消费品零售总额增长", "Retail sales growth", "%", IndicatorKind::Growth),
    ("数字中国发展指数", "Digital China development index", "", IndicatorKind::Other),
    ("每万人口新一代信息技术产业发明专利拥有量", "New-generation IT invention patents per 10,000 people", "件", IndicatorKind::Other),
    ("IT项目投资占全社会固定资产投资总额比例", "IT project investment, share of total fixed-asset investment", "%", IndicatorKind::Other),
    ("计算机、通信和其他电子设备制造业研发经费投入强度", "R&D intensity of computer/communication/electronics manufacturing", "%", IndicatorKind::Other),
    ("全国高新技术企业数量", "Number of high-tech enterprises", "万家", IndicatorKind::Programmes),
    ("关键业务环节全面数字化的企业比例", "Share of enterprises with key business processes fully digitised", "%", IndicatorKind::Adoption),
    ("企业工业设备上云率", "Industrial equipment cloud adoption rate", "%", IndicatorKind::Adoption),
    ("一般公共预算收入增长", "General public budget revenue growth", "%", IndicatorKind::Growth),
    ("居民人均可支配收入增长", "Per-capita disposable income growth (vs GDP)", "%", IndicatorKind::Growth),
    ("城镇新增就业", "New urban jobs", "万人", IndicatorKind::Other),
    ("固定资产投资增长", "Fixed-asset investment growth", "%", IndicatorKind::Growth),
    ("进出口总额增长", "Foreign trade growth", "%", IndicatorKind::Growth),
    ("出口增长", "Export growth", "%", IndicatorKind::Growth),
    ("外商直接投资增长", "FDI growth", "%", IndicatorKind::Growth),
    ("城镇常住居民人均可支配收入增长", "Urban per-capita disposable income growth", "%", IndicatorKind::Growth),
    ("农村常住居民人均可支配收入增长", "Rural per-capita disposable income growth", "%", IndicatorKind::Growth),
    ("生产总值增长", "Real GDP growth", "%", IndicatorKind::Growth),
    ("地方财政收入增长", "Local fiscal revenue growth", "%", IndicatorKind::Growth),
    ("城镇居民人均可支配收入增长", "Urban per-capita disposable income growth", "%", IndicatorKind::Growth),
    ("农村居民人均可支配收入增长", "Rural per-capita disposable income growth", "%", IndicatorKind::Growth),
    ("外贸进出口总额增长", "Foreign trade growth", "%", IndicatorKind::Growth),
    ("单位地区生产总值能耗下降", "Reduction in energy use per unit of GDP", "%", IndicatorKind::Growth),
    ("生产总值增长", "GDP real growth", "%", IndicatorKind::Growth),
    ("一般公共预算收入同口径增长", "General public budget revenue growth (like-for-like)", "%", IndicatorKind::Growth),
    ("居民消费价格指数涨幅", "CPI increase", "%", IndicatorKind::Growth),
    ("地区生产总值增长", "GDP real growth", "%", IndicatorKind::Growth),
    ("规模以上工业增加值增长", "Industrial value added (above designated size), growth", "%", IndicatorKind::Growth),
    ("社会消费品零售总额增长", "Retail sales of consumer goods, growth", "%", IndicatorKind::Growth),
    ("进出口总值增长", "Total imports and exports, growth", "%", IndicatorKind::Growth),
    ("粮食产量", "Grain output", "亿斤", IndicatorKind::Other),
    ("规上工业增加值增长", "Industrial value added (above designated size), growth", "%", IndicatorKind::Growth),
    ("居民消费价格涨幅", "CPI increase", "%", IndicatorKind::Growth),
    ("单位GDP能耗下降", "Energy use per unit of GDP, reduction", "%", IndicatorKind::Growth),
    ("经济总量年均增速(地区生产总值年均增长)", "GDP average annual real growth 2021-2025", "%", IndicatorKind::Growth),
    ("地方一般公共预算收入增长", "Local general public budget revenue growth", "%", IndicatorKind::Growth),
    ("物价涨幅", "CPI increase", "%", IndicatorKind::Growth),
    ("单位地区生产总值能耗下降", "Energy use per unit of GDP, reduction", "%", IndicatorKind::Growth),
    ("居民消费价格总水平涨幅", "CPI increase", "%", IndicatorKind::Growth),
    ("户籍人口增长", "Registered (hukou) population increase", "万人", IndicatorKind::Other),
    ("年末户籍人口", "Registered (hukou) population, year-end", "万人", IndicatorKind::Other),
    ("高新技术产业产值占规模以上工业产值比重", "High-tech industry output, share of above-size industrial output", "%", IndicatorKind::Other),
    ("工业战略性新兴产业产值占工业总产值比重(国家新口径)", "Strategic emerging industries output, share of industrial output (new national definition)", "%", IndicatorKind::Other),
];

#[test]
fn kind_inference_on_held_out_names() {
    let wrong: Vec<_> = HELD_OUT
        .iter()
        .filter(|(zh, en, unit, kind)| infer_kind(zh, en, unit) != *kind)
        .map(|(zh, en, unit, kind)| (*zh, infer_kind(zh, en, unit), *kind))
        .collect();
    let accuracy = 1.0 - wrong.len() as f64 / HELD_OUT.len() as f64;
    eprintln!("kind inference, held-out names: {accuracy:.3}; wrong: {wrong:?}");
    assert_eq!(HELD_OUT.len(), 63);
    assert!(accuracy >= 0.9, "{accuracy}: {wrong:?}");
}

#[test]
fn level_inference_on_held_out_plans() {
    let rows = outcomes::read_rows("seeds/outcomes/targets_2021_2025.csv").unwrap();
    let held: Vec<_> = rows
        .iter()
        .filter(|r| outcomes::held_out(&r.plan))
        .collect();
    let right = held
        .iter()
        .filter(|r| outcomes::level_of(r).map(GovernmentLevel::name) == Some(r.level.as_str()))
        .count();
    let accuracy = right as f64 / held.len() as f64;
    eprintln!("level inference, held-out plans: {right} of {}", held.len());
    assert!(held.len() > 100);
    assert!(accuracy >= 0.9, "{accuracy}");
}

/// The intercept is unpenalised, so at the fit the mean fitted P over the training cases equals
/// their met rate (its score equation) whatever the penalty — checked on a small set.
#[test]
fn fitted_outside_view_reproduces_the_met_rate() {
    let mut cases = Vec::new();
    let kinds = [
        IndicatorKind::Growth,
        IndicatorKind::Infrastructure,
        IndicatorKind::Money,
    ];
    for k in 0..30usize {
        let kind = kinds[k % 3];
        let met = match kind {
            IndicatorKind::Infrastructure => true,
            IndicatorKind::Growth => k % 2 == 0,
            _ => k % 4 == 1,
        };
        let level = Some(GovernmentLevel::ALL[k % 4]);
        cases.push(RecordCase::new(
            kind,
            level,
            TargetKind::Expected,
            false,
            met,
            k,
        ));
    }
    let m = RecordModel::fit(&cases).unwrap();
    let mean: f64 = cases
        .iter()
        .map(|c| m.p_record(c.kind, c.level, c.target_type))
        .sum::<f64>()
        / cases.len() as f64;
    let rate = cases.iter().filter(|c| c.met).count() as f64 / cases.len() as f64;
    assert!((mean - rate).abs() < 1e-9, "{mean} vs {rate}");
    // Partial pooling: every kind's P lies between its own met rate and the overall rate.
    let infra = m.p_record(IndicatorKind::Infrastructure, None, TargetKind::Expected);
    assert!(infra < 1.0 && infra > rate, "{infra}");
}

#[test]
fn shipped_coefficients_equal_the_refit() {
    let (rows, ante, mid) = outcomes::load().unwrap();
    let model = outcomes::refit(&rows, &ante, &mid).unwrap();
    let d = model.max_difference(RecordModel::embedded());
    assert!(
        d < 1e-9,
        "the embedded coefficients are stale ({d}): run `cargo run --release --example plan_outcomes -- --refit`\n{}",
        model.to_rust()
    );
}

#[test]
fn a_target_without_observations_gets_the_outside_view() {
    let regions = "region,name_zh,level\nr,某某市,\n";
    let indicators = "indicator,name_zh,unit,direction,lower,upper\nstations,5G基站数,万个,up,,\n";
    let targets = "region,indicator,year,comparator,value\nr,stations,2025,>=,3\n";
    let panel = load_panel(
        PanelSources::new()
            .with_regions(regions.as_bytes(), "regions.csv")
            .with_indicators(indicators.as_bytes(), "indicators.csv")
            .with_targets(targets.as_bytes(), "targets.csv"),
    )
    .unwrap();
    let off = plancast::assess_panel(&panel, &AssessOptions::default());
    let row = &off.rows[0];
    assert_eq!(row.probability, None);
    let record = row.track_record.unwrap();
    assert_eq!(record.kind, IndicatorKind::Infrastructure);
    assert_eq!(record.level, Some(GovernmentLevel::City));
    assert!(record
        .to_string()
        .contains("infrastructure target in cities"));
    let on = plancast::assess_panel(&panel, &AssessOptions::default().with_track_record(true));
    let row = &on.rows[0];
    assert_eq!(row.probability, row.p_record);
    assert_eq!(row.probability_from, Some(ProbabilityFrom::OutsideView));
    assert!(matches!(row.verdict.status(), Status::NotAssessable(_)));
}
