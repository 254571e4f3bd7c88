//! A plan's text as lines: decoding, HTML to lines, the normalised copy the patterns read, and
//! the map back to the text as written (quotes are always taken from the original). HTML pages
//! are turned into lines in [`html`]; what a line's section is about is [`super::section`].

use std::path::Path;

use crate::error::{Error, Result};

mod html;
use html::html_lines;

/// Inputs larger than this are refused: no plan is this long, and a runaway file is a mistake.
pub(crate) const MAX_INPUT_BYTES: usize = 64 << 20;

/// One line of the plan: as written, normalised, and where it came from.
#[derive(Debug)]
pub(crate) struct Line {
    /// 1-based line number in the input (for HTML: the source line the text starts on).
    pub number: usize,
    /// The text as written.
    pub orig: String,
    /// The normalised copy: full-width digits, letters and signs as ASCII, traditional
    /// characters as simplified (one char for one char), pinyin glosses (`數(shù)`) dropped.
    pub norm: String,
    /// `map[i]` = byte offset in `orig` of the char starting at byte `i` of `norm`
    /// (`map[norm.len()] = orig.len()`).
    map: Vec<usize>,
    /// Whether the line was written with traditional characters or pinyin glosses (names are
    /// then taken from the normalised copy).
    mirror: bool,
}

impl Line {
    pub(crate) fn new(number: usize, orig: &str) -> Self {
        let glosses = pinyin_glosses(orig);
        let mut norm = String::with_capacity(orig.len());
        let mut map = Vec::with_capacity(orig.len() + 1);
        let mut gloss = glosses.iter().peekable();
        let mut mirror = !glosses.is_empty();
        for (pos, c) in orig.char_indices() {
            while gloss.peek().is_some_and(|g| g.end <= pos) {
                gloss.next();
            }
            if gloss.peek().is_some_and(|g| g.start <= pos) {
                continue; // a pinyin gloss after a character: not read
            }
            if c == '\n' {
                continue; // a hard wrap inside a joined line: not read
            }
            if matches!(c, ' ' | '\u{3000}') && broken_decimal(&norm, &orig[pos + c.len_utf8()..]) {
                continue; // a blank a PDF put after a decimal point (`增长 0. 5%`): not read
            }
            if matches!(c, ' ' | '\u{a0}' | '\u{2009}' | '\u{202f}')
                && thousands_blank(&norm, &orig[pos + c.len_utf8()..])
            {
                continue; // a blank that groups thousands (`实现14 879.2亿元`): not read
            }
            let n = normalise_char(c);
            mirror |= n != c && !c.is_ascii() && u32::from(c) >= 0x3400;
            let start = norm.len();
            norm.push(n);
            map.resize(start, pos);
            map.push(pos);
        }
        map.resize(norm.len(), orig.len());
        map.push(orig.len());
        // A line ending in a lone ` |` (pages that close every line with a cell bar) is text,
        // or one cell of a flattened table, not a row of a pipe table.
        let t = norm.trim_end();
        if t.ends_with('|') && norm.matches('|').count() == 1 {
            norm.replace_range(t.len() - 1..t.len(), " ");
        }
        Self {
            number,
            orig: orig.to_owned(),
            norm,
            map,
            mirror,
        }
    }

    /// A name or unit for the normalised byte range `start..end`: the text as written, or the
    /// normalised copy for a line from a mirror site (traditional characters converted, pinyin
    /// glosses dropped), so that `數(shù)據(jù)中心` is named `数据中心`.
    pub(crate) fn name_span(&self, start: usize, end: usize) -> String {
        if self.mirror {
            self.norm[start..end].to_owned()
        } else {
            // A hard wrap inside a joined line is no part of a name.
            self.orig_span(start, end).replace('\n', "")
        }
    }

    /// The original text of the normalised byte range `start..end` (char boundaries of `norm`).
    pub(crate) fn orig_span(&self, start: usize, end: usize) -> &str {
        &self.orig[self.map[start]..self.map[end]]
    }

    /// Whether the line is blank.
    pub(crate) fn is_blank(&self) -> bool {
        self.norm.trim().is_empty()
    }
}

