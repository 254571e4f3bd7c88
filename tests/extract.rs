//! The plan extractor on the five seed plans (against the hand-made seed rows), on HTML and
//! traditional characters, and on hostile input.

#[path = "../examples/support/extract_score.rs"]
mod extract_score;

use std::path::Path;

use plancast::extract::{extract, write_dir, ExtractOptions, Found, Role};
use plancast::{Comparator, Status};
use proptest::prelude::*;

fn seeds() -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds")
}

/// Recall and precision against the hand-typed seed rows (measured 94 % and 89 % when written,
/// 234 of 248 and 240 of 269 after issue 32's rules; the floors sit just under them).
#[test]
fn seed_plans_recall_and_precision() {
    let seeds = seeds();
    let (mut rows, mut found, mut written, mut agree) = (0, 0, 0, 0);
    for (region, file) in extract_score::seed_plans(&seeds) {
        let (_, s) = extract_score::score(&seeds, &file, &region);
        assert!(s.seed_rows > 0, "{region}: no seed rows");
        assert!(s.recall() >= 0.85, "{region}: recall {:.2}", s.recall());
        assert!(
            s.precision() >= 0.75,
            "{region}: precision {:.2}",
            s.precision()
        );
        rows += s.seed_rows;
        found += s.found;
        written += s.data_rows;
        agree += s.data_matched;
    }
    assert_eq!(rows, 248, "seed rows typed from the plan texts");
    let recall = found as f64 / rows as f64;
    let precision = agree as f64 / written as f64;
    assert!(recall >= 0.94, "recall {recall:.3}");
    assert!(precision >= 0.885, "precision {precision:.3}");
}

