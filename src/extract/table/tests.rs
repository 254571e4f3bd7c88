//! Unit tests of the parent module, each from a real case.

use super::*;

fn table(text: &str) -> Vec<Candidate> {
    table_with(text, &ExtractOptions::new("r"))
}

fn table_with(text: &str, options: &ExtractOptions) -> Vec<Candidate> {
    let lines: Vec<Line> = text
        .lines()
        .enumerate()
        .map(|(i, l)| Line::new(i + 1, l))
        .collect();
    read(&lines, options).candidates
}

#[test]
fn pipe_table_with_a_milestone_and_comparators() {
    let c = table(
        "类 别 | 指 标 | 2020年 | 2023年 | 2025年 |\n\
         数字基础 | 5G用户普及率(%) | 8 | 46 | 59 |\n\
         新建大型数据中心PUE值 | 1.48 | ≤1.3 | ≤1.2 | |\n\
         数字经济 | 数字经济核心产业增加值占GDP比重(%) | — |\n| 2.5 |\n",
    );
    let got: Vec<_> = c
        .iter()
        .map(|c| (c.name_zh.as_str(), c.role, c.year, c.comparator, c.value))
        .collect();
    assert_eq!(
        got,
        [
            (
                "5G用户普及率",
                Role::Baseline,
                Some(2020),
                Comparator::Eq,
                Some(8.0)
            ),
            (
                "5G用户普及率",
                Role::Milestone,
                Some(2023),
                Comparator::Ge,
                Some(46.0)
            ),
            (
                "5G用户普及率",
                Role::Target,
                Some(2025),
                Comparator::Ge,
                Some(59.0)
            ),
            (
                "新建大型数据中心PUE值",
                Role::Baseline,
                Some(2020),
                Comparator::Eq,
                Some(1.48)
            ),
            (
                "新建大型数据中心PUE值",
                Role::Milestone,
                Some(2023),
                Comparator::Le,
                Some(1.3)
            ),
            (
                "新建大型数据中心PUE值",
                Role::Target,
                Some(2025),
                Comparator::Le,
                Some(1.2)
            ),
            (
                "数字经济核心产业增加值占GDP比重",
                Role::Target,
                Some(2025),
                Comparator::Ge,
                Some(2.5)
            ),
        ]
    );
    assert_eq!(c[0].unit, "%");
    assert_eq!(c[0].quote, "5G用户普及率(%) | 8 | 46 | 59");
    assert!(
        c[6].notes[0].contains("read as 2023, 2025"),
        "{:?}",
        c[6].notes
    );
}

#[test]
fn flattened_table_one_cell_per_line_with_attributes_and_relative_targets() {
    let c = table(
        "“十四五”数字营口建设主要指标\n指标名称(单位)\n\n单位\n属性\n2020年\n2025年\n数字产业化\n\
         数字经济核心产业增加值占地区生产总值比重\n%\n预期性\n/\n达到全省平均水平\n\
         企业上云数量\n预期性\n2500\n4000\n“一网通办”实办率\n%\n约束性\n42.77\n高于全省平均水平\n\
         第二章 建设泛在智能的数字基建\n",
    );
    let got: Vec<_> = c
        .iter()
        .map(|c| {
            (
                c.name_zh.as_str(),
                c.role,
                c.year,
                c.comparator,
                c.value,
                c.kind,
            )
        })
        .collect();
    assert_eq!(
        got,
        [
            (
                "数字经济核心产业增加值占地区生产总值比重",
                Role::Target,
                Some(2025),
                Comparator::Ge,
                None,
                TargetKind::Expected
            ),
            (
                "企业上云数量",
                Role::Baseline,
                Some(2020),
                Comparator::Eq,
                Some(2500.0),
                TargetKind::Expected
            ),
            (
                "企业上云数量",
                Role::Target,
                Some(2025),
                Comparator::Ge,
                Some(4000.0),
                TargetKind::Expected
            ),
            (
                "“一网通办”实办率",
                Role::Baseline,
                Some(2020),
                Comparator::Eq,
                Some(42.77),
                TargetKind::Binding
            ),
            (
                "“一网通办”实办率",
                Role::Target,
                Some(2025),
                Comparator::Gt,
                None,
                TargetKind::Binding
            ),
        ]
    );
    assert!(c[0]
        .relative
        .as_ref()
        .is_some_and(|r| r.scope == "province" && !r.leading));
}