/// Whether a blank between `before` (the normalised line so far) and `after` (the text as
/// written after it) splits a decimal: `增长 0. 5%`, `完成一般公共预算收入 18. 08 亿元`, `增长6 . 5%`
/// — digits and a point before, a digit after, or digits before, a point and a digit after. Not
/// where the digits open the line (`1. 5G网络建设`: a list item's number).
fn broken_decimal(before: &str, after: &str) -> bool {
    let digit = |c: char| c.is_ascii_digit() || ('０'..='９').contains(&c);
    // (`經濟增長6 . 5%左右`: a blank before the point too)
    let (int, after) = match before.strip_suffix('.') {
        Some(int) => (int, after),
        None => match after
            .trim_start_matches([' ', '\u{3000}'])
            .strip_prefix(['.', '．'])
        {
            Some(rest) => (before, rest.trim_start_matches([' ', '\u{3000}'])),
            None => return false,
        },
    };
    let lead = int.trim_end_matches(|c: char| c.is_ascii_digit());
    lead.len() < int.len() && !lead.trim().is_empty() && after.chars().next().is_some_and(digit)
}

/// Whether a blank between `before` (the normalised line so far) and `after` (the text as
/// written after it) groups the thousands of one number, as official texts print them
/// (`地区生产总值(GDP)实现14 879.2亿元`, `第一产业增加值3 463亿元`): one to three digits before,
/// led by a word (not a blank, a digit or a point: `亿元 120 200` in a flattened table is two
/// cells), and exactly three digits after, followed by neither a digit nor a blank.
fn thousands_blank(before: &str, after: &str) -> bool {
    let int = before.trim_end_matches(|c: char| c.is_ascii_digit());
    let digits = before.len() - int.len();
    let lead_ok = int
        .chars()
        .next_back()
        .is_some_and(|c| !c.is_whitespace() && !matches!(c, '.' | ',' | '-' | '/' | ':' | '|'));
    if !(1..=3).contains(&digits) || !lead_ok {
        return false;
    }
    let mut rest = after.chars();
    let group = rest.by_ref().take(3).filter(char::is_ascii_digit).count() == 3;
    group
        && rest
            .next()
            .is_some_and(|c| !c.is_ascii_digit() && !c.is_whitespace() && c != '\u{a0}')
}

/// The normalised form of one char (always one char, so quotes map back exactly).
fn normalise_char(c: char) -> char {
    match c {
        '０'..='９' | 'Ａ'..='Ｚ' | 'ａ'..='ｚ' => {
            char::from_u32(c as u32 - 0xFEE0).unwrap_or(c)
        }
        '％' => '%',
        '．' => '.',
        '＋' => '+',
        '＜' => '<',
        '＞' => '>',
        '＝' => '=',
        '（' => '(',
        '）' => ')',
        '｜' | '│' | '┃' => '|',
        '：' | '﹕' | '︰' => ':',
        '／' => '/',
        '～' => '~',
        // (`比「十三五」末增加約1.6萬公里` on a mirror in Taiwan's usage: corner brackets quote as
        // `“…”` do)
        '「' | '『' => '“',
        '」' | '』' => '”',
        '\u{3000}' | '\u{a0}' | '\t' => ' ',
        _ if u32::from(c) >= 0x3400 => simplified(c),
        _ => c,
    }
}

/// The simplified form of one Chinese character (`character_converter`'s OpenCC-derived
/// table, character by character so that offsets map back); itself when it has none or the
/// table gives more than one character.
fn simplified(c: char) -> char {
    let mut buf = [0u8; 4];
    // `於` is also a simplified character (a surname), but in plans it is `于` (`不低於`).
    if c == '於' {
        return '于';
    }
    let one = c.encode_utf8(&mut buf);
    // A character that is also simplified (`覆`, `著`, `干`, `后`) stays: the table maps some
    // of them to another simplified character (`覆` → `复`) that the patterns do not read.
    if character_converter::is_simplified(one) {
        return c;
    }
    let s = character_converter::traditional_to_simplified(one);
    let mut chars = s.chars();
    match (chars.next(), chars.next()) {
        (Some(one), None) => one,
        _ => c,
    }
}