/// What is written loads as a panel and the feasibility assessment runs on it.
#[test]
fn written_files_load_and_are_assessed() {
    let plan = seeds().join("plans/000_c1a1e6179c961ec7.txt");
    let x = plancast::extract::extract_file(
        &plan,
        &ExtractOptions::new("tongliao").province("inner_mongolia"),
    )
    .unwrap();
    assert_eq!(x.period.base_year, Some(2020));
    assert_eq!(x.period.end_year, Some(2025));
    let dir = std::env::temp_dir().join(format!("plancast-extract-{}", std::process::id()));
    write_dir(&x, &dir).unwrap();
    let panel = plancast::io::PanelFiles::new()
        .observations(dir.join("observations.csv"))
        .targets(dir.join("targets.csv"))
        .indicators(dir.join("indicators.csv"))
        .regions(dir.join("regions.csv"))
        .load()
        .unwrap();
    let targets = x
        .data()
        .filter(|c| c.role != Role::Baseline && c.year.is_some())
        .count();
    assert_eq!(panel.targets().len(), targets);
    // One baseline per indicator: judged by comparable series' growth (the reference classes).
    let panel = plancast::seeds::with_class_series(&panel).unwrap();
    let report = plancast::assess_panel(&panel, &plancast::AssessOptions::default());
    assert_eq!(report.rows.len(), targets);
    let judged = report
        .rows
        .iter()
        .filter(|r| !matches!(r.verdict.status(), Status::NotAssessable(_)))
        .count();
    assert!(judged >= 15, "{judged} of {targets} judged");
    // The table row for 5G penetration: baseline 8 (2020), milestone 46, target 59.
    let pen: Vec<_> = x
        .data()
        .filter(|c| c.name_zh == "5G用户普及率" && c.found == Found::Table)
        .map(|c| (c.role, c.year, c.value))
        .collect();
    assert_eq!(
        pen,
        [
            (Role::Baseline, Some(2020), Some(8.0)),
            (Role::Milestone, Some(2023), Some(46.0)),
            (Role::Target, Some(2025), Some(59.0)),
        ]
    );
    let review = std::fs::read_to_string(dir.join("review.md")).unwrap();
    assert!(review.contains("## For review (not written)"));
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn html_tables_and_traditional_characters() {
    let html = "<html><body><h2>二、發展目標</h2><p>到2025年，全市5G基站數量達到3000個，\
                固定寬帶家庭普及率不低於95%。</p><table><tr><th>指標</th><th>2020年</th><th>2025年</th>\
                <th>屬性</th></tr><tr><td>數據中心標準機架數(個)</td><td>200</td><td>500</td>\
                <td>預期性</td></tr></table></body></html>";
    let x = extract(html.as_bytes(), &ExtractOptions::new("r")).unwrap();
    let mut got: Vec<_> = x
        .data()
        .map(|c| {
            (
                c.name_zh.as_str(),
                c.role,
                c.year,
                c.comparator,
                c.value,
                c.unit.as_str(),
            )
        })
        .collect();
    got.sort_by_key(|g| (g.0, g.2));
    assert_eq!(
        got,
        [
            (
                "5G基站数量",
                Role::Target,
                Some(2025),
                Comparator::Ge,
                Some(3000.0),
                "个"
            ),
            (
                "固定宽带家庭普及率",
                Role::Target,
                Some(2025),
                Comparator::Ge,
                Some(95.0),
                "%"
            ),
            (
                "数据中心标准机架数",
                Role::Baseline,
                Some(2020),
                Comparator::Eq,
                Some(200.0),
                "个"
            ),
            (
                "数据中心标准机架数",
                Role::Target,
                Some(2025),
                Comparator::Ge,
                Some(500.0),
                "个"
            ),
        ]
    );
}

#[test]
fn a_figure_without_a_year_or_name_is_listed_not_written() {
    let text = "一、总体要求\n分别达到30%、40%。\n共有120个。\n";
    let x = extract(text.as_bytes(), &ExtractOptions::new("r")).unwrap();
    assert_eq!(x.data().count(), 0);
    assert!(x.for_review().count() >= 2);
}

#[test]
fn hostile_input_is_an_error_or_a_result_never_a_panic() {
    let o = ExtractOptions::new("r");
    assert!(extract(b"\x00\x01\x02binary", &o).is_err());
    assert!(extract(&[0xd5, 0xe2, 0xca, 0xc7], &o).is_err()); // GBK
                                                              // One huge line: linear time (regex), no panic.
    let line = "到2025年，全市5G基站达到1200个，".repeat(20_000);
    let x = extract(line.as_bytes(), &o).unwrap();
    assert!(x.candidates.len() >= 20_000);
    assert!(extract("".as_bytes(), &o).unwrap().candidates.is_empty());
    // A long HTML page (100,000 paragraphs): line numbers are counted in one pass.
    let page = format!(
        "<html><body>{}</body></html>",
        "<p>到2025年，全市5G基站达到1200个。</p>\n".repeat(100_000)
    );
    let x = extract(page.as_bytes(), &o).unwrap();
    assert_eq!(x.candidates.len(), 100_000);
    assert_eq!(x.candidates.last().map(|c| c.line), Some(100_000));
    assert!(extract(b"x", &ExtractOptions::new(" bad id")).is_err());
}

/// GB18030 and Big5 texts read with their encoding named; mixed encodings are a located error.
#[test]
fn gbk_and_big5_with_the_encoding_named() {
    let plan = "到2025年，全市5G基站达到3000个。";
    let (gbk, _, bad) = encoding_rs::GB18030.encode(plan);
    assert!(!bad);
    assert!(
        extract(&gbk, &ExtractOptions::new("r")).is_err(),
        "GBK is not UTF-8"
    );
    let x = extract(&gbk, &ExtractOptions::new("r").encoding("gbk")).unwrap();
    let c: Vec<_> = x.data().map(|c| (c.name_zh.as_str(), c.value)).collect();
    assert_eq!(c, [("5G基站", Some(3000.0))]);
    let trad = "到2025年，全縣5G基站達到3000個。";
    let (big5, _, bad) = encoding_rs::BIG5.encode(trad);
    assert!(!bad);
    let x = extract(&big5, &ExtractOptions::new("r").encoding("big5")).unwrap();
    assert_eq!(
        x.data().next().map(|c| c.quote.as_str()),
        Some("全縣5G基站達到3000個")
    );
    // UTF-8 followed by GBK (mixed encodings): the UTF-8 reading stops at the GBK line.
    let mut mixed = "第一行\n".as_bytes().to_vec();
    mixed.extend_from_slice(&gbk);
    let e = extract(&mixed, &ExtractOptions::new("r"))
        .unwrap_err()
        .to_string();
    assert!(e.contains("line 2") && e.contains("not UTF-8"), "{e}");
    let e = extract(&[0x81, 0x20], &ExtractOptions::new("r").encoding("gbk"))
        .unwrap_err()
        .to_string();
    assert!(e.contains("not valid GBK"), "{e}");
    assert!(extract(b"x", &ExtractOptions::new("r").encoding("klingon")).is_err());
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]
    #[test]
    fn arbitrary_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..400)) {
        let _ = extract(&bytes, &ExtractOptions::new("r"));
    }

    #[test]
    fn plan_like_text_never_panics(s in "[到年月日达超过以上左右余个家%亿元万千\\|—/()（）年2005.1 \n，。、的指标预期性约束性全覆盖全省平均水平前列<>≤≥十四五]{0,300}") {
        let _ = extract(s.as_bytes(), &ExtractOptions::new("r"));
    }
}