#[test]
fn numbered_rows_units_in_cells_and_five_year_plan_columns() {
    let c = table(
        "序号 | 指标名称 | 十三五末 | 2025年 | 属性\n\
         1 | 5G基站数 | 1200个 | 3000个 | 预期性\n\
         2 | 千兆光网覆盖家庭 | 10万户 | 50万户 | 预期性\n\
         3 | 数据中心PUE | 1.5 | ≤1.3 | 约束性\n",
    );
    let got: Vec<_> = c
        .iter()
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
    assert_eq!(
        got,
        [
            (
                "5G基站数",
                Role::Baseline,
                Some(2020),
                Comparator::Eq,
                Some(1200.0),
                "个"
            ),
            (
                "5G基站数",
                Role::Target,
                Some(2025),
                Comparator::Ge,
                Some(3000.0),
                "个"
            ),
            (
                "千兆光网覆盖家庭",
                Role::Baseline,
                Some(2020),
                Comparator::Eq,
                Some(10.0),
                "万户"
            ),
            (
                "千兆光网覆盖家庭",
                Role::Target,
                Some(2025),
                Comparator::Ge,
                Some(50.0),
                "万户"
            ),
            (
                "数据中心PUE",
                Role::Baseline,
                Some(2020),
                Comparator::Eq,
                Some(1.5),
                ""
            ),
            (
                "数据中心PUE",
                Role::Target,
                Some(2025),
                Comparator::Le,
                Some(1.3),
                ""
            ),
        ]
    );
    assert!(c.iter().all(|c| c.review.is_none()), "{c:#?}");
}

#[test]
fn a_growth_column_after_the_years_is_not_a_year() {
    let c = table(
        "类别 | 序号 | 指标 | 单位 | 2020年 | 2025年 | 年均增速(%) | 属性\n\
         数字经济 | 1 | 数字经济核心产业增加值 | 亿元 | 100 | 150 | 8.4 | 预期性\n",
    );
    let got: Vec<_> = c
        .iter()
        .map(|c| (c.name_zh.as_str(), c.year, c.value))
        .collect();
    assert_eq!(
        got,
        [
            ("数字经济核心产业增加值", Some(2020), Some(100.0)),
            ("数字经济核心产业增加值", Some(2025), Some(150.0)),
            // the growth column is the indicator's growth up to the last year column
            ("数字经济核心产业增加值年均增长", Some(2025), Some(8.4)),
        ]
    );
    assert_eq!(c[1].unit, "亿元");
    assert_eq!((c[2].unit.as_str(), c[2].role), ("%", Role::Target));
}

#[test]
fn cells_run_together_on_one_line() {
    let c = table("指标名称(单位) 2020 2025 备注\n指标名称\n2020\n2025\n备注\n固定宽带家庭普及率(% 75 99 预期性\n5G网络覆盖率(% 100 预期性\n");
    let got: Vec<_> = c
        .iter()
        .map(|c| (c.name_zh.as_str(), c.year, c.value))
        .collect();
    assert_eq!(
        got,
        [
            ("固定宽带家庭普及率", Some(2020), Some(75.0)),
            ("固定宽带家庭普及率", Some(2025), Some(99.0)),
            ("5G网络覆盖率", Some(2025), Some(100.0)),
        ]
    );
}