/// Byte ranges of pinyin glosses written after each character by some mirror sites
/// (`數(shù)據(jù)`): `(…)` of lowercase pinyin after a Chinese character, when the line has at
/// least two with tone marks or three in all (a lone `(m)` is not a gloss).
fn pinyin_glosses(orig: &str) -> Vec<std::ops::Range<usize>> {
    if !orig.contains(['(', '（']) {
        return Vec::new();
    }
    let re = regex!(r"\p{Han}([(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüêńňǹḿ]{1,7}[)）])");
    // (`工業(ye) 總產(chan) 值`: some pages put a space after each gloss; between two characters it
    // belongs to the gloss)
    let han = |c: char| ('\u{3400}'..='\u{9fff}').contains(&c);
    let found: Vec<std::ops::Range<usize>> = re
        .captures_iter(orig)
        .filter_map(|c| c.get(1).map(|m| m.range()))
        .map(|r| {
            let mut after = orig[r.end..].chars();
            if after.next() == Some(' ') && after.next().is_some_and(han) {
                r.start..r.end + 1
            } else {
                r
            }
        })
        .collect();
    let toned = found
        .iter()
        .filter(|&r| {
            orig[r.clone()]
                .chars()
                .any(|c| !c.is_ascii() && c.is_alphabetic() && !matches!(c, '（' | '）'))
        })
        .count();
    if toned >= 2 || found.len() >= 3 {
        found
    } else {
        Vec::new()
    }
}

/// Refuses inputs over [`MAX_INPUT_BYTES`].
pub(crate) fn check_size(len: usize, file: &Path) -> Result<()> {
    if len > MAX_INPUT_BYTES {
        return Err(Error::Format {
            file: file.to_owned(),
            location: "whole file".into(),
            message: format!(
                "{len} bytes; plan texts are read up to {} MB (split the file)",
                MAX_INPUT_BYTES >> 20
            ),
        });
    }
    Ok(())
}

/// Transcodes `bytes` from the named encoding (a WHATWG label: `gbk`, `gb18030`, `big5`, …)
/// to UTF-8. Bytes that are not valid in that encoding are a located error, never replaced.
pub(crate) fn transcode(bytes: &[u8], label: &str, file: &Path) -> Result<String> {
    let err = |location: String, message: String| Error::Format {
        file: file.to_owned(),
        location,
        message,
    };
    let enc = encoding_rs::Encoding::for_label(label.trim().as_bytes()).ok_or_else(|| {
        err(
            "encoding".into(),
            format!("unknown encoding `{label}` (try gb18030, gbk, big5, utf-8)"),
        )
    })?;
    let mut decoder = enc.new_decoder_without_bom_handling();
    let mut out = String::with_capacity(bytes.len() * 3 / 2 + 16);
    let (result, read) = decoder.decode_to_string_without_replacement(bytes, &mut out, true);
    match result {
        encoding_rs::DecoderResult::InputEmpty => Ok(out),
        encoding_rs::DecoderResult::Malformed(len, _) => {
            let at = read.saturating_sub(usize::from(len));
            let line = 1 + bytes[..at.min(bytes.len())]
                .iter()
                .filter(|&&b| b == b'\n')
                .count();
            Err(err(
                format!("line {line}, byte {at}"),
                format!("not valid {} (mixed encodings?)", enc.name()),
            ))
        }
        encoding_rs::DecoderResult::OutputFull => {
            Err(err("whole file".into(), "transcoding stopped early".into()))
        }
    }
}

/// Decodes the input: UTF-8 (a BOM is dropped); anything else is a located error.
pub(crate) fn decode<'a>(bytes: &'a [u8], file: &Path) -> Result<&'a str> {
    let err = |location: String, message: String| Error::Format {
        file: file.to_owned(),
        location,
        message,
    };
    check_size(bytes.len(), file)?;
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let text = std::str::from_utf8(bytes).map_err(|e| {
        let at = e.valid_up_to();
        let line = 1 + bytes[..at].iter().filter(|&&b| b == b'\n').count();
        err(
            format!("line {line}, byte {at}"),
            "not UTF-8 (a GBK/GB18030 or Big5 file? name its encoding: \
             `ExtractOptions::encoding(\"gb18030\")`, the example's `--encoding gb18030`)"
                .into(),
        )
    })?;
    if let Some((at, c)) = text
        .char_indices()
        .find(|&(_, c)| c.is_control() && !matches!(c, '\n' | '\r' | '\t' | '\u{c}'))
    {
        let line = 1 + text[..at].matches('\n').count();
        return Err(err(
            format!("line {line}, byte {at}"),
            format!(
                "control character U+{:04X}: a binary file, not a plan's text",
                c as u32
            ),
        ));
    }
    Ok(text)
}