/// A news report of a plan (not a seed): sentences only, growth rates, `万` units, `截至`.
#[test]
fn a_news_report_of_a_plan() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/plan_news.txt");
    let x = plancast::extract::extract_file(&path, &ExtractOptions::new("xx")).unwrap();
    assert_eq!(
        (x.period.base_year, x.period.end_year),
        (Some(2020), Some(2025))
    );
    let got: Vec<_> = x
        .data()
        .map(|c| {
            (
                c.name_zh.as_str(),
                c.role,
                c.year,
                c.comparator,
                c.value,
                c.unit.as_str(),
            )
        })
        .collect();
    for want in [
        (
            "数字经济规模",
            Role::Target,
            Some(2025),
            Comparator::Gt,
            Some(3000.0),
            "亿元",
        ),
        (
            "数字经济规模年均增长",
            Role::Target,
            Some(2025),
            Comparator::Ge,
            Some(12.0),
            "%",
        ),
        (
            "5G基站",
            Role::Baseline,
            Some(2020),
            Comparator::Eq,
            Some(8600.0),
            "个",
        ),
        (
            "千兆光网覆盖家庭",
            Role::Milestone,
            Some(2023),
            Comparator::Gt,
            Some(200.0),
            "万户",
        ),
        (
            "关键工序数控化率",
            Role::Target,
            Some(2025),
            Comparator::Ge,
            Some(65.0),
            "%",
        ),
        (
            "数据中心机架",
            Role::Baseline,
            Some(2022),
            Comparator::Eq,
            Some(2.1),
            "万架",
        ),
    ] {
        assert!(got.contains(&want), "{want:?} not in {got:#?}");
    }
    // `数据中心PUE值控制在1.3以下` states no year, but a ceiling (`控制在…以下`) is a target
    // clause as a floor (`不低于65%`) is: a target of the plan's end year, at most 1.3. (Until
    // the twelfth session a ceiling was no target verb and this row went to review.)
    let pue: Vec<_> = x
        .candidates
        .iter()
        .filter(|c| c.name_zh == "数据中心PUE值")
        .collect();
    assert_eq!(pue.len(), 1);
    assert!(pue[0].review.is_none(), "{:?}", pue[0]);
    assert_eq!(
        (pue[0].role, pue[0].year, pue[0].comparator, pue[0].value),
        (Role::Target, Some(2025), Comparator::Le, Some(1.3))
    );
}

/// A news page of a government work report (dev document 038, 济南 2025): its targets with no
/// year are the report's year — the year the page was published; undated, they go to review.
#[test]
fn a_government_work_report_plans_for_its_year() {
    use plancast::extract::{extract, ExtractOptions, Role};
    let text =
        "1月13日,济南市第十八届人民代表大会第四次会议开幕,济南市市长于海田作政府工作报告。\n\
                报告提出,聚力深化数字赋能,推动数字济南建设全面提升。\n\
                加强数字基础设施建设。持续推进“双千兆”建设,5G基站达到6万个。\n";
    let x = extract(
        text.as_bytes(),
        &ExtractOptions::new("jinan").published(2025),
    )
    .unwrap();
    assert_eq!(
        (x.period.start_year, x.period.end_year),
        (Some(2025), Some(2025))
    );
    let c = x
        .data()
        .find(|c| c.value == Some(6.0))
        .expect("5G基站达到6万个");
    assert_eq!(
        (c.role, c.year, c.unit.as_str()),
        (Role::Target, Some(2025), "万个")
    );
    let undated = extract(text.as_bytes(), &ExtractOptions::new("jinan")).unwrap();
    assert_eq!(undated.period.end_year, None);
    assert_eq!(undated.data().count(), 0);
}