/// The shape issue 32 describes for a provincial action plan's headline table: one cell per
/// line ending ` |`, a `序号` column, a unit column, a base-year and a `2027年` column, `/` for an
/// empty cell, and a responsible-unit column. A whole number is the row's number only when it
/// is the next in sequence: `8.2 | 12 | 省统计局` keeps 12 as the 2027 value.
#[test]
fn row_numbers_run_in_sequence_and_a_responsible_unit_is_no_row() {
    let c = table(
        "序号 |\n指标名称 |\n单位 |\n2022年 |\n2027年 |\n责任单位 |\n\
         1 |\n数字经济核心产业增加值占GDP比重 |\n% |\n8.2 |\n12 |\n省统计局 |\n\
         2 |\n5G基站数 |\n万个 |\n5.6 |\n/ |\n省通信管理局 |\n\
         3 |\n规上工业企业关键工序数控化率 |\n% |\n/ |\n70 |\n省工业和信息化厅 |\n",
    );
    let got: Vec<(&str, Option<i32>, Role, Option<f64>)> = c
        .iter()
        .map(|c| (c.name_zh.as_str(), c.year, c.role, c.value))
        .collect();
    assert_eq!(
        got,
        [
            (
                "数字经济核心产业增加值占GDP比重",
                Some(2022),
                Role::Baseline,
                Some(8.2)
            ),
            (
                "数字经济核心产业增加值占GDP比重",
                Some(2027),
                Role::Target,
                Some(12.0)
            ),
            ("5G基站数", Some(2022), Role::Baseline, Some(5.6)),
            (
                "规上工业企业关键工序数控化率",
                Some(2027),
                Role::Target,
                Some(70.0)
            ),
        ]
    );
}

#[test]
fn flattened_table_with_completed_years_a_growth_column_and_row_groups() {
    // 弋江区 “十四五” plan, 表1 (dev 707): one cell per line, each closed by ` |`; the years
    // are `完成` (achieved), a growth column follows them, and `一、经济发展` groups the rows.
    let c = table(
        "表1:“十三五”期间经济社会发展的主要目标\n指 标 |\n2015年 完成 |\n2020年 完成 |\n\
         “十三五”年均增长(%) |\n指标属性 |\n|\n一、经济发展 |\n|||||\n地区生产总值(亿元) |\n\
         300.41 |\n469.5 |\n9.3 |\n预期性 |\n|\n二、结构效益 |\n|||||\n规模以上工业增加值(亿元) |\n\
         240 |\n188.5 |\n-5.82 |\n预期性 |\n|\n服务业增加值占地区生产总值比重(%) |\n30.2 |\n43.6 |\n\
         提高13.4个百分点 |\n预期性 |\n|\n",
    );
    let got: Vec<_> = c
        .iter()
        .map(|c| (c.name_zh.as_str(), c.role, c.year, c.value, c.unit.as_str()))
        .collect();
    assert_eq!(
        got,
        [
            (
                "地区生产总值",
                Role::Baseline,
                Some(2015),
                Some(300.41),
                "亿元"
            ),
            (
                "地区生产总值",
                Role::Baseline,
                Some(2020),
                Some(469.5),
                "亿元"
            ),
            (
                "地区生产总值年均增长",
                Role::Baseline,
                Some(2020),
                Some(9.3),
                "%"
            ),
            (
                "规模以上工业增加值",
                Role::Baseline,
                Some(2015),
                Some(240.0),
                "亿元"
            ),
            (
                "规模以上工业增加值",
                Role::Baseline,
                Some(2020),
                Some(188.5),
                "亿元"
            ),
            (
                "规模以上工业增加值年均增长",
                Role::Baseline,
                Some(2020),
                Some(-5.82),
                "%"
            ),
            // a share's change is in points: no growth row
            (
                "服务业增加值占地区生产总值比重",
                Role::Baseline,
                Some(2015),
                Some(30.2),
                "%"
            ),
            (
                "服务业增加值占地区生产总值比重",
                Role::Baseline,
                Some(2020),
                Some(43.6),
                "%"
            ),
        ]
    );
}

/// 866 清远 (a plan execution report, dev): a table of one year flattened one cell per line —
/// `指标名称 | 预期目标 | 完成情况 | 全省排名` under a title naming the year — gives each row's
/// goal (a target of that year) and result (a baseline of that year); the rank column is not a
/// value, and a goal in words (`保持正增长`) is no figure.
#[test]
fn an_execution_reports_table_of_goals_results_and_ranks() {
    let c = table(
        "表1  清远市2020年国民经济和社会发展主要指标完成情况\n\n指标名称\n\n预期目标\n\n完成情况\n\n\
         全省排名\n\n地区生产总值增长(%)\n\n6%左右\n\n3.8%\n\n4\n\n固定资产投资增长(%)\n\n10%\n\n8.1%\n\n\
         10\n\n进出口总额增长(%)\n\n保持正增长\n\n1.8%\n\n8\n",
    );
    let got: Vec<_> = c
        .iter()
        .filter(|c| c.review.is_none())
        .map(|c| (c.name_zh.as_str(), c.role, c.year, c.value))
        .collect();
    assert_eq!(
        got,
        [
            ("地区生产总值增长", Role::Target, Some(2020), Some(6.0)),
            ("地区生产总值增长", Role::Baseline, Some(2020), Some(3.8)),
            ("固定资产投资增长", Role::Target, Some(2020), Some(10.0)),
            ("固定资产投资增长", Role::Baseline, Some(2020), Some(8.1)),
            ("进出口总额增长", Role::Baseline, Some(2020), Some(1.8)),
        ],
        "{c:?}"
    );
}