/// Splits decoded text into lines; HTML (a `<table>`, `<html>` or `<!doctype` near the start)
/// is first turned into lines: block ends and `<tr>` end a line, `<td>`/`<th>` start a `|` cell.
pub(crate) fn lines(text: &str) -> Vec<Line> {
    let head: String = text.chars().take(4096).collect::<String>().to_lowercase();
    if head.contains("<html") || head.contains("<table") || head.contains("<!doctype") {
        return html_lines(text);
    }
    let raw: Vec<&str> = text
        .split('\n')
        .map(|l| l.strip_suffix('\r').unwrap_or(l))
        .collect();
    let Some(width) = hard_wrap_width(&raw) else {
        return raw
            .iter()
            .enumerate()
            .flat_map(|(i, l)| {
                summary_items(l)
                    .into_iter()
                    .map(move |p| Line::new(i + 1, p))
            })
            .collect();
    };
    // Text hard-wrapped at a fixed width (a PDF copied as text: `全年实现地区生\n产总值…`):
    // a full line that ends in the middle of a sentence goes on on the next line, so the two
    // are read as one. The line break stays in the text as written, for exact quotes.
    let mut out = Vec::new();
    let mut i = 0;
    while i < raw.len() {
        let start = i;
        while i + 1 < raw.len()
            && runs_on(raw[i], width)
            && !raw[i + 1].trim().is_empty()
            && !spaced_cells(raw[i + 1])
        {
            i += 1;
        }
        out.push(Line::new(start + 1, &raw[start..=i].join("\n")));
        i += 1;
    }
    out
}

/// The items of a line that lists a summary's points with their sources (`- 新引进产业项目285个,
/// 签约金额1977.95亿元 [6] - 玉产业规模于2024年突破500亿元 [7] 乡村振兴与农业发展 - …`, as pages
/// written from news by a summariser are): at least three reference marks (`[6]`) make the
/// line a list, and it is cut after each mark and after each ` - ` that opens a point. Each
/// item is read as a line of its own (a year stated in one point is not another's), under the
/// line's number; any other line is one item.
fn summary_items(line: &str) -> Vec<&str> {
    let mark = regex!(r"\[\d{1,3}\]");
    if mark.find_iter(line).count() < 3 {
        return vec![line];
    }
    let cut = regex!(r"\[\d{1,3}\]|(?:^|\s)-\s");
    let mut out = Vec::new();
    let mut start = 0;
    for m in cut.find_iter(line) {
        if m.end() > start && !line[start..m.end()].trim().is_empty() {
            out.push(&line[start..m.end()]);
            start = m.end();
        }
    }
    if start < line.len() {
        out.push(&line[start..]);
    }
    out
}

/// The display width of a line (a CJK character takes two columns), trailing blanks left out.
fn display_width(line: &str) -> usize {
    unicode_width::UnicodeWidthStr::width(line.trim_end())
}

/// Whether a line ends a sentence or a cell (`。`, `；`, `：`, `!`, `?`, a closing quote after
/// one of those, or `|`).
fn ends_sentence(line: &str) -> bool {
    let t = line.trim_end().trim_end_matches(['”', '"', '’', '）', ')']);
    t.ends_with(['。', '！', '？', '；', '：', '!', '?', ';', ':', '|', '…'])
}

/// Whether a hard-wrapped line goes on on the next one: it is full (at least 85 % of the
/// wrap width) and does not end a sentence — nor is it a table's row, whose cells stand apart
/// (`1.残疾人家庭人均收入年均增长(%)      >7.5      预期性`).
fn runs_on(line: &str, width: usize) -> bool {
    display_width(line) * 100 >= width * 85 && !ends_sentence(line) && !spaced_cells(line)
}