/// 1744 淮南 (the report on the plan's first half of 2025, dev): a table of one year, one cell per
/// line closed by ` |`, whose columns are the year's growth goals and the first half's growth —
/// `指标名称 | 预期增长(%) | 上半年完成(%)` — gives each row's goal (a target of 2025, its growth in %)
/// and the first half's rate (named `上半年…增长`); a row with a unit of its own keeps it.
#[test]
fn an_execution_reports_table_of_growth_goals_and_the_first_half() {
    let c = table(
        "2025年上半年国民经济和社会发展计划主要预期目标完成情况\n|\n指标名称 |\n预期增长(%) |\n\
         上半年完成(%) |\n|\n地区生产总值 |\n6左右 |\n4 |\n|\n规上工业增加值 |\n6.5以上 |\n-3.6 |\n|\n\
         城镇新增就业 |\n2.7万人以上 |\n1.34万人 |\n|\n居民消费价格涨幅 |\n与全省保持一致 |\n\
         低于控制目标2.1个百分点 |\n",
    );
    let got: Vec<_> = c
        .iter()
        .filter(|c| c.review.is_none() && c.value.is_some())
        .map(|c| (c.name_zh.as_str(), c.role, c.year, c.value, c.unit.as_str()))
        .collect();
    assert_eq!(
        got,
        [
            ("地区生产总值增长", Role::Target, Some(2025), Some(6.0), "%"),
            (
                "上半年地区生产总值增长",
                Role::Baseline,
                Some(2025),
                Some(4.0),
                "%"
            ),
            (
                "规上工业增加值增长",
                Role::Target,
                Some(2025),
                Some(6.5),
                "%"
            ),
            (
                "上半年规上工业增加值增长",
                Role::Baseline,
                Some(2025),
                Some(-3.6),
                "%"
            ),
            ("城镇新增就业", Role::Target, Some(2025), Some(2.7), "万人"),
            (
                "城镇新增就业",
                Role::Baseline,
                Some(2025),
                Some(1.34),
                "万人"
            ),
        ],
        "{c:?}"
    );
}

/// 1924 苏州 (a news page of the “人工智能+” city action plan): the table ran together without any
/// blank — `指标2023年基准值2026年目标值` over `人工智能核心产业规模800亿元1200亿元` and
/// `智能经济占比15%20%` — is read as cells: the base year's value and the goal's.
#[test]
fn a_table_run_together_without_blanks_is_read_cell_by_cell() {
    let c = table(
        "指标2023年基准值2026年目标值\n人工智能核心产业规模800亿元1200亿元\n智能经济占比15%20%\n",
    );
    let got: Vec<_> = c
        .iter()
        .map(|c| (c.name_zh.as_str(), c.role, c.year, c.value, c.unit.as_str()))
        .collect();
    assert_eq!(
        got,
        [
            (
                "人工智能核心产业规模",
                Role::Baseline,
                Some(2023),
                Some(800.0),
                "亿元"
            ),
            (
                "人工智能核心产业规模",
                Role::Target,
                Some(2026),
                Some(1200.0),
                "亿元"
            ),
            ("智能经济占比", Role::Baseline, Some(2023), Some(15.0), "%"),
            ("智能经济占比", Role::Target, Some(2026), Some(20.0), "%"),
        ],
        "{c:?}"
    );
    // A sentence with one value, or a name with a digit, is no such row.
    assert!(
        super::cell::cells_of(&Line::new(1, "全市数字经济核心产业增加值800亿元"), 0).len() == 1
    );
}