/// Whether a line sets text apart in columns: a gap of four blanks or more between two
/// stretches of text.
fn spaced_cells(line: &str) -> bool {
    regex!(r"\S {4,}\S").is_match(line)
}

/// The width the text is hard-wrapped at, if it is: of at least 8 lines with text, at least
/// 60 % are full (within 85 % of the 90th-percentile width, at most 120 columns) and at least
/// 70 % of those end in the middle of a sentence. Text written a paragraph a line has lines of
/// every width that end on `。`; a table's rows end on `|`.
fn hard_wrap_width(raw: &[&str]) -> Option<usize> {
    let mut widths: Vec<usize> = raw
        .iter()
        .filter(|l| !l.trim().is_empty())
        .map(|l| display_width(l))
        .collect();
    if widths.len() < 8 {
        return None;
    }
    widths.sort_unstable();
    let width = widths[(widths.len() * 9).div_ceil(10) - 1];
    if !(20..=120).contains(&width) {
        return None;
    }
    let full: Vec<&&str> = raw
        .iter()
        .filter(|l| !l.trim().is_empty() && display_width(l) * 100 >= width * 85)
        .collect();
    let open = full.iter().filter(|l| !ends_sentence(l)).count();
    (full.len() * 10 >= widths.len() * 6 && open * 10 >= full.len() * 7).then_some(width)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// 748 镇平 (a summariser's page of a county's five-year results): the points between
    /// reference marks are items of their own, each quoted exactly; a line with fewer marks
    /// is one line.
    #[test]
    fn a_summary_with_reference_marks_is_read_point_by_point() {
        let text = "经济攻坚与产业发展 - 新引进产业项目285个,签约金额1977.95亿元 [6] - 玉产业规模于2024年突破500亿元 [7] - 2024年全县电商交易额突破380亿元 [8] 乡村振兴与农业发展 - 累计建成高标准农田58.4万亩 [9]\n";
        let got: Vec<(usize, String)> = lines(text)
            .iter()
            .filter(|l| !l.is_blank())
            .map(|l| (l.number, l.orig.trim().to_owned()))
            .collect();
        let want = [
            "经济攻坚与产业发展 -",
            "新引进产业项目285个,签约金额1977.95亿元 [6]",
            "-",
            "玉产业规模于2024年突破500亿元 [7]",
            "-",
            "2024年全县电商交易额突破380亿元 [8]",
            "乡村振兴与农业发展 -",
            "累计建成高标准农田58.4万亩 [9]",
        ];
        assert_eq!(got.iter().map(|g| g.1.as_str()).collect::<Vec<_>>(), want);
        assert!(got.iter().all(|g| g.0 == 1));
        let cited = "据报道[1],全县电商交易额突破380亿元 - 同比增长12% [2]\n";
        assert_eq!(lines(cited).len(), 2, "one line and the empty one after it");
    }

    #[test]
    fn a_blank_after_a_decimal_point_is_not_read() {
        // 1441 上城区 (a plan execution report from a PDF): `增长 0. 5%`, `18. 08 亿元`.
        let l = Line::new(
            1,
            "固定资产投资增长 0. 5%,完成一般公共预算收入 18. 08 亿元。",
        );
        assert_eq!(
            l.norm,
            "固定资产投资增长 0.5%,完成一般公共预算收入 18.08 亿元。"
        );
        assert_eq!(l.orig_span(0, l.norm.len()), l.orig);
        // A list item's number opening the line is no decimal.
        let item = Line::new(1, "1. 5G网络建设");
        assert_eq!(item.norm, "1. 5G网络建设");
        // 618 平顶山: blanks on both sides of the point.
        let both = Line::new(1, "主要预期目标是:经济增长6 . 5%左右");
        assert_eq!(both.norm, "主要预期目标是:经济增长6.5%左右");
        assert_eq!(both.orig_span(0, both.norm.len()), both.orig);
    }

    #[test]
    fn normalised_copy_maps_back_to_the_text_as_written() {
        let l = Line::new(3, "到２０２５年，寬帶達到１００Ｍｂｐｓ");
        assert_eq!(l.norm, "到2025年，宽带达到100Mbps");
        let s = l.norm.find("100").unwrap();
        assert_eq!(l.orig_span(s, l.norm.len()), "１００Ｍｂｐｓ"); // 722 庆元: a small full-width colon in a ratio.
        let l = Line::new(1, "三次产业结构从13.6 ﹕ 42.1 ﹕ 44.3");
        assert_eq!(l.norm, "三次产业结构从13.6 : 42.1 : 44.3");
    }

    /// 2076 全国 (a mirror in Taiwan's usage): corner brackets quote as `“…”` do, so
    /// `比「十三五」末增加約1.6萬公里` reads a comparison with the period's end; the quote keeps them.
    #[test]
    fn corner_brackets_quote_as_quotation_marks() {
        let l = Line::new(3, "鐵路營業里程比「十三五」末增加約1.6萬公里");
        assert_eq!(l.norm, "铁路营业里程比“十三五”末增加约1.6万公里");
        let s = l.norm.find('“').unwrap();
        assert_eq!(l.orig_span(s, s + '“'.len_utf8()), "「");
    }

    /// 2268 黑龙江 (a journal article on the province's economy in 2021): thousands grouped by a
    /// blank are one number; the quote keeps the blank. A flattened table's cells (`亿元 120 200`),
    /// a year (`2025 年`) and a list's numbers stay apart.
    #[test]
    fn a_blank_that_groups_thousands_is_not_read() {
        let l = Line::new(
            4,
            "全省地区生产总值(GDP)实现14 879.2亿元,第一产业增加值3\u{a0}463亿元",
        );
        assert_eq!(
            l.norm,
            "全省地区生产总值(GDP)实现14879.2亿元,第一产业增加值3463亿元"
        );
        let s = l.norm.find("14879").unwrap();
        assert_eq!(l.orig_span(s, s + "14879.2".len()), "14 879.2");
        for kept in [
            "数字经济核心产业增加值 亿元 120 200",
            "到 2025 年,新建5G基站 3 000个",
            "5G基站1 2000个",
            "排名分别为1 234 5",
            "增长12.5 100家",
        ] {
            assert_eq!(Line::new(1, kept).norm, kept);
        }
    }

    /// Dev 285 (a PDF page copied as text, wrapped at about 32 characters), its first eight lines.
    const TAIZHOU: &str = "2023全国两会泰州外宣汇编\n\
        近期,泰州发布消息,从2020年到2022年,泰州市经济总量顺利迈上\n\
        了6000亿元新台阶,比疫情前的2019年增加了近1300亿元,GDP年平\n\
        均增长6.0%,在江苏全省高居榜首,高于全省1个百分点。\n\
        2020年,泰州经济运行呈现低开高走、积极向好态势,全年实现地区生\n\
        产总值5297.77亿元,增长3.6%,增速居全省第六位,高质量发展综合考\n\
        核荣获全省唯一的“争先进位奖”。2021年,全市地区生产总值迈上6000\n\
        亿元新台阶,增长10.1%,增速居全省首位,主要经济指标增速跻身全省第\n";

    #[test]
    fn hard_wrapped_text_is_joined_and_quotes_keep_the_break() {
        // Dev 285 (a PDF page copied as text, wrapped at about 32 characters): the sentence
        // that dates 5297.77亿元 in 2020 runs over two lines, cutting 地区生产总值 in two.
        let text = format!(
            "{TAIZHOU}一方阵,首次进入全省高质量发展综合考核“第一等次”。2022年,泰州市\n\
            实现地区生产总值6401.77亿元,增长4.4%,增速高于全国、全省,居江苏\n\
            省第2位,主要经济指标增速站稳全省第一方阵。"
        );
        let text = text.as_str();
        let ls = lines(text);
        let numbers: Vec<usize> = ls.iter().map(|l| l.number).collect();
        assert_eq!(numbers, [1, 2, 5]);
        assert!(ls[2].norm.contains("全年实现地区生产总值5297.77亿元"));
        assert!(!ls[2].norm.contains('\n'));
        let s = ls[2].norm.find("地区生产总值").unwrap();
        let e = ls[2].norm.find("5297.77").unwrap();
        assert_eq!(ls[2].orig_span(s, e), "地区生\n产总值");
        assert!(text.contains(ls[2].orig.as_str()));
        // A text written a paragraph a line is left as it is, however long its lines.
        let paragraphs = "到2025年,全市5G基站达到1万个。\n全市数据中心机架达到5000个。\n\
            千兆光网覆盖全部城区,行政村通5G比例达到80%以上。\n数字经济核心产业增加值占GDP比重达到10%。\n\
            培育数字化转型示范企业50家。\n建成工业互联网平台10个。\n\
            电子商务交易额突破1000亿元。\n网络零售额达到300亿元。\n";
        assert_eq!(lines(paragraphs).len(), 9);
    }

    /// 2058 内蒙古 (a plan's PDF copied as text, wrapped): the rows of its table of indicators
    /// set their cells apart by runs of blanks; each row stays a line of its own, not joined to
    /// the next as a wrapped sentence would be.
    #[test]
    fn a_tables_spaced_rows_are_not_joined_as_wrapped_text() {
        let text = format!(
            "{TAIZHOU}\
            1.残疾人家庭人均收入年均增长(%)          >7.5          预期性\n\
            2.城乡残疾人职业技能培训人数(万人)        >4            预期性\n\
            3.困难残疾人生活补贴覆盖率(%)             100           约束性\n"
        );
        let ls = lines(&text);
        let rows: Vec<&str> = ls
            .iter()
            .filter(|l| l.norm.contains("残疾人"))
            .map(|l| l.norm.as_str())
            .collect();
        assert_eq!(rows.len(), 3, "{rows:?}");
        assert!(rows.iter().all(|r| !r.contains('\n')), "{rows:?}");
    }

    #[test]
    fn traditional_and_pinyin_glossed_text_is_read_as_simplified() {
        // Mirror-site texts (issue 32): traditional characters, and a gloss after each one.
        let l = Line::new(1, "到2025年，數據中心機架達到5萬個");
        assert_eq!(l.norm, "到2025年，数据中心机架达到5万个");
        let kept = "实现全域无人机视频监管全覆盖，显著提升，干部，以后，里面，只有，体系，台";
        assert_eq!(Line::new(1, kept).norm, kept);
        let l = Line::new(1, "數(shù)據(jù)經(jīng)濟(jì)核心產(chǎn)業(yè)增加值");
        assert_eq!(l.norm, "数据经济核心产业增加值");
        let s = l.norm.find("核心").unwrap();
        assert_eq!(l.orig_span(0, s), "數(shù)據(jù)經(jīng)濟(jì)");
        assert_eq!(l.name_span(0, s), "数据经济");
        // 826 房山: a space some pages put after each gloss goes with it between two characters.
        let l = Line::new(
            1,
            "全區共接待遊客80.7萬(wan) 人,實現綜合收入1.3億(yi) 元,工業(ye) 總產(chan) 值",
        );
        assert_eq!(
            l.norm,
            "全区共接待游客80.7万人,实现综合收入1.3亿元,工业总产值"
        );
        // A unit in brackets is not a gloss.
        let l = Line::new(1, "机架(m)");
        assert_eq!(l.norm, "机架(m)");
        // A line closed by a lone cell bar is text.
        let l = Line::new(1, "年内新增5G基站1650座 |");
        assert!(!l.norm.contains('|'));
    }

    #[test]
    fn binary_and_foreign_encodings_are_located_errors() {
        let p = Path::new("plan.txt");
        let e = decode(b"abc\n\xd5\xe2\xca\xc7", p).unwrap_err().to_string();
        assert!(e.contains("line 2") && e.contains("not UTF-8"), "{e}");
        let e = decode(b"ok\n\x00\x01", p).unwrap_err().to_string();
        assert!(e.contains("U+0000") && e.contains("binary"), "{e}");
        assert_eq!(decode("\u{feff}文本".as_bytes(), p).unwrap(), "文本");
    }
}