/// 2040 (an exam page copying the national agriculture plan's table, one cell a line): the year
/// columns carry a remark in brackets (`2020年基期值(起始日期用作比较的数据)`) and an empty cell is
/// typed as the numeral one (`一`); the rows are read all the same.
#[test]
fn year_columns_with_a_remark_and_a_dash_typed_as_one() {
    let c = table(
        "指标 |\n2020年基期值(起始日期用作比较的数据) |\n2025年目标值(各项目标应达到的水平) |\n\
         农业科技进步贡献率(%) |\n60 |\n64 |\n\
         高标准农田面积(亿亩) |\n8 |\n10.75 |\n\
         粮食综合生产能力(亿吨) |\n一 |\n>6.5 |\n",
    );
    let got: Vec<_> = c
        .iter()
        .map(|c| (c.name_zh.as_str(), c.role, c.year, c.value))
        .collect();
    assert_eq!(
        got,
        [
            ("农业科技进步贡献率", Role::Baseline, Some(2020), Some(60.0)),
            ("农业科技进步贡献率", Role::Target, Some(2025), Some(64.0)),
            ("高标准农田面积", Role::Baseline, Some(2020), Some(8.0)),
            ("高标准农田面积", Role::Target, Some(2025), Some(10.75)),
            ("粮食综合生产能力", Role::Target, Some(2025), Some(6.5)),
        ],
        "{c:?}"
    );
}

/// 2058 内蒙古 (a plan's PDF copied as text): a table of the targets only — `指 标`, one year's
/// column `2025 年` and `属 性` — with its cells set apart by runs of blanks, numbered rows and
/// blank lines between them, is read as a table: each row's target of 2025, its number dropped
/// from its name.
#[test]
fn a_spaced_table_of_one_years_targets_with_an_attribute_column() {
    let c = table(
        "                专栏 1        “十四五”时期残疾人事业发展主要指标\n\n\
                         指 标                                   2025 年        属 性\n\n\
         1.残疾人家庭人均收入年均增长(%)                                             >7.5           预期性\n\n\
         3.符合条件的残疾人纳入最低生活保障比例(%)                                        100            约束性\n",
    );
    let got: Vec<_> = c
        .iter()
        .map(|c| (c.name_zh.as_str(), c.role, c.year, c.value, c.unit.as_str()))
        .collect();
    assert_eq!(
        got,
        [
            (
                "残疾人家庭人均收入年均增长",
                Role::Target,
                Some(2025),
                Some(7.5),
                "%"
            ),
            (
                "符合条件的残疾人纳入最低生活保障比例",
                Role::Target,
                Some(2025),
                Some(100.0),
                "%"
            ),
        ],
        "{c:?}"
    );
    // One year's column without an attribute column is no such table.
    assert!(table("指标  |  2023年\n地区生产总值(亿元) | 500\n").is_empty());
}

/// 2826 中山 (the yearbook of 2023, a table of two years' population): on a page of 2023, year
/// columns that are all before it and none marked a goal (`2021年 | 2022年`) hold results —
/// baselines of both years, not a baseline and a target. Undated, the last column stays a goal.
#[test]
fn year_columns_all_before_the_page_hold_results() {
    let text = "指标名称 | 单位 | 2021年 | 2022年 |\n年末常住人口 | 万人 | 446.69 | 443.11 |\n人口出生率 | ‰ | 9.87 | 7.92 |\n";
    let dated = table_with(text, &ExtractOptions::new("r").published(2023));
    let rows: Vec<_> = dated.iter().map(|c| (c.year, c.role, c.value)).collect();
    assert!(
        rows.contains(&(Some(2022), Role::Baseline, Some(443.11))),
        "{rows:?}"
    );
    assert!(
        rows.contains(&(Some(2021), Role::Baseline, Some(9.87))),
        "{rows:?}"
    );
    assert!(rows.iter().all(|r| r.1 == Role::Baseline), "{rows:?}");
    let undated = table(text);
    assert!(
        undated
            .iter()
            .any(|c| c.year == Some(2022) && c.role == Role::Target),
        "{undated:?}"
    );
}
